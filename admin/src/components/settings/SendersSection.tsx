import * as React from 'react';

import { Field, TextInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

import { SettingsCard, SettingsCell } from './SettingsCard';
import { useSettingsFieldError, useSmsSenderError } from './settingsErrors';
import type { SettingsSectionProps } from './types';

type InputChange = React.ChangeEvent<HTMLInputElement>;

/** The mention marketing SMS end with, as recipients will read it. */
const stopMention = (shortCode: string) => `STOP ${shortCode}`;

export const SendersSection = ({ values, errors, onChange, disabled }: SettingsSectionProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, vars?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, vars);
  const errorFor = useSettingsFieldError(errors);
  const senderError = useSmsSenderError();
  const hasShortCode = /^\d{4,6}$/.test(values.stopShortCode);

  return (
    <SettingsCard
      title={t('settings.senders.title', 'Senders and opt-out')}
      description={t('settings.senders.description', 'Used by new campaigns unless a campaign sets its own.')}
    >
      <SettingsCell>
        <Field.Root
          name="smsSender"
          // Said as it is typed, rule by rule; a pasted 12-character sender is shown whole and refused.
          error={senderError(values.smsSender) ?? errorFor('smsSender')}
          hint={t(
            'settings.smsSender.hint',
            'Up to 11 letters or digits, without accents or spaces, and not a phone number. Leave empty to send from your account’s short code.'
          )}
        >
          <Field.Label>{t('settings.smsSender.label', 'Default SMS sender')}</Field.Label>
          <TextInput
            value={values.smsSender}
            autoComplete="off"
            disabled={disabled}
            onChange={(event: InputChange) => onChange('smsSender', event.target.value)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
      <SettingsCell>
        <Field.Root
          name="voiceSender"
          error={errorFor('voiceSender')}
          hint={t(
            'settings.voiceSender.hint',
            'A fixed-line number recipients can call back. Leave empty to leave messages from an unknown number.'
          )}
        >
          <Field.Label>{t('settings.voiceSender.label', 'Default voicemail-drop sender')}</Field.Label>
          <TextInput
            value={values.voiceSender}
            maxLength={20}
            type="tel"
            autoComplete="off"
            disabled={disabled}
            onChange={(event: InputChange) => onChange('voiceSender', event.target.value)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
      <SettingsCell>
        <Field.Root
          name="stopShortCode"
          required
          error={errorFor('stopShortCode')}
          hint={
            hasShortCode
              ? t('settings.stopShortCode.preview', 'Marketing SMS end with “{mention}”, counted in their length.', {
                  mention: stopMention(values.stopShortCode),
                })
              : t('settings.stopShortCode.hint', 'The 4 to 6 digit number that receives STOP replies.')
          }
        >
          <Field.Label>{t('settings.stopShortCode.label', 'STOP short code')}</Field.Label>
          <TextInput
            value={values.stopShortCode}
            inputMode="numeric"
            maxLength={6}
            autoComplete="off"
            disabled={disabled}
            onChange={(event: InputChange) => onChange('stopShortCode', event.target.value.trim())}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
    </SettingsCard>
  );
};
