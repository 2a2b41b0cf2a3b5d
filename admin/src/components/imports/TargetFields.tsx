import { Box, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { RadioField } from '../form/RadioField';
import { SearchableSelect } from '../form/SearchableSelect';
import { PersistenceFields } from '../lists/PersistenceFields';

export interface NewListTarget {
  name: string;
  persistence: ListSummary['persistence'];
  expiresAfterMonths: number;
  /** A new list (the default, and what choices kept by earlier versions meant), or one that exists. */
  mode?: 'new' | 'existing';
  /** With `existing`: the list the contacts are appended to. */
  listId?: number;
}

interface TargetFieldsProps {
  /** The list the wizard was opened from: the contacts go there. */
  list: ListSummary | null;
  /** Lists of the import's kind the user may append to, when the wizard was opened on its own. */
  lists?: readonly ListSummary[];
  isExclusion: boolean;
  value: NewListTarget;
  nameError?: string;
  listError?: string;
  disabled: boolean;
  onChange: (value: NewListTarget) => void;
}

/** Where the contacts go: the list the import was opened from, a new list named here, or one chosen here. */
export const TargetFields = ({
  list,
  lists = [],
  isExclusion,
  value,
  nameError,
  listError,
  disabled,
  onChange,
}: TargetFieldsProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
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
          <RadioField
            name="targetMode"
            label={t('import.target.mode', 'Where the contacts go')}
            value={value.mode ?? 'new'}
            disabled={disabled}
            onChange={(mode) => onChange({ ...value, mode })}
            options={[
              { value: 'new', label: t('import.target.mode.new', 'A new list') },
              {
                value: 'existing',
                label: isExclusion
                  ? t('import.target.mode.existingExclusion', 'An existing exclusion list')
                  : t('import.target.mode.existing', 'An existing list'),
              },
            ]}
          />
        )}
        {!list && value.mode === 'existing' ? (
          <Field.Root
            name="listId"
            required
            error={listError}
            hint={t('import.target.list.hint', 'Numbers the list holds already are skipped.')}
          >
            <Field.Label>{t('import.target.list', 'List')}</Field.Label>
            <SearchableSelect
              value={value.listId ? String(value.listId) : ''}
              options={lists.map((item) => ({
                value: String(item.id),
                label: t('merge.option', '{name} ({count, plural, one {# contact} other {# contacts}})', {
                  name: item.name,
                  count: item.contactCount,
                }),
              }))}
              disabled={disabled}
              onChange={(listId) => onChange({ ...value, listId: Number(listId) })}
              placeholder={t('merge.source.placeholder', 'Type a list name')}
              noOptionsMessage={t('import.target.list.none', 'No list to add to yet.')}
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        ) : null}
        {!list && value.mode !== 'existing' ? (
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
        ) : null}
      </Flex>
    </Box>
  );
};
