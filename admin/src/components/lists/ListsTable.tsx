import { Box, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Download, Pencil, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { ImportJob, ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { CampaignDate } from '../CampaignDate';
import { DataTable, StickyTd } from '../common/DataTable';
import { RowActions } from '../common/RowActions';
import { ListImportProgress } from '../imports/ListImportProgress';

import { ExpiryLabel } from './ExpiryLabel';
import { ListStatusBadge } from './ListStatusBadge';

interface ListsTableProps {
  lists: ListSummary[];
  /** Exports hold phone numbers: only users allowed to export personal data see the action. */
  canExport: boolean;
  /** Imports being worked on, by target list: an importing list shows its progress. */
  imports?: ReadonlyMap<number, ImportJob>;
  emptyMessage: string;
  onEdit: (list: ListSummary) => void;
  onExport: (list: ListSummary) => void;
  onToggleStatus: (list: ListSummary) => void;
  onMerge: (list: ListSummary) => void;
  onDelete: (list: ListSummary) => void;
}

export const authorName = (author: ListSummary['createdBy']) =>
  author ? [author.firstname, author.lastname].filter(Boolean).join(' ') : '';

/** The seeds' lists table: counts, dates, author, status and expiry, with the ACTIONS menu. */
export const ListsTable = ({
  lists,
  canExport,
  imports,
  emptyMessage,
  onEdit,
  onExport,
  onToggleStatus,
  onMerge,
  onDelete,
}: ListsTableProps) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  // Five columns, so that the name and the row actions stay on screen at 1280 px: the creation
  // date and author are the name's details line, the excluded contacts the count's, the expiry
  // goes under the status.
  const columns = [
    { key: 'name', label: t('table.name', 'Name') },
    { key: 'contacts', label: t('lists.table.contacts', 'Contacts') },
    { key: 'updated', label: t('table.updatedAt', 'Last modified') },
    { key: 'status', label: t('table.status', 'Status') },
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true, sticky: 'right' as const },
  ];

  return (
    <DataTable columns={columns} rowCount={lists.length} emptyMessage={emptyMessage}>
      {lists.map((list) => {
        const isImporting = list.status === 'importing';
        const job = isImporting ? imports?.get(list.id) : undefined;
        return (
          <Tr key={list.id}>
            <Td maxWidth="32rem">
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="bold" textColor="neutral800" ellipsis>
                  {list.name}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {authorName(list.createdBy)
                    ? t('lists.table.createdBy', 'Created {date} by {author}', {
                        date: formatDate(list.createdAt, { dateStyle: 'medium' }),
                        author: authorName(list.createdBy),
                      })
                    : t('lists.table.created', 'Created {date}', {
                        date: formatDate(list.createdAt, { dateStyle: 'medium' }),
                      })}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography textColor="neutral800">{formatNumber(list.contactCount)}</Typography>
                <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
                  {t('lists.table.excludedCount', '{count, number} excluded', { count: list.excludedCount })}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <CampaignDate value={list.updatedAt} relative />
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={2}>
                <ListStatusBadge status={list.status} />
                <Box maxWidth="22rem" style={{ whiteSpace: 'normal' }}>
                  <ExpiryLabel list={list} />
                </Box>
                {job ? <ListImportProgress job={job} /> : null}
              </Flex>
            </Td>
            <StickyTd side="right">
              <Flex gap={1} justifyContent="flex-end">
                <IconButton
                  label={t('lists.action.edit', 'Edit “{name}”', { name: list.name })}
                  variant="ghost"
                  onClick={() => onEdit(list)}
                >
                  <Pencil />
                </IconButton>
                <RowActions
                  label={t('lists.action.more', 'More actions on “{name}”', { name: list.name })}
                  actions={[
                    canExport && {
                      label: t('lists.action.export', 'Export as CSV'),
                      icon: <Download />,
                      onSelect: () => onExport(list),
                      disabled: isImporting,
                    },
                    {
                      label:
                        list.status === 'inactive'
                          ? t('lists.action.activate', 'Activate')
                          : t('lists.action.deactivate', 'Deactivate'),
                      onSelect: () => onToggleStatus(list),
                      disabled: isImporting,
                    },
                    {
                      label: t('lists.action.merge', 'Merge another list into this one'),
                      onSelect: () => onMerge(list),
                      disabled: isImporting,
                    },
                    {
                      label: t('lists.action.delete', 'Delete'),
                      icon: <Trash />,
                      danger: true,
                      onSelect: () => onDelete(list),
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
