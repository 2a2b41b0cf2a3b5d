import { Status, Typography, type StatusVariant } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CampaignSummary } from '../../../server/src/contracts';
import { STATUS_LABELS } from '../utils/messages';

type CampaignStatus = CampaignSummary['status'];

/** One colour per lifecycle stage: grey while editable, blue while waiting or running, green or red at the end. */
export const STATUS_VARIANTS: Record<CampaignStatus, StatusVariant> = {
  draft: 'neutral',
  scheduled: 'secondary',
  sending: 'primary',
  paused: 'warning',
  consolidating: 'alternative',
  completed: 'success',
  cancelled: 'danger',
};

export const CampaignStatusBadge = ({ status }: { status: CampaignStatus }) => {
  const { formatMessage } = useIntl();
  return (
    <Status variant={STATUS_VARIANTS[status]} size="S" width="min-content" data-status={status}>
      <Typography tag="span" variant="omega" fontWeight="bold" style={{ whiteSpace: 'nowrap' }}>
        {formatMessage(STATUS_LABELS[status])}
      </Typography>
    </Status>
  );
};
