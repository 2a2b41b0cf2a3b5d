import { normalizePhone } from './phone';

export type SmsSenderReason = 'too-long' | 'invalid-characters' | 'all-digits' | 'phone-number';

export interface SmsSenderCheck {
  valid: boolean;
  /** 'default' = empty: the account's short code (e.g. 36184) is used. */
  kind?: 'default' | 'alphanumeric';
  reason?: SmsSenderReason;
}

export const SMS_SENDER_MAX_LENGTH = 11;

/**
 * Alphanumeric sender ID rules (seed 001: at most 11 alphanumeric characters, no accents or
 * special characters, not a phone number; French operators also refuse all-digit IDs).
 * Only ASCII letters and digits pass: spaces and punctuation are rewritten or refused by some
 * networks, so the safe rule is the one we enforce. Surrounding spaces are ignored.
 */
export function validateSmsSender(sender: string | null | undefined): SmsSenderCheck {
  const value = (sender ?? '').trim();
  if (value === '') return { valid: true, kind: 'default' };
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!digit && !letter) {
      // A "+33 6…" sender is a phone number before it is a character problem.
      return { valid: false, reason: normalizePhone(value).valid ? 'phone-number' : 'invalid-characters' };
    }
    if (letter) letters++;
  }
  if (letters === 0) {
    return { valid: false, reason: normalizePhone(value).valid ? 'phone-number' : 'all-digits' };
  }
  if (value.length > SMS_SENDER_MAX_LENGTH) return { valid: false, reason: 'too-long' };
  return { valid: true, kind: 'alphanumeric' };
}

/**
 * Voicemail drops show a fixed-line number as caller ID, or nothing ("unknown number"): a mobile
 * or premium-rate number would invite callbacks the sender cannot answer or would mislead.
 */
export function isValidVoiceSender(input: string | null | undefined, defaultCountry = 'FR'): boolean {
  const value = (input ?? '').trim();
  if (value === '') return true;
  const result = normalizePhone(value, { defaultCountry });
  return result.valid && result.type === 'fixed';
}
