import { Flex, Typography } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import type { CampaignSummary } from '../../../server/src/contracts';
import { getTranslation } from '../utils/getTranslation';

import { CampaignDate } from './CampaignDate';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/** The date that matters at each stage: when it will start, when it started, when it ended. */
export const keyDate = (campaign: CampaignSummary): { label: MessageDescriptor; value: string | null } => {
  switch (campaign.status) {
    case 'scheduled':
      return { label: message('table.date.scheduled', 'Scheduled for'), value: campaign.scheduledAt };
    case 'sending':
    case 'paused':
    case 'consolidating':
      return { label: message('table.date.started', 'Started'), value: campaign.startedAt };
    case 'completed':
      return { label: message('table.date.completed', 'Completed'), value: campaign.completedAt };
    case 'cancelled':
      return { label: message('table.date.cancelled', 'Cancelled'), value: campaign.updatedAt };
    default:
      return { label: message('table.date.updated', 'Modified'), value: campaign.updatedAt };
  }
};

/** A campaign's key date with what it is ("Scheduled for", "Started"…), for the campaign tables. */
export const CampaignKeyDate = ({ campaign }: { campaign: CampaignSummary }) => {
  const { formatMessage } = useIntl();
  const date = keyDate(campaign);
  return (
    <Flex direction="column" alignItems="flex-start">
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(date.label)}
      </Typography>
      <CampaignDate value={date.value} />
    </Flex>
  );
};
