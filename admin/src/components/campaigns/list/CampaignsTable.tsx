import { Flex, Td, TextButton, Tr, Typography } from '@strapi/design-system';
import { CaretDown, CaretUp } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { CampaignListRow } from '../../../../../server/src/contracts';
import { useT } from '../../../hooks/useT';
import { CHANNEL_LABELS, KIND_LABELS } from '../../../utils/messages';
import { CampaignStatusBadge } from '../../CampaignStatusBadge';
import { DataTable, StickyTd, type Column } from '../../common/DataTable';
import { RowActions } from '../../common/RowActions';
import { CampaignName } from '../../dashboard/CampaignName';
import { CampaignProgress } from '../../dashboard/CampaignProgress';
import { CampaignKeyDate } from '../../CampaignKeyDate';

import { rowActionsFor, type RowActionId, type RowPermissions } from './campaignRowActions';

interface CampaignsTableProps {
  campaigns: CampaignListRow[];
  sort: string;
  onSort: (sort: string) => void;
  permissions: RowPermissions;
  onAction: (action: RowActionId, campaign: CampaignListRow) => void;
  emptyMessage: string;
}

const ACTION_LABELS: Record<RowActionId, { id: string; defaultMessage: string; danger?: boolean }> = {
  open: { id: 'campaigns.action.open', defaultMessage: 'Open the campaign' },
  edit: { id: 'campaigns.action.edit', defaultMessage: 'Edit' },
  settings: { id: 'campaigns.action.settings', defaultMessage: 'View the settings' },
  duplicate: { id: 'campaigns.action.duplicate', defaultMessage: 'Duplicate' },
  unschedule: { id: 'campaigns.action.unschedule', defaultMessage: 'Cancel the schedule' },
  pause: { id: 'campaigns.action.pause', defaultMessage: 'Pause' },
  resume: { id: 'campaigns.action.resume', defaultMessage: 'Resume' },
  cancel: { id: 'campaigns.action.cancel', defaultMessage: 'Cancel the sending', danger: true },
  delete: { id: 'campaigns.action.delete', defaultMessage: 'Delete', danger: true },
};

/** A column header that sorts the server's list by its field, ascending then descending. */
const SortHeader = ({
  field,
  label,
  sort,
  onSort,
}: {
  field: string;
  label: string;
  sort: string;
  onSort: (sort: string) => void;
}) => {
  const t = useT();
  const [current, direction] = sort.split(':');
  const active = current === field;
  const next = active && direction === 'asc' ? 'desc' : 'asc';
  return (
    <TextButton
      onClick={() => onSort(`${field}:${next}`)}
      endIcon={active ? direction === 'asc' ? <CaretUp /> : <CaretDown /> : undefined}
      aria-label={t('campaigns.sortBy', 'Sort by {column}', { column: label })}
    >
      <Typography variant="sigma" textColor={active ? 'primary600' : 'neutral600'}>
        {label}
      </Typography>
    </TextButton>
  );
};

/** "Mes campagnes": every campaign with its status, progress and the actions its status allows. */
export const CampaignsTable = ({
  campaigns,
  sort,
  onSort,
  permissions,
  onAction,
  emptyMessage,
}: CampaignsTableProps) => {
  const t = useT();
  const { formatMessage, formatNumber } = useIntl();
  const sortable = (key: string, label: string): Column => ({
    key,
    label,
    head: <SortHeader field={key} label={label} sort={sort} onSort={onSort} />,
  });
  const columns: Column[] = [
    // ID and author are a details line of the name, the type one of the channel and the progress
    // one of the status (seed 002's "En cours d'envoi" with its progress): ten columns did not fit at 1280 px.
    { ...sortable('name', t('campaigns.column.name', 'Name')), sticky: 'left' },
    { key: 'channel', label: t('campaigns.column.channelKind', 'Channel and type') },
    sortable('status', t('campaigns.column.status', 'Status')),
    sortable('recipientCount', t('campaigns.column.recipients', 'Recipients')),
    sortable('scheduledAt', t('campaigns.column.date', 'Date')),
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true, sticky: 'right' },
  ];
  return (
    <DataTable columns={columns} rowCount={campaigns.length} emptyMessage={emptyMessage}>
      {campaigns.map((campaign) => {
        return (
          <Tr key={campaign.id} data-campaign={campaign.id}>
            <StickyTd side="left">
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <CampaignName campaign={campaign} />
                <Typography variant="pi" textColor="neutral600">
                  {campaign.author
                    ? t('campaigns.idAuthorLine', 'ID {id} · {author}', {
                        id: campaign.id,
                        author: campaign.author.name,
                      })
                    : t('campaigns.idLine', 'ID {id}', { id: campaign.id })}
                </Typography>
              </Flex>
            </StickyTd>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography textColor="neutral800">{formatMessage(CHANNEL_LABELS[campaign.channel])}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage(KIND_LABELS[campaign.kind])}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <CampaignStatusBadge status={campaign.status} />
                <CampaignProgress campaign={campaign} hideEmpty />
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral800">
                {campaign.recipientCount === null ? '–' : formatNumber(campaign.recipientCount)}
              </Typography>
            </Td>
            <Td>
              <CampaignKeyDate campaign={campaign} />
            </Td>
            <StickyTd side="right">
              <RowActions
                label={t('campaigns.actions', 'Actions on “{name}”', { name: campaign.name })}
                actions={rowActionsFor(campaign.status, permissions).map((action) => ({
                  label: t(ACTION_LABELS[action].id, ACTION_LABELS[action].defaultMessage),
                  danger: ACTION_LABELS[action].danger,
                  onSelect: () => onAction(action, campaign),
                }))}
              />
            </StickyTd>
          </Tr>
        );
      })}
    </DataTable>
  );
};
