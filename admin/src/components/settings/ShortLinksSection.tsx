import * as React from 'react';

import { Field, TextInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

import { SettingsCard, SettingsCell } from './SettingsCard';
import { useSettingsFieldError } from './settingsErrors';
import type { SettingsSectionProps } from './types';

type InputChange = React.ChangeEvent<HTMLInputElement>;

/** Where tracked links point: a short domain, or Strapi's own URL and `/l` (seed 001's "clic-ici.net/123456"). */
export const ShortLinksSection = ({ values, errors, onChange, disabled, shortLinks }: SettingsSectionProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, vars?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, vars);
  const errorFor = useSettingsFieldError(errors);

  return (
    <SettingsCard
      title={t('settings.shortLinks.title', 'Tracked links')}
      description={t(
        'settings.shortLinks.description',
        'Each recipient gets their own short link for every tracked URL, which counts their clicks.'
      )}
    >
      <SettingsCell>
        <Field.Root
          name="shortLinkBase"
          error={errorFor('shortLinkBase')}
          hint={
            shortLinks
              ? t(
                  'settings.shortLinkBase.hint',
                  'A short domain whose traffic reaches this Strapi, e.g. https://clic-ici.net. Leave empty to use Strapi’s address. New campaigns send {example}: {length} characters per link.',
                  { example: `${shortLinks.base}/Ab12Cd34`, length: shortLinks.length }
                )
              : t(
                  'settings.shortLinkBase.hintEmpty',
                  'A short domain whose traffic reaches this Strapi, e.g. https://clic-ici.net. Leave empty to use Strapi’s address.'
                )
          }
        >
          <Field.Label>{t('settings.shortLinkBase.label', 'Short link address')}</Field.Label>
          <TextInput
            value={values.shortLinkBase}
            placeholder={t('settings.shortLinkBase.placeholder', 'https://clic-ici.net')}
            autoComplete="off"
            disabled={disabled}
            onChange={(event: InputChange) => onChange('shortLinkBase', event.target.value)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
    </SettingsCard>
  );
};
