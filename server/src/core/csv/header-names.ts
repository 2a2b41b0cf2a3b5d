/**
 * Column names: how a header cell is compared (any case, accents, spacing), which names mean
 * "phone" (mobile-ish names first), and the unique names rows are keyed by.
 */
import { CSV_MAX_FIELD_NAME } from './types';

/** `N° Téléphone_portable ` → `N TELEPHONE PORTABLE`. */
export function normalizeHeaderName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

const NUMBER_WORDS = 'NUM|NUMERO|NUMBER|NO|NR|N';
const MOBILE_WORDS = 'PORTABLE|MOBILE|MOBIL|GSM|SMS|CELL|CELLULAR|CELLULAIRE|CELLPHONE|MSISDN|HANDY|MOVIL|CELULAR';
const PHONE_WORDS = 'TEL|TELE|TELEPHONE|PHONE|TELEFON|TELEFONE|TELEFONO|TELEPHON';
// One word may glue several together: TELPORTABLE, NUMMOBILE, MOBILEPHONE, PHONENUMBER.
const MOBILE_TOKEN = new RegExp(`^(?:${NUMBER_WORDS}|${PHONE_WORDS})?(?:${MOBILE_WORDS})(?:PHONE|${NUMBER_WORDS})?$`);
const PHONE_TOKEN = new RegExp(`^(?:${NUMBER_WORDS})?(?:${PHONE_WORDS})(?:${NUMBER_WORDS})?$`);
const NUMBER_TOKEN = new RegExp(`^(?:${NUMBER_WORDS})$`);
/** Words that make a "phone" column a poor target for SMS, or not a phone at all. */
const NOT_MOBILE = new Set(['FIXE', 'FIX', 'DOMICILE', 'HOME', 'BUREAU', 'OFFICE', 'WORK', 'LANDLINE', 'STANDARD']);
const NOT_PHONE = new Set(['FAX', 'TELECOPIE', 'TELEFAX', 'INDICATIF', 'PREFIX', 'PREFIXE', 'CODE']);

/**
 * How much a column name says "the recipients' mobile numbers": 3 mobile names (PORTABLE, MOBILE,
 * SMS, GSM, CELL, TEL PORTABLE…), 2 phone names (TEL, TÉLÉPHONE, PHONE…), 1 a fixed-line phone or
 * a bare NUMÉRO, 0 anything else (FAX, Numéro client…).
 */
export function phoneHeaderScore(name: string): number {
  const tokens = normalizeHeaderName(name).split(' ');
  if (tokens.some((t) => NOT_PHONE.has(t))) return 0;
  if (tokens.some((t) => MOBILE_TOKEN.test(t))) return 3;
  if (tokens.some((t) => PHONE_TOKEN.test(t))) return tokens.some((t) => NOT_MOBILE.has(t)) ? 1 : 2;
  if (tokens.length > 0 && tokens.every((t) => NUMBER_TOKEN.test(t))) return 1;
  return 0;
}

/** Names contacts files commonly have besides the phone: their presence marks a header row. */
const COMMON_NAMES = new Set(
  [
    'NOM',
    'PRENOM',
    'NAME',
    'FIRSTNAME',
    'FIRST NAME',
    'LASTNAME',
    'LAST NAME',
    'FULL NAME',
    'EMAIL',
    'E MAIL',
    'MAIL',
    'CIVILITE',
    'TITRE',
    'TITLE',
    'GENRE',
    'SEXE',
    'VILLE',
    'CITY',
    'CP',
    'CODE POSTAL',
    'ZIP',
    'ZIPCODE',
    'ADRESSE',
    'ADDRESS',
    'SOCIETE',
    'COMPANY',
    'ENTREPRISE',
    'PAYS',
    'COUNTRY',
    'DATE',
    'DATE DE NAISSANCE',
    'BIRTHDATE',
    'ID',
    'REF',
    'REFERENCE',
    'CODE',
    'AGENCE',
    'MAGASIN',
    'STORE',
  ].map(normalizeHeaderName)
);

export function isCommonFieldName(name: string): boolean {
  return COMMON_NAMES.has(normalizeHeaderName(name));
}

/** `Column 1`, `Column 2`…: the names of a file without a header row (stable, not translated). */
export function generatedHeaders(count: number, from = 0): string[] {
  const names: string[] = [];
  for (let i = from; i < count; i++) names.push(`Column ${i + 1}`);
  return names;
}

/** The first `max` UTF-16 units of a name at most, never half a surrogate pair, trimmed. */
function cut(name: string, max: number): string {
  if (name.length <= max) return name;
  const end = /[\uD800-\uDBFF]/.test(name.charAt(max - 1)) ? max - 1 : max;
  return name.slice(0, end).trimEnd();
}

/**
 * Unique, trimmed names for a header row, at most `CSV_MAX_FIELD_NAME` characters (every stored
 * row repeats them): an empty cell becomes `Column N` (its position), a repeated name gets its
 * rank, `Nom`, `Nom (2)`, so that every cell has its own key.
 */
export function uniqueHeaders(cells: readonly string[]): string[] {
  // `__proto__` would not become an own key of the rows' `fields` objects.
  const seen = new Set<string>(['__proto__']);
  return cells.map((cell, i) => {
    const base = cut(cell.trim(), CSV_MAX_FIELD_NAME) || `Column ${i + 1}`;
    let name = base;
    for (let rank = 2; seen.has(name); rank++) {
      const suffix = ` (${rank})`;
      name = cut(base, CSV_MAX_FIELD_NAME - suffix.length) + suffix;
    }
    seen.add(name);
    return name;
  });
}
