import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { RadioField } from '../form/RadioField';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

interface PersistenceFieldsProps {
  persistence: ListSummary['persistence'];
  months: number;
  onPersistenceChange: (persistence: ListSummary['persistence']) => void;
  onMonthsChange: (months: number) => void;
  error?: string;
}

/** The seeds' "Pérennité de la liste": permanent, or purged after 1–12 months without use. */
export const PersistenceFields = ({
  persistence,
  months,
  onPersistenceChange,
  onMonthsChange,
  error,
}: PersistenceFieldsProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  return (
    <>
      <RadioField
        name="persistence"
        label={t('listForm.persistence.label', 'Persistence')}
        value={persistence}
        onChange={onPersistenceChange}
        options={[
          { value: 'expiring', label: t('listForm.persistence.expiring', 'Expires when unused') },
          { value: 'permanent', label: t('listForm.persistence.permanent', 'Permanent') },
        ]}
        hint={
          persistence === 'permanent'
            ? t('listForm.persistence.permanent.hint', 'For a list meant to last: it is never deleted automatically.')
            : t(
                'listForm.persistence.expiring.hint',
                'The list is deleted if no campaign uses it for the period below. Its contacts stay in the directory.'
              )
        }
      />
      {persistence === 'expiring' ? (
        <Field.Root name="expiresAfterMonths" required error={error}>
          <Field.Label>{t('listForm.months.label', 'Delete after this long without use')}</Field.Label>
          <SingleSelect value={String(months)} onChange={(value) => onMonthsChange(Number(value))}>
            {MONTHS.map((value) => (
              <SingleSelectOption key={value} value={String(value)}>
                {t('listForm.months.option', '{months, plural, one {# month} other {# months}}', { months: value })}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Error />
        </Field.Root>
      ) : null}
    </>
  );
};
