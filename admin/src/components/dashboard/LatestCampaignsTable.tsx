import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import type { CampaignSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { CHANNEL_LABELS } from '../../utils/messages';
import { CampaignKeyDate } from '../CampaignKeyDate';
import { CampaignStatusBadge } from '../CampaignStatusBadge';

import { CampaignName } from './CampaignName';
import { CampaignProgress } from './CampaignProgress';
import { CampaignTableSection } from './CampaignTableSection';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/**
 * Credits are reserved at validation and consumed as messages go out. Once a campaign is over
 * (sent, or cancelled and its unsent messages refunded) what counts is what it used.
 */
const SETTLED: CampaignSummary['status'][] = ['consolidating', 'completed', 'cancelled'];

const CreditsCell = ({ campaign }: { campaign: CampaignSummary }) => {
  const { formatMessage, formatNumber } = useIntl();
  const isSettled = SETTLED.includes(campaign.status);
  const amount = isSettled ? campaign.creditsUsed : (campaign.creditsReserved ?? campaign.creditsUsed);
  if (amount === null) {
    return <Typography textColor="neutral500">–</Typography>;
  }
  return (
    <Typography textColor="neutral800">
      {isSettled
        ? formatNumber(amount)
        : formatMessage(message('table.credits.reserved', '{amount} reserved'), { amount: formatNumber(amount) })}
    </Typography>
  );
};

/** "Your latest campaigns": the 10 latest scheduled, running or finished campaigns. */
export const LatestCampaignsTable = ({
  campaigns,
  linkTo,
}: {
  campaigns: CampaignSummary[];
  /** Where a campaign opens: its page. */
  linkTo?: (campaign: CampaignSummary) => string;
}) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage(message(id, defaultMessage));
  const columns = [
    t('table.name', 'Name'),
    t('table.channel', 'Channel'),
    t('table.status', 'Status'),
    t('table.recipients', 'Recipients'),
    t('table.progress', 'Progress'),
    t('table.date', 'Date'),
    t('table.credits', 'Credits'),
  ];

  return (
    <CampaignTableSection
      id="mobile-campaigns-latest"
      title={t('dashboard.latest.title', 'Your latest campaigns')}
      subtitle={t('dashboard.latest.subtitle', 'Your 10 latest campaigns scheduled, sending or completed')}
      isEmpty={campaigns.length === 0}
      emptyMessage={t(
        'dashboard.latest.empty',
        'No campaign scheduled or sent yet. Once a draft is complete and scheduled, you will follow its sending here.'
      )}
    >
      <Table colCount={columns.length} rowCount={campaigns.length + 1}>
        <Thead>
          <Tr>
            {columns.map((label) => (
              <Th key={label}>
                <Typography variant="sigma">{label}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {campaigns.map((campaign) => {
            return (
              <Tr key={campaign.documentId}>
                <Td>
                  <CampaignName campaign={campaign} to={linkTo?.(campaign)} />
                </Td>
                <Td>
                  <Typography textColor="neutral800">{formatMessage(CHANNEL_LABELS[campaign.channel])}</Typography>
                </Td>
                <Td>
                  <CampaignStatusBadge status={campaign.status} />
                </Td>
                <Td>
                  <Typography textColor="neutral800">
                    {campaign.recipientCount === null ? '–' : formatNumber(campaign.recipientCount)}
                  </Typography>
                </Td>
                <Td>
                  <CampaignProgress campaign={campaign} />
                </Td>
                <Td>
                  <CampaignKeyDate campaign={campaign} />
                </Td>
                <Td>
                  <CreditsCell campaign={campaign} />
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </CampaignTableSection>
  );
};
