import * as React from 'react';

import { Field, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import {
  HOLIDAY_REGIONS,
  SMS_WINDOW_PRESETS,
  VOICE_WINDOW_PRESETS,
  type ConfiguredWindow,
  type Settings,
} from '../../../../server/src/contracts';
import { describeConfiguredWindow } from '../../utils/configuredWindow';
import { getTranslation } from '../../utils/getTranslation';
import { formatTimeZone, getTimeZones } from '../../utils/timeZones';
import { SearchableSelect } from '../form/SearchableSelect';

import { SettingsCard, SettingsCell } from './SettingsCard';
import { useSettingsFieldError } from './settingsErrors';
import type { SettingsSectionProps } from './types';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

const SMS_WINDOW_LABELS: Record<Settings['smsWindowPreset'], MessageDescriptor> = {
  seeds: message('settings.smsWindow.seeds', 'Monday to Saturday, 08:00–20:00, except public holidays (operator rule)'),
  'af2m-2026': message('settings.smsWindow.af2m', 'Every day, 08:00–21:30 (af2m 2026 charter)'),
};

const VOICE_WINDOW_LABELS: Record<Settings['voiceWindowPreset'], MessageDescriptor> = {
  voice: message('settings.voiceWindow.voice', 'Monday to Friday, 10:00–13:00 and 14:00–20:00'),
};

const HOLIDAY_REGION_LABELS: Record<Settings['holidayRegion'], MessageDescriptor> = {
  FR: message('settings.holidayRegion.FR', 'Mainland France'),
  'FR-57': message('settings.holidayRegion.FR-57', 'Alsace-Moselle: Moselle'),
  'FR-67': message('settings.holidayRegion.FR-67', 'Alsace-Moselle: Bas-Rhin'),
  'FR-68': message('settings.holidayRegion.FR-68', 'Alsace-Moselle: Haut-Rhin'),
  BL: message('settings.holidayRegion.BL', 'Saint-Barthélemy'),
  MF: message('settings.holidayRegion.MF', 'Saint-Martin'),
  GP: message('settings.holidayRegion.GP', 'Guadeloupe'),
  MQ: message('settings.holidayRegion.MQ', 'Martinique'),
  GF: message('settings.holidayRegion.GF', 'French Guiana'),
  RE: message('settings.holidayRegion.RE', 'Réunion'),
  YT: message('settings.holidayRegion.YT', 'Mayotte'),
};

/** A window the host's config sets: shown as it is, since Settings cannot change it. */
const ConfiguredWindowField = ({ name, label, window }: { name: string; label: string; window: ConfiguredWindow }) => {
  const { formatMessage, locale } = useIntl();
  return (
    <Field.Root
      name={name}
      hint={formatMessage(
        message(
          window.excludeHolidays ? 'settings.windows.fromConfig.holidays' : 'settings.windows.fromConfig.noHolidays',
          window.excludeHolidays
            ? 'Set in the server configuration (sendingWindows in config/plugins); closed on public holidays.'
            : 'Set in the server configuration (sendingWindows in config/plugins); open on public holidays.'
        )
      )}
    >
      <Field.Label>{label}</Field.Label>
      <Typography variant="omega" tag="p">
        {describeConfiguredWindow(window, locale) ||
          formatMessage(message('settings.windows.fromConfig.never', 'Never open'))}
      </Typography>
      <Field.Hint />
    </Field.Root>
  );
};

export const SendingWindowsSection = ({ values, errors, onChange, disabled, serverWindows }: SettingsSectionProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage(message(id, defaultMessage));
  const errorFor = useSettingsFieldError(errors);
  const timeZones = React.useMemo(
    () => getTimeZones(values.timeZone).map((zone) => ({ value: zone, label: formatTimeZone(zone) })),
    [values.timeZone]
  );

  return (
    <SettingsCard
      title={t('settings.windows.title', 'Sending windows')}
      description={t(
        'settings.windows.description',
        'Marketing campaigns only send within these hours. A campaign still sending when the window closes pauses and resumes at the next opening. Notifications are not restricted.'
      )}
    >
      <SettingsCell>
        {serverWindows?.sms ? (
          <ConfiguredWindowField
            name="smsWindow"
            label={t('settings.smsWindowPreset.label', 'SMS sending window')}
            window={serverWindows.sms}
          />
        ) : (
          <Field.Root name="smsWindowPreset" required error={errorFor('smsWindowPreset')}>
            <Field.Label>{t('settings.smsWindowPreset.label', 'SMS sending window')}</Field.Label>
            <SingleSelect
              value={values.smsWindowPreset}
              disabled={disabled}
              onChange={(value) => onChange('smsWindowPreset', value as Settings['smsWindowPreset'])}
            >
              {SMS_WINDOW_PRESETS.map((preset) => (
                <SingleSelectOption key={preset} value={preset}>
                  {formatMessage(SMS_WINDOW_LABELS[preset])}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Error />
          </Field.Root>
        )}
      </SettingsCell>
      <SettingsCell>
        {serverWindows?.voice ? (
          <ConfiguredWindowField
            name="voiceWindow"
            label={t('settings.voiceWindowPreset.label', 'Voicemail-drop sending window')}
            window={serverWindows.voice}
          />
        ) : (
          <Field.Root
            name="voiceWindowPreset"
            required
            error={errorFor('voiceWindowPreset')}
            hint={t(
              'settings.voiceWindowPreset.hint',
              'Voicemail drops count as automated calls and follow the hours set for telephone canvassing.'
            )}
          >
            <Field.Label>{t('settings.voiceWindowPreset.label', 'Voicemail-drop sending window')}</Field.Label>
            <SingleSelect
              value={values.voiceWindowPreset}
              disabled={disabled}
              onChange={(value) => onChange('voiceWindowPreset', value as Settings['voiceWindowPreset'])}
            >
              {VOICE_WINDOW_PRESETS.map((preset) => (
                <SingleSelectOption key={preset} value={preset}>
                  {formatMessage(VOICE_WINDOW_LABELS[preset])}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        )}
      </SettingsCell>
      <SettingsCell>
        <Field.Root
          name="timeZone"
          required
          error={errorFor('timeZone')}
          hint={t('settings.timeZone.hint', 'Sending windows and schedules are read in this time zone.')}
        >
          <Field.Label>{t('settings.timeZone.label', 'Time zone')}</Field.Label>
          <SearchableSelect
            value={values.timeZone}
            options={timeZones}
            disabled={disabled}
            onChange={(zone) => onChange('timeZone', zone)}
            placeholder={t('settings.timeZone.placeholder', 'Type a city, e.g. Paris')}
            noOptionsMessage={t('settings.timeZone.noMatch', 'No time zone matches')}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
      <SettingsCell>
        <Field.Root
          name="holidayRegion"
          required
          error={errorFor('holidayRegion')}
          hint={t(
            'settings.holidayRegion.hint',
            'Windows that exclude public holidays use the calendar of this region.'
          )}
        >
          <Field.Label>{t('settings.holidayRegion.label', 'Public holidays')}</Field.Label>
          <SingleSelect
            value={values.holidayRegion}
            disabled={disabled}
            onChange={(value) => onChange('holidayRegion', value as Settings['holidayRegion'])}
          >
            {HOLIDAY_REGIONS.map((region) => (
              <SingleSelectOption key={region} value={region}>
                {formatMessage(HOLIDAY_REGION_LABELS[region])}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
    </SettingsCard>
  );
};
