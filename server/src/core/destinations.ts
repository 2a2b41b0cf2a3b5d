/**
 * Whether a stored number may be sent to, judged against the account's destinations of today
 * rather than a flag frozen when the row was written: allowing Belgium in the settings makes the
 * Belgian numbers of every list valid at once, and withdrawing it flags them again.
 */
export interface StoredNumber {
  /** E.164, or null when the number as written is not a phone number. */
  phone: string | null;
  country: string | null;
  valid: boolean;
  reason: string | null;
}

export interface NumberStatus {
  valid: boolean;
  reason: string | null;
}

export const NOT_ALLOWED_COUNTRY = 'not-allowed-country';

export function destinationStatus(row: StoredNumber, allowedCountries: readonly string[]): NumberStatus {
  // A number refused for another reason (malformed, a fixed line, a duplicate) keeps that reason.
  const judged = row.valid || row.reason === NOT_ALLOWED_COUNTRY;
  if (!row.phone || !judged) return { valid: Boolean(row.valid), reason: row.reason ?? null };
  return row.country !== null && allowedCountries.includes(row.country)
    ? { valid: true, reason: null }
    : { valid: false, reason: NOT_ALLOWED_COUNTRY };
}
