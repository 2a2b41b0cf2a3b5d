/**
 * Gateways spell one message id in several ways: padded with zeros, upper-case hex, with a
 * trailing NUL, or hex in `submit_sm_resp` and decimal in the receipt (or the reverse).
 * Submit ids are stored normalised; a receipt names its id normalised plus its other readings.
 */

/** Trimmed, NULs removed, lower-case, leading zeros removed ("0" stays "0"). */
export function normalizeMessageId(id: string): string {
  const cleaned = id.split('\u0000').join('').trim().toLowerCase();
  const stripped = cleaned.replace(/^0+/, '');
  return stripped === '' && cleaned !== '' ? '0' : stripped;
}

const DECIMAL = /^[0-9]+$/;
const HEX = /^[0-9a-f]+$/;
/** Longer ids are opaque strings (UUIDs…), not numbers read in another base. */
const MAX_NUMERIC_LENGTH = 40;

/**
 * The normalised id first, then its other readings: a decimal id also in hex, a hex-looking id
 * also in decimal. A digits-only id may be either, so it gets both readings. Distinct values.
 */
export function messageIdForms(id: string): string[] {
  const normalized = normalizeMessageId(id);
  const forms = [normalized];
  if (normalized.length === 0 || normalized.length > MAX_NUMERIC_LENGTH) return forms;
  if (DECIMAL.test(normalized)) forms.push(BigInt(normalized).toString(16));
  if (HEX.test(normalized)) forms.push(BigInt(`0x${normalized}`).toString(10));
  return [...new Set(forms)];
}
