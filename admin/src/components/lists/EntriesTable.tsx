import { Badge, Box, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { ListEntry } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { formatPhone } from '../../utils/phone';
import { DataTable, StickyTd } from '../common/DataTable';
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
  // The number carries its line, country and validity under it, and each field is cut to a
  // bounded width: a list of six fields keeps its number and row actions on screen at 1280 px
  // (and should a list have more, both stay put while the fields scroll).
  const columns = [
    { key: 'phone', label: t('entries.table.phone', 'Mobile number'), sticky: 'left' as const },
    ...fields.map((field) => ({ key: `field:${field}`, label: field })),
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true, sticky: 'right' as const },
  ];

  return (
    <DataTable columns={columns} rowCount={entries.length} emptyMessage={emptyMessage}>
      {entries.map((entry) => {
        const number = formatPhone(entry.phone) || entry.phoneRaw || '';
        return (
          <Tr key={entry.id}>
            <StickyTd side="left">
              <Flex direction="column" alignItems="flex-start" gap={1}>
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
                <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
                  {t('entries.table.lineCountry', 'Line {line} · {country}', {
                    line: entry.line === null ? '–' : formatNumber(entry.line),
                    country: entry.country ?? '–',
                  })}
                </Typography>
                {/* Table cells do not wrap: the reason of an invalid number would widen the column. */}
                <Box maxWidth="22rem" style={{ whiteSpace: 'normal' }}>
                  <NumberValidity entry={entry} />
                </Box>
              </Flex>
            </StickyTd>
            {fields.map((field) => (
              <Td key={field}>
                <Typography textColor="neutral800" ellipsis style={{ display: 'block', maxWidth: '16rem' }}>
                  {entry.fields?.[field] ?? ''}
                </Typography>
              </Td>
            ))}
            <StickyTd side="right">
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
            </StickyTd>
          </Tr>
        );
      })}
    </DataTable>
  );
};
