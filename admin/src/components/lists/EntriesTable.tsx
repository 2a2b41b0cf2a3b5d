import { Badge, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { ListEntry } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { formatPhone } from '../../utils/phone';
import { DataTable } from '../common/DataTable';
import { RowActions } from '../common/RowActions';

import { NumberValidity } from './NumberValidity';

interface EntriesTableProps {
  entries: ListEntry[];
  /** The list's own columns (from its import), shown after the number. */
  fields: string[];
  emptyMessage: string;
  onEdit: (entry: ListEntry) => void;
  onDelete: (entry: ListEntry) => void;
  onExclude: (entry: ListEntry) => void;
}

/** The contacts of one list, as imported: line, number, country, the list's fields and validity. */
export const EntriesTable = ({ entries, fields, emptyMessage, onEdit, onDelete, onExclude }: EntriesTableProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const columns = [
    { key: 'line', label: t('entries.table.line', 'Line') },
    { key: 'phone', label: t('entries.table.phone', 'Mobile number') },
    { key: 'country', label: t('entries.table.country', 'Country') },
    ...fields.map((field) => ({ key: `field:${field}`, label: field })),
    { key: 'validity', label: t('entries.table.validity', 'Validity') },
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true },
  ];

  return (
    <DataTable columns={columns} rowCount={entries.length} emptyMessage={emptyMessage}>
      {entries.map((entry) => {
        const number = formatPhone(entry.phone) || entry.phoneRaw || '';
        return (
          <Tr key={entry.id}>
            <Td>
              <Typography textColor="neutral600">{entry.line === null ? '–' : formatNumber(entry.line)}</Typography>
            </Td>
            <Td>
              <Flex gap={2}>
                <Typography textColor="neutral800" style={{ whiteSpace: 'nowrap' }}>
                  {number}
                </Typography>
                {entry.excluded ? (
                  <Badge size="S" backgroundColor="warning100" textColor="warning700">
                    {t('entries.excluded', 'Excluded')}
                  </Badge>
                ) : null}
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral800">{entry.country ?? '–'}</Typography>
            </Td>
            {fields.map((field) => (
              <Td key={field}>
                <Typography textColor="neutral800" ellipsis>
                  {entry.fields?.[field] ?? ''}
                </Typography>
              </Td>
            ))}
            <Td>
              <NumberValidity entry={entry} />
            </Td>
            <Td>
              <Flex gap={1} justifyContent="flex-end">
                <IconButton
                  label={t('entries.action.edit', 'Edit {number}', { number })}
                  variant="ghost"
                  onClick={() => onEdit(entry)}
                >
                  <Pencil />
                </IconButton>
                <RowActions
                  label={t('entries.action.more', 'More actions on {number}', { number })}
                  actions={[
                    !entry.excluded &&
                      entry.valid && {
                        label: t('entries.action.exclude', 'Move to an exclusion list'),
                        onSelect: () => onExclude(entry),
                      },
                    {
                      label: t('entries.action.delete', 'Remove from the list'),
                      icon: <Trash />,
                      danger: true,
                      onSelect: () => onDelete(entry),
                    },
                  ]}
                />
              </Flex>
            </Td>
          </Tr>
        );
      })}
    </DataTable>
  );
};
