import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { MessageDescriptor } from 'react-intl';

import { getTranslation } from './getTranslation';

/** `+33612345678` → `+33 6 12 34 56 78`; anything that does not parse is shown as typed. */
export const formatPhone = (phone: string | null | undefined): string => {
  if (!phone) return '';
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
};

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/** Why a number cannot be used, by the codes the server's phone rules return. */
export const NUMBER_REASONS: Record<string, MessageDescriptor> = {
  empty: message('number.reason.empty', 'No number'),
  'too-short': message('number.reason.too-short', 'Too short to be a phone number'),
  'too-long': message('number.reason.too-long', 'Too long to be a phone number'),
  'invalid-length': message('number.reason.invalid-length', 'Wrong number of digits for its country'),
  'invalid-characters': message(
    'number.reason.invalid-characters',
    'Contains characters a phone number cannot have (letters, symbols)'
  ),
  'invalid-country-code': message('number.reason.invalid-country-code', 'Unknown international prefix'),
  'invalid-number': message(
    'number.reason.invalid-number',
    'This number does not exist in its country’s numbering plan'
  ),
  'not-allowed-country': message(
    'number.reason.not-allowed-country',
    'The country of this number is not among your allowed destinations'
  ),
  'not-mobile': message('number.reason.not-mobile', 'Not a mobile number: it cannot receive SMS'),
  'fixed-line': message('number.reason.fixed-line', 'Fixed line: receives neither SMS nor voicemail drops'),
  duplicate: message('number.reason.duplicate', 'Already in the list'),
};

const UNKNOWN_REASON = message('number.reason.unknown', 'This number cannot be used');

export const numberReasonMessage = (reason: string | null | undefined): MessageDescriptor =>
  (reason && NUMBER_REASONS[reason]) || UNKNOWN_REASON;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The reason code of a 400 `ValidationError` about a phone number
 * (`error.details.errors[0].message`), or null when the error is about something else.
 */
export const getNumberReason = (thrown: unknown): string | null => {
  if (!isRecord(thrown) || !isRecord(thrown.response) || !isRecord(thrown.response.data)) return null;
  const apiError = thrown.response.data.error;
  if (!isRecord(apiError) || apiError.name !== 'ValidationError' || !isRecord(apiError.details)) return null;
  const { errors } = apiError.details;
  if (!Array.isArray(errors) || !isRecord(errors[0])) return null;
  const reason = errors[0].message;
  return typeof reason === 'string' && reason in NUMBER_REASONS ? reason : null;
};
