import { normalizePhone } from '../core';
import type { Settings } from '../contracts';
import { fieldError } from './validation';

/** A number typed by a user, normalised with the account's settings, or a field error with its reason. */
export const phoneOrThrow = (
  raw: string,
  { defaultCountry, allowedCountries }: Pick<Settings, 'defaultCountry' | 'allowedCountries'>
) => {
  const result = normalizePhone(raw, { defaultCountry, allowedCountries });
  if (!result.valid || !result.e164)
    throw fieldError('Invalid phone number', 'phone', result.reason ?? 'invalid-number', raw);
  // As the import flags them (seed 000's status 2): a landline receives neither SMS nor voicemail
  // drops. A number whose plan cannot tell fixed from mobile (US, Canada…) stays welcome.
  if (result.type === 'fixed')
    throw fieldError('Fixed line: receives neither SMS nor voicemail drops', 'phone', 'fixed-line', raw);
  return { ...result, e164: result.e164 };
};
