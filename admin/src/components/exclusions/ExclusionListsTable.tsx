import { Badge, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { ImportJob, ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { CampaignDate } from '../CampaignDate';
import { DataTable } from '../common/DataTable';
import { ListImportProgress } from '../imports/ListImportProgress';

/** The account's opt-out list first, then the named lists in the order the server gave. */
export const sortExclusionLists = (lists: ListSummary[]) =>
  [...lists].sort((a, b) => Number(Boolean(b.system)) - Number(Boolean(a.system)));

interface ExclusionListsTableProps {
  lists: ListSummary[];
  /** Imports being worked on, by target list: a list being imported into shows its progress. */
  imports?: ReadonlyMap<number, ImportJob>;
  emptyMessage: string;
  onOpen: (list: ListSummary) => void;
}

export const ExclusionListsTable = ({ lists, imports, emptyMessage, onOpen }: ExclusionListsTableProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const columns = [
    { key: 'name', label: t('table.name', 'Name') },
    { key: 'numbers', label: t('exclusions.table.numbers', 'Numbers') },
    { key: 'created', label: t('table.createdAt', 'Created') },
    { key: 'updated', label: t('table.updatedAt', 'Last modified') },
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true },
  ];

  return (
    <DataTable columns={columns} rowCount={lists.length} emptyMessage={emptyMessage}>
      {sortExclusionLists(lists).map((list) => (
        <Tr key={list.id}>
          <Td>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Flex gap={2}>
                <Typography fontWeight="bold" textColor="neutral800">
                  {list.system ? t('exclusions.account.name', 'Account opt-out list') : list.name}
                </Typography>
                {list.system ? <Badge size="S">{t('exclusions.system', 'System')}</Badge> : null}
              </Flex>
              <Typography variant="pi" textColor="neutral600">
                {list.system
                  ? t(
                      'exclusions.account.description',
                      'STOP replies land here. Marketing campaigns never send to these numbers.'
                    )
                  : (list.description ?? '')}
              </Typography>
              {list.status === 'importing' && imports?.get(list.id) ? (
                <ListImportProgress job={imports.get(list.id)!} />
              ) : null}
            </Flex>
          </Td>
          <Td>
            <Typography textColor="neutral800">{formatNumber(list.contactCount)}</Typography>
          </Td>
          <Td>
            <CampaignDate value={list.createdAt} />
          </Td>
          <Td>
            <CampaignDate value={list.updatedAt} relative />
          </Td>
          <Td>
            <Flex justifyContent="flex-end">
              <IconButton
                label={t('exclusions.action.open', 'Open “{name}”', {
                  name: list.system ? t('exclusions.account.name', 'Account opt-out list') : list.name,
                })}
                variant="ghost"
                onClick={() => onOpen(list)}
              >
                <ArrowRight />
              </IconButton>
            </Flex>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
