import { useIntl, type MessageDescriptor } from 'react-intl';

import type { Settings } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/**
 * One sentence per field saying what is expected. Shown for any issue on that field, from the
 * client-side check or from the server, so the user reads the rule in their own language.
 */
export const SETTINGS_ERRORS: Record<keyof Settings, MessageDescriptor> = {
  smsSender: message('settings.smsSender.error', 'Use at most 11 characters.'),
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
};

export const isSettingsField = (field: string): field is keyof Settings => field in SETTINGS_ERRORS;

/** The translated rule of a field that has an error, for `Field.Root`'s `error` prop. */
export const useSettingsFieldError = (errors: Record<string, string>) => {
  const { formatMessage } = useIntl();
  return (field: keyof Settings) => (errors[field] ? formatMessage(SETTINGS_ERRORS[field]) : undefined);
};
