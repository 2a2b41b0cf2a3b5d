import { Box, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { PersistenceFields } from '../lists/PersistenceFields';

export interface NewListTarget {
  name: string;
  persistence: ListSummary['persistence'];
  expiresAfterMonths: number;
}

interface TargetFieldsProps {
  /** The list the wizard was opened from: the contacts go there. */
  list: ListSummary | null;
  isExclusion: boolean;
  value: NewListTarget;
  nameError?: string;
  disabled: boolean;
  onChange: (value: NewListTarget) => void;
}

/** Where the contacts go: the list the import was opened from, or a new list named here. */
export const TargetFields = ({ list, isExclusion, value, nameError, disabled, onChange }: TargetFieldsProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);

  return (
    <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Typography variant="delta" tag="h3">
          {isExclusion ? t('import.target.titleExclusion', 'Exclusion list') : t('import.target.title', 'Contact list')}
        </Typography>
        {list ? (
          <Typography textColor="neutral800">
            {t('import.target.existing', 'The contacts are added to “{name}”. Numbers already in it are skipped.', {
              name: list.name,
            })}
          </Typography>
        ) : (
          <>
            <Field.Root
              name="listName"
              required
              error={nameError}
              hint={t('import.target.name.hint', 'A new list is created with this name.')}
            >
              <Field.Label>{t('import.target.name', 'Name of the new list')}</Field.Label>
              <TextInput
                value={value.name}
                disabled={disabled}
                maxLength={200}
                autoComplete="off"
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  onChange({ ...value, name: event.target.value })
                }
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            {/* Exclusion lists are permanent: they have no persistence to choose. */}
            {isExclusion ? null : (
              <PersistenceFields
                persistence={value.persistence}
                months={value.expiresAfterMonths}
                onPersistenceChange={(persistence) => onChange({ ...value, persistence })}
                onMonthsChange={(expiresAfterMonths) => onChange({ ...value, expiresAfterMonths })}
              />
            )}
          </>
        )}
      </Flex>
    </Box>
  );
};
