import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CampaignSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { LabelledProgressBar } from '../common/LabelledProgressBar';

type Counts = Pick<CampaignSummary, 'status' | 'recipientCount' | 'submittedCount' | 'deliveredCount'>;

/** Progress only means something once sending has started; before that there is nothing to show. */
const SHOWS_PROGRESS: ReadonlyArray<CampaignSummary['status']> = ['sending', 'paused', 'consolidating', 'completed'];

/** Share of recipients submitted to the gateway, 0–100, or null when it cannot be computed. */
const submittedPercent = ({ recipientCount, submittedCount }: Counts): number | null => {
  if (!recipientCount || submittedCount === null) return null;
  return Math.min(100, Math.round((submittedCount / recipientCount) * 100));
};

/** `hideEmpty`: nothing at all before sending (a details line under the status), not a dash. */
export const CampaignProgress = ({ campaign, hideEmpty = false }: { campaign: Counts; hideEmpty?: boolean }) => {
  const { formatMessage, formatNumber } = useIntl();
  const percent = submittedPercent(campaign);

  if (!SHOWS_PROGRESS.includes(campaign.status) || percent === null) {
    if (hideEmpty) return null;
    return (
      <Typography textColor="neutral500">
        <span aria-hidden>–</span>
      </Typography>
    );
  }

  const label = formatMessage(
    {
      id: getTranslation('table.progress.label'),
      defaultMessage: '{submitted} of {recipients} sent',
    },
    {
      submitted: formatNumber(campaign.submittedCount ?? 0),
      recipients: formatNumber(campaign.recipientCount ?? 0),
    }
  );

  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <LabelledProgressBar value={percent} size="S" label={label} valueText={label} />
      <Typography variant="pi" textColor="neutral600">
        {label}
      </Typography>
    </Flex>
  );
};
