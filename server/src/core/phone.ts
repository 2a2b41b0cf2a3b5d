import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { compileCallingCode, resolveInternational, type LibphonenumberType } from './phone-plan';
import type { PhoneType } from './types';

export type PhoneReason =
  | 'empty'
  | 'invalid-characters'
  | 'too-short'
  | 'too-long'
  | 'invalid-length'
  | 'invalid-country-code'
  | 'invalid-number'
  | 'not-allowed-country';

export interface NormalizePhoneOptions {
  /** Country of numbers written in national form. Default 'FR'. */
  defaultCountry?: string;
  /** ISO codes a campaign may send to; overseas regions (RE, GP…) are countries of their own. */
  allowedCountries?: readonly string[];
}

export interface PhoneNumberResult {
  /** A number that exists in its country's numbering plan. */
  valid: boolean;
  e164: string | null;
  /** ISO 3166 code (overseas departments have their own: GP, RE, YT, GF, MQ…). */
  country: string | null;
  /** 'mobile' includes numbering plans that cannot tell fixed from mobile (US, CA…). */
  type: PhoneType;
  /** Why the number cannot be used; also set on a valid number outside `allowedCountries`. */
  reason?: PhoneReason;
  /** valid, and in `allowedCountries` when given (the seeds' MF_ALLOW). */
  allowed: boolean;
}

/**
 * Countries that share the French national dialling plan (trunk prefix 0, 9-digit numbers): a
 * national number that is invalid in the default country is tried in the others, so that
 * 0692 12 34 56 in a French list is the Réunion mobile +262 692 12 34 56, and 06 12 34 56 78 in a
 * Réunion list the metropolitan +33 6 12 34 56 78.
 */
export const FRENCH_DIALLING_PLAN: readonly string[] = ['FR', 'GP', 'BL', 'MF', 'RE', 'YT', 'GF', 'MQ'];
const FRENCH_CALLING_CODES = ['33', '590', '262', '594', '596'];

const TYPES: Readonly<Record<LibphonenumberType, PhoneType>> = {
  MOBILE: 'mobile',
  FIXED_LINE_OR_MOBILE: 'mobile',
  FIXED_LINE: 'fixed',
  PREMIUM_RATE: 'other',
  TOLL_FREE: 'other',
  SHARED_COST: 'other',
  VOIP: 'other',
  PERSONAL_NUMBER: 'other',
  PAGER: 'other',
  UAN: 'other',
  VOICEMAIL: 'other',
};

const LENGTH_REASONS: Readonly<Record<string, PhoneReason>> = {
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
  INVALID_LENGTH: 'invalid-length',
  INVALID_COUNTRY: 'invalid-country-code',
  NOT_A_NUMBER: 'invalid-number',
};

/** E.164 allows 15 digits; with a 00 prefix and a stray trunk 0 nothing longer can be a number. */
const MAX_DIGITS = 18;

// Separators people and spreadsheets put in numbers; a leading apostrophe is Excel's "text" mark.
const SEPARATOR = new Uint8Array(0x3000);
for (const c of ' \t.-/()\u00A0\u2010\u2011\u2012\u2013\u2014\u2212\u202F') SEPARATOR[c.charCodeAt(0)] = 1;

interface Cleaned {
  plus: boolean;
  digits: string;
}

/** Separators removed, characters checked; shared by both paths so they see the same input. */
function clean(input: unknown): Cleaned | PhoneReason {
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input : '';
  let digits = '';
  let plus = false;
  let start = 0;
  while (start < text.length && SEPARATOR[text.charCodeAt(start)] === 1) start++;
  if (text.charCodeAt(start) === 0x27 /* ' */) start++;
  // Runs of digits are sliced, not appended one by one: most inputs are one to five runs.
  let run = -1;
  for (let i = start; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 0x30 && c <= 0x39) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      digits += text.slice(run, i);
      run = -1;
    }
    if (c === -1) break;
    if (c === 0x2b /* + */ && digits.length === 0 && !plus) plus = true;
    else if (c >= 0x3000 || SEPARATOR[c] !== 1) return 'invalid-characters';
  }
  if (digits.length === 0) return plus ? 'too-short' : 'empty';
  if (digits.length > MAX_DIGITS) return 'too-long';
  return { plus, digits };
}

function invalid(reason: PhoneReason): PhoneNumberResult {
  return { valid: false, e164: null, country: null, type: 'unknown', reason, allowed: false };
}

function valid(
  e164: string,
  country: string,
  type: PhoneType,
  allowedCountries: readonly string[] | undefined
): PhoneNumberResult {
  if (allowedCountries !== undefined && !allowedCountries.includes(country)) {
    return { valid: true, e164, country, type, reason: 'not-allowed-country', allowed: false };
  }
  return { valid: true, e164, country, type, allowed: true };
}

// Compiled once at load: +33 then the overseas codes, the order the slow path tries them in.
const FRENCH_PLANS = FRENCH_CALLING_CODES.map(compileCallingCode);
const FR_ONLY = [FRENCH_PLANS[0]!];

interface FrenchForm {
  nsn: string;
  /** Written nationally (06…, 612…): may be an overseas number in the shared dialling plan. */
  national: boolean;
  /** No other reading of the digits exists: if no plan accepts them, libphonenumber says invalid. */
  definite: boolean;
}

/**
 * Recognises the common French forms: 06 12 34 56 78, 612345678 (leading 0 lost in a
 * spreadsheet), +33 6…, +33 (0)6…, 0033 6…, 33612345678 (+ lost). Anything else → undefined.
 */
function frenchForm(c: Cleaned, defaultCountry: string): FrenchForm | undefined {
  const d = c.digits;
  const n = d.length;
  let nsn: string | undefined;
  let national = false;
  if (c.plus) {
    if (n === 11 && d.startsWith('33')) nsn = d.slice(2);
    else if (n === 12 && d.startsWith('330')) nsn = d.slice(3);
  } else if (defaultCountry === 'FR') {
    national = n === 9 || (n === 10 && d.charCodeAt(0) === 0x30);
    if (national) nsn = n === 9 ? d : d.slice(1);
    else if (n === 11 && d.startsWith('33')) nsn = d.slice(2);
    else if (n === 13 && d.startsWith('0033')) nsn = d.slice(4);
    else if (n === 14 && d.startsWith('00330')) nsn = d.slice(5);
  }
  if (nsn === undefined || nsn.charCodeAt(0) === 0x30) return undefined;
  // "33…" without "+" may also be a national number of 11 digits: only libphonenumber can say.
  return { nsn, national, definite: c.plus || n !== 11 };
}

/**
 * Normalises a phone number to E.164 with its country and line type. A fast path handles the
 * French forms that make up most lists; everything else goes through libphonenumber
 * (`normalizePhoneSlow`). The two agree on every input: tests and the bench check it.
 */
export function normalizePhone(input: unknown, options?: NormalizePhoneOptions): PhoneNumberResult {
  const defaultCountry = options?.defaultCountry ?? 'FR';
  const cleaned = clean(input);
  if (typeof cleaned === 'string') return invalid(cleaned);
  const form = frenchForm(cleaned, defaultCountry);
  if (form !== undefined) {
    for (const plan of form.national ? FRENCH_PLANS : FR_ONLY) {
      const found = plan.resolve(form.nsn);
      if (found !== undefined) {
        return valid(`+${plan.callingCode}${form.nsn}`, found.country, TYPES[found.type], options?.allowedCountries);
      }
    }
    // Nine digits of the right length that no plan of the French dialling plan accepts: what
    // libphonenumber calls a valid length but an invalid number (the tests hold it to that).
    if (form.definite) return invalid('invalid-number');
  } else if (cleaned.plus) {
    const found = resolveInternational(cleaned.digits);
    if (found !== undefined) {
      return valid(`+${cleaned.digits}`, found.country, TYPES[found.type], options?.allowedCountries);
    }
  }
  return slow(cleaned, defaultCountry, options?.allowedCountries);
}

/** The reference path: libphonenumber only. Exported so that tests and the bench can compare. */
export function normalizePhoneSlow(input: unknown, options?: NormalizePhoneOptions): PhoneNumberResult {
  const cleaned = clean(input);
  if (typeof cleaned === 'string') return invalid(cleaned);
  return slow(cleaned, options?.defaultCountry ?? 'FR', options?.allowedCountries);
}

function slow(c: Cleaned, defaultCountry: string, allowedCountries: readonly string[] | undefined): PhoneNumberResult {
  const text = c.plus ? `+${c.digits}` : c.digits;
  const country = defaultCountry as CountryCode;
  const parsed = parsePhoneNumberFromString(text, country);
  if (parsed?.isValid()) return fromParsed(parsed, allowedCountries);
  if (parsed && isWrittenNationally(c) && FRENCH_DIALLING_PLAN.includes(defaultCountry)) {
    const nsn = parsed.nationalNumber;
    for (const code of FRENCH_CALLING_CODES) {
      if (code === parsed.countryCallingCode) continue;
      const candidate = parsePhoneNumberFromString(`+${code}${nsn}`);
      if (candidate?.isValid()) return fromParsed(candidate, allowedCountries);
    }
  }
  const length = validatePhoneNumberLength(text, country);
  return invalid((length && LENGTH_REASONS[length]) || 'invalid-number');
}

/** 0 + 9 digits, or the 9 digits alone (leading 0 lost): the only national form of the plan. */
function isWrittenNationally(c: Cleaned): boolean {
  const n = c.digits.length;
  return !c.plus && (n === 9 || (n === 10 && c.digits.charCodeAt(0) === 0x30 && c.digits.charCodeAt(1) !== 0x30));
}

function fromParsed(parsed: PhoneNumber, allowedCountries: readonly string[] | undefined): PhoneNumberResult {
  const type = parsed.getType();
  const country = parsed.country ?? null;
  if (country === null) {
    // Non-geographic numbers (+800, +882…) are valid but belong to no country.
    const result = valid(parsed.number, '', type ? TYPES[type] : 'unknown', allowedCountries);
    return { ...result, country: null };
  }
  return valid(parsed.number, country, type ? TYPES[type] : 'unknown', allowedCountries);
}

/** Only mobiles receive SMS (fixed-line SMS services exist but are not a campaign target). */
export function canReceiveSms(result: PhoneNumberResult): boolean {
  return result.valid && result.type === 'mobile';
}
