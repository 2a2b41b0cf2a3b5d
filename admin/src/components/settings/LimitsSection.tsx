import { Field, NumberInput, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Settings } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { RadioField } from '../form/RadioField';

import { SettingsCard, SettingsCell } from './SettingsCard';
import { useSettingsFieldError } from './settingsErrors';
import type { SettingsSectionProps } from './types';

/** A select needs a string; "forever" stands for the `null` retention. */
const FOREVER = 'forever';
const RETENTION_MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * Characters that fit in `segments` SMS: a single SMS holds 160 GSM-7 or 70 UCS-2 characters;
 * concatenated ones lose room to the header (153 and 67 each).
 */
export const segmentCapacity = (segments: number) => ({
  gsm: segments <= 1 ? 160 : 153 * segments,
  unicode: segments <= 1 ? 70 : 67 * segments,
});

export const LimitsSection = ({ values, errors, onChange, disabled }: SettingsSectionProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, vars?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, vars);
  const errorFor = useSettingsFieldError(errors);
  const validSegments = Number.isInteger(values.maxSegments) && values.maxSegments >= 1 && values.maxSegments <= 10;
  const capacity = segmentCapacity(values.maxSegments);

  return (
    <SettingsCard title={t('settings.limits.title', 'Credits, lists and message length')}>
      <SettingsCell>
        <RadioField<Settings['creditMode']>
          name="creditMode"
          label={t('settings.creditMode.label', 'Credits')}
          value={values.creditMode}
          disabled={disabled}
          error={errorFor('creditMode')}
          onChange={(mode) => onChange('creditMode', mode)}
          options={[
            { value: 'unlimited', label: t('settings.creditMode.unlimited', 'Unlimited account') },
            { value: 'limited', label: t('settings.creditMode.limited', 'Limited credits') },
          ]}
          hint={t(
            'settings.creditMode.hint',
            'With limited credits, a campaign can only be validated if enough credits are available; they are reserved until it is sent.'
          )}
        />
      </SettingsCell>
      <SettingsCell>
        <Field.Root
          name="listRetentionMonths"
          required
          error={errorFor('listRetentionMonths')}
          hint={t('settings.listRetentionMonths.hint', 'Contact lists not used for this long are deleted.')}
        >
          <Field.Label>{t('settings.listRetentionMonths.label', 'Keep unused lists')}</Field.Label>
          <SingleSelect
            value={values.listRetentionMonths === null ? FOREVER : String(values.listRetentionMonths)}
            disabled={disabled}
            onChange={(value) => onChange('listRetentionMonths', value === FOREVER ? null : Number(value))}
          >
            {RETENTION_MONTHS.map((months) => (
              <SingleSelectOption key={months} value={String(months)}>
                {t('settings.listRetentionMonths.months', '{months, plural, one {# month} other {# months}}', {
                  months,
                })}
              </SingleSelectOption>
            ))}
            <SingleSelectOption value={FOREVER}>
              {t('settings.listRetentionMonths.forever', 'Keep forever')}
            </SingleSelectOption>
          </SingleSelect>
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
      <SettingsCell>
        <Field.Root
          name="maxSegments"
          required
          error={errorFor('maxSegments')}
          hint={
            validSegments
              ? t(
                  'settings.maxSegments.hint',
                  '{segments, plural, one {# SMS holds} other {# concatenated SMS hold}} up to {gsm} characters, or {unicode} when the message uses characters outside the GSM-7 alphabet (emoji, ç, œ…).',
                  {
                    segments: values.maxSegments,
                    gsm: formatNumber(capacity.gsm),
                    unicode: formatNumber(capacity.unicode),
                  }
                )
              : t('settings.maxSegments.range', 'From 1 to 10. Each segment is billed as one SMS.')
          }
        >
          <Field.Label>{t('settings.maxSegments.label', 'Maximum SMS per message')}</Field.Label>
          <NumberInput
            value={values.maxSegments}
            step={1}
            disabled={disabled}
            onValueChange={(value) => onChange('maxSegments', value ?? Number.NaN)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </SettingsCell>
    </SettingsCard>
  );
};
