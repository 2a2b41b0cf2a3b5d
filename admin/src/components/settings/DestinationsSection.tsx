import * as React from 'react';

import { Field } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { formatCountry, getCountryOptions } from '../../utils/countries';
import { getTranslation } from '../../utils/getTranslation';
import { SearchableSelect } from '../form/SearchableSelect';

import { CountryPicker } from './CountryPicker';
import { SettingsCard, SettingsCell } from './SettingsCard';
import { useSettingsFieldError } from './settingsErrors';
import type { SettingsSectionProps } from './types';

export const DestinationsSection = ({ values, errors, onChange, disabled }: SettingsSectionProps) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const errorFor = useSettingsFieldError(errors);
  const countries = React.useMemo(() => getCountryOptions(locale), [locale]);
  const countryOptions = React.useMemo(
    () => countries.map((country) => ({ value: country.code, label: formatCountry(country) })),
    [countries]
  );

  return (
    <SettingsCard
      title={t('settings.destinations.title', 'Destinations')}
      description={t(
        'settings.destinations.description',
        'How phone numbers are read when lists are imported, and where messages may go.'
      )}
    >
      <SettingsCell>
        <Field.Root
          name="defaultCountry"
          required
          error={errorFor('defaultCountry')}
          hint={t(
            'settings.defaultCountry.hint',
            'Numbers written without an international prefix (06 12 34 56 78) are read as numbers of this country.'
          )}
        >
          <Field.Label>{t('settings.defaultCountry.label', 'Default country')}</Field.Label>
          <SearchableSelect
            value={values.defaultCountry}
            options={countryOptions}
            disabled={disabled}
            onChange={(code) => onChange('defaultCountry', code)}
            placeholder={t('settings.defaultCountry.placeholder', 'Type a country')}
            noOptionsMessage={t('settings.countries.noMatch', 'No country matches')}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
      <SettingsCell>
        <Field.Root
          name="allowedCountries"
          required
          error={errorFor('allowedCountries')}
          hint={t(
            'settings.allowedCountries.hint',
            'Recipients whose number belongs to another country are set aside when a campaign is validated.'
          )}
        >
          <Field.Label>{t('settings.allowedCountries.label', 'Allowed destination countries')}</Field.Label>
          <CountryPicker
            value={values.allowedCountries}
            options={countries}
            disabled={disabled}
            onChange={(codes) => onChange('allowedCountries', codes)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
    </SettingsCard>
  );
};
