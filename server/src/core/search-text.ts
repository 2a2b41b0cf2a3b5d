import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { FRENCH_DIALLING_PLAN } from './phone';

/**
 * Search and sort keys of the contact screens, computed when a row is written and stored in a
 * column of its own, so that every database searches them with a plain `LIKE` (SQLite, PostgreSQL
 * and MariaDB alike) and sorts them byte-wise the French way: `dupre` finds Dupré, Bénard comes
 * before Bouchard.
 */

/** Letters that decomposition does not split into a base letter and a mark. */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', þ: 'th' };

/**
 * Lower case, no accents, ligatures spelt out, and any run of other characters (spaces, hyphens,
 * apostrophes, dots, `@`) as one space: "Jean-François  DUPRÉ" → "jean francois dupre".
 */
export function normalizeSearchText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøđłþ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The search key of a set of values (a contact's names, email and attributes, a list row's fields):
 * each normalised, in order then in reverse order, so that "Jean-François Dupré" and
 * "Dupré Jean-François" both find the person.
 */
export function searchTextOf(values: readonly (string | number | boolean | null | undefined)[]): string {
  const words = values
    .map((value) => (value === null || value === undefined ? '' : normalizeSearchText(String(value))))
    .filter((word) => word !== '');
  if (words.length === 0) return '';
  return words.length === 1 ? words[0]! : `${words.join(' ')} | ${[...words].reverse().join(' ')}`;
}

/**
 * The sort key of a person: last name, then first name, normalised (French order ignores accents
 * and case); null when the contact has no name, so that nameless ones can go last.
 */
export function sortNameOf(lastName: string | null | undefined, firstName: string | null | undefined): string | null {
  const key = [normalizeSearchText(lastName), normalizeSearchText(firstName)].filter(Boolean).join(' ');
  return key === '' ? null : key.slice(0, 255);
}

export interface PhoneSearch {
  /** Digits the stored E.164 number contains somewhere (`12 34 56`). */
  contains: string | null;
  /** Starts of E.164 numbers a national or international prefix stands for (`06 12 34` → `+3361234`). */
  prefixes: string[];
}

const FRENCH_CODES = ['33', '262', '590', '594', '596'];

/**
 * What a search typed as a number matches among stored E.164 numbers: `06 12 34` (national form,
 * trunk prefix 0) is the start of `+33 6 12 34…` (and of the overseas `+262 6…`… for a French
 * account), `0033 6 12` and `+33 6 12` starts too, and any 3 digits or more a part of a number.
 * Null when the search is not a number (it has letters, or fewer than 3 digits).
 */
export function phoneSearchOf(search: string, defaultCountry = 'FR'): PhoneSearch | null {
  const trimmed = search.trim();
  if (!/^[+\d][\d\s.()/-]*$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3) return null;
  const prefixes: string[] = [];
  if (trimmed.startsWith('+')) prefixes.push(`+${digits}`);
  else if (digits.startsWith('00')) prefixes.push(`+${digits.slice(2)}`);
  else if (digits.startsWith('0')) {
    const codes = FRENCH_DIALLING_PLAN.includes(defaultCountry) ? FRENCH_CODES : [callingCodeOf(defaultCountry)];
    for (const code of codes) if (code) prefixes.push(`+${code}${digits.slice(1)}`);
  }
  return { contains: digits, prefixes };
}

function callingCodeOf(country: string): string | null {
  try {
    return getCountryCallingCode(country as CountryCode);
  } catch {
    return null;
  }
}

/**
 * An E.164 number as a person reads it, `+33 6 12 34 56 78`: the form exports write, which a
 * spreadsheet keeps as text (never `3,36E+10`). Anything that does not parse is returned as it is.
 */
export function formatPhoneInternational(phone: string | null | undefined): string {
  if (!phone) return '';
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
}
