/**
 * Typed directory attributes (seed 003: "texte, nombre entier, date, booléen"): how a cell of an
 * imported file becomes a value of the attribute's type. French files write dates day first and
 * booleans as oui / non; a value that fits no reading is refused rather than guessed.
 */
export type AttributeType = 'text' | 'integer' | 'date' | 'boolean';
export type AttributeValue = string | number | boolean | null;

export type CoercedValue = { ok: true; value: AttributeValue } | { ok: false };

const TRUE_WORDS = new Set(['1', 'true', 'vrai', 'oui', 'yes', 'y', 'o', 'x']);
const FALSE_WORDS = new Set(['0', 'false', 'faux', 'non', 'no', 'n']);

/** Whole numbers JavaScript holds exactly, with the thousands spaces spreadsheets write. */
const INTEGER = /^[+-]?\d{1,15}$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const DAY_FIRST_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` when the day exists in that month and year, else null. */
const isoDay = (year: number, month: number, day: number): string | null => {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
};

/** Two-digit years: 00–29 are this century, 30–99 the last (birth dates mostly). */
const fullYear = (digits: string): number => {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
};

/**
 * The value of `text` for an attribute of `type`: an empty cell is null; text is kept trimmed;
 * integers accept spaces and NBSP between digit groups; dates are ISO (`2026-03-31`) or day first
 * (`31/03/2026`, `31.03.26`, `31-03-2026`), returned as `YYYY-MM-DD`; booleans are 1/0,
 * true/false, vrai/faux, oui/non, yes/no (any case).
 */
export function coerceAttributeValue(type: AttributeType, text: string): CoercedValue {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  switch (type) {
    case 'text':
      return { ok: true, value: trimmed };
    case 'integer': {
      const compact = trimmed.replace(/[\s\u00a0\u202f]/g, '');
      return INTEGER.test(compact) ? { ok: true, value: Number(compact) } : { ok: false };
    }
    case 'boolean': {
      const word = trimmed.toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false };
    }
    case 'date': {
      const iso = ISO_DATE.exec(trimmed);
      const dayFirst = iso ? null : DAY_FIRST_DATE.exec(trimmed);
      const value = iso
        ? isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
        : dayFirst
          ? isoDay(fullYear(dayFirst[3] ?? ''), Number(dayFirst[2]), Number(dayFirst[1]))
          : null;
      return value === null ? { ok: false } : { ok: true, value };
    }
  }
}
