import { normalizePhone } from './phone';

export type SmsSenderReason = 'too-long' | 'invalid-characters' | 'all-digits' | 'phone-number';

/**
 * The seed rule a refused sender breaks, one per message shown to the user: `invalid-characters`
 * is told apart as an accented letter, a space, or another sign.
 */
export type SmsSenderRule = 'too-long' | 'accent' | 'space' | 'special-character' | 'all-digits' | 'phone-number';

export interface SmsSenderCheck {
  valid: boolean;
  /** 'default' = empty: the account's short code (e.g. 36184) is used. */
  kind?: 'default' | 'alphanumeric';
  reason?: SmsSenderReason;
  /** Set with `reason`: which rule, so that each gets its own message. */
  rule?: SmsSenderRule;
  /** The first character refused by the `accent`, `space` or `special-character` rule. */
  character?: string;
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
  for (const character of value) {
    const c = character.charCodeAt(0);
    const digit = c >= 0x30 && c <= 0x39;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!digit && !letter) {
      // A "+33 6…" sender is a phone number before it is a character problem.
      if (normalizePhone(value).valid) return refused('phone-number');
      return { ...refused(characterRule(character)), character };
    }
    if (letter) letters++;
  }
  if (letters === 0) return refused(normalizePhone(value).valid ? 'phone-number' : 'all-digits');
  if (value.length > SMS_SENDER_MAX_LENGTH) return refused('too-long');
  return { valid: true, kind: 'alphanumeric' };
}

const REASON_OF_RULE: Record<SmsSenderRule, SmsSenderReason> = {
  'too-long': 'too-long',
  accent: 'invalid-characters',
  space: 'invalid-characters',
  'special-character': 'invalid-characters',
  'all-digits': 'all-digits',
  'phone-number': 'phone-number',
};

const refused = (rule: SmsSenderRule): SmsSenderCheck => ({ valid: false, reason: REASON_OF_RULE[rule], rule });

/** `é` is an accented letter (`e` once its accent is taken off); a tab or NBSP is a space. */
const characterRule = (character: string): SmsSenderRule => {
  if (/\s/u.test(character)) return 'space';
  const base = character.normalize('NFD').replace(/\p{M}/gu, '');
  if (/^[A-Za-z]$/.test(base) || /^[æœÆŒß]$/u.test(character)) return 'accent';
  return 'special-character';
};

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
