import { useIntl, type MessageDescriptor } from 'react-intl';

import type { Settings } from '../../../../server/src/contracts';
import { validateSmsSender, type SmsSenderRule } from '../../../../server/src/core/sender';
import { getTranslation } from '../../utils/getTranslation';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/**
 * One sentence per field saying what is expected. Shown for any issue on that field, from the
 * client-side check or from the server, so the user reads the rule in their own language.
 */
export const SETTINGS_ERRORS: Record<keyof Settings, MessageDescriptor> = {
  smsSender: message(
    'settings.smsSender.error',
    'Use up to 11 letters or digits, without accents or spaces, and not a phone number.'
  ),
  voiceSender: message('settings.voiceSender.error', 'Use at most 20 characters.'),
  stopShortCode: message(
    'settings.stopShortCode.error',
    'Enter the 4 to 6 digit short code that receives STOP replies, e.g. 36184.'
  ),
  smsWindowPreset: message('settings.smsWindowPreset.error', 'Choose a sending window.'),
  voiceWindowPreset: message('settings.voiceWindowPreset.error', 'Choose a sending window.'),
  timeZone: message('settings.timeZone.error', 'Choose a time zone.'),
  holidayRegion: message('settings.holidayRegion.error', 'Choose whose public holidays to observe.'),
  defaultCountry: message('settings.defaultCountry.error', 'Choose a country.'),
  allowedCountries: message('settings.allowedCountries.error', 'Choose at least one country.'),
  creditMode: message('settings.creditMode.error', 'Choose how credits are counted.'),
  listRetentionMonths: message(
    'settings.listRetentionMonths.error',
    'Choose between 1 and 12 months, or keep lists forever.'
  ),
  maxSegments: message('settings.maxSegments.error', 'Enter a whole number from 1 to 10.'),
  shortLinkBase: message(
    'settings.shortLinkBase.error',
    'Enter a web address such as https://clic-ici.net or https://example.com/l, without ? or #.'
  ),
};

/** One message per sender rule of the seeds, so the user knows what to change. */
export const SMS_SENDER_ERRORS: Record<SmsSenderRule, MessageDescriptor> = {
  'too-long': message('settings.smsSender.error.too-long', 'Use at most 11 characters: this one has {count}.'),
  accent: message(
    'settings.smsSender.error.accent',
    'Remove the accent from “{character}”: operators refuse accented letters in a sender.'
  ),
  space: message(
    'settings.smsSender.error.space',
    'Remove the spaces: a sender is one word of letters and digits, e.g. MaBoutique.'
  ),
  'special-character': message(
    'settings.smsSender.error.special-character',
    'Remove “{character}”: only letters A to Z and digits are allowed.'
  ),
  'all-digits': message(
    'settings.smsSender.error.all-digits',
    'Add at least one letter: operators refuse a sender made only of digits.'
  ),
  'phone-number': message(
    'settings.smsSender.error.phone-number',
    'A phone number cannot be a sender: use your brand name, e.g. MaBoutique.'
  ),
};

/** What is wrong with a typed SMS sender, in the user's language, or undefined when it is valid. */
export const useSmsSenderError = () => {
  const { formatMessage } = useIntl();
  return (sender: string) => {
    const check = validateSmsSender(sender);
    if (check.valid || !check.rule) return undefined;
    return formatMessage(SMS_SENDER_ERRORS[check.rule], {
      character: check.character ?? '',
      count: sender.trim().length,
    });
  };
};

export const isSettingsField = (field: string): field is keyof Settings => field in SETTINGS_ERRORS;

/** The translated rule of a field that has an error, for `Field.Root`'s `error` prop. */
export const useSettingsFieldError = (errors: Record<string, string>) => {
  const { formatMessage } = useIntl();
  return (field: keyof Settings) => (errors[field] ? formatMessage(SETTINGS_ERRORS[field]) : undefined);
};
