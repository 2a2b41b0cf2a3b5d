import { Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Download, Pencil, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { ImportJob, ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { CampaignDate } from '../CampaignDate';
import { DataTable } from '../common/DataTable';
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
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const columns = [
    { key: 'name', label: t('table.name', 'Name') },
    { key: 'contacts', label: t('lists.table.contacts', 'Contacts') },
    { key: 'excluded', label: t('lists.table.excluded', 'Excluded') },
    { key: 'created', label: t('table.createdAt', 'Created') },
    { key: 'updated', label: t('table.updatedAt', 'Last modified') },
    { key: 'author', label: t('lists.table.author', 'Author') },
    { key: 'status', label: t('table.status', 'Status') },
    { key: 'expiry', label: t('lists.table.expiry', 'Expiry') },
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true },
  ];

  return (
    <DataTable columns={columns} rowCount={lists.length} emptyMessage={emptyMessage}>
      {lists.map((list) => {
        const isImporting = list.status === 'importing';
        const job = isImporting ? imports?.get(list.id) : undefined;
        return (
          <Tr key={list.id}>
            <Td>
              <Typography fontWeight="bold" textColor="neutral800" ellipsis>
                {list.name}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{formatNumber(list.contactCount)}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{formatNumber(list.excludedCount)}</Typography>
            </Td>
            <Td>
              <CampaignDate value={list.createdAt} />
            </Td>
            <Td>
              <CampaignDate value={list.updatedAt} relative />
            </Td>
            <Td>
              <Typography textColor="neutral800">{authorName(list.createdBy) || '–'}</Typography>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={2}>
                <ListStatusBadge status={list.status} />
                {job ? <ListImportProgress job={job} /> : null}
              </Flex>
            </Td>
            <Td>
              <ExpiryLabel list={list} />
            </Td>
            <Td>
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
            </Td>
          </Tr>
        );
      })}
    </DataTable>
  );
};
