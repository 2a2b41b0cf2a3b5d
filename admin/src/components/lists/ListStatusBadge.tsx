import { Status, Typography, type StatusVariant } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../server/src/contracts';
import { LIST_STATUS_LABELS } from '../../utils/contactMessages';

const VARIANTS: Record<ListSummary['status'], StatusVariant> = {
  importing: 'secondary',
  active: 'success',
  inactive: 'neutral',
};

export const ListStatusBadge = ({ status }: { status: ListSummary['status'] }) => {
  const { formatMessage } = useIntl();
  return (
    <Status variant={VARIANTS[status]} size="S" width="min-content" data-status={status}>
      <Typography tag="span" variant="omega" fontWeight="bold" style={{ whiteSpace: 'nowrap' }}>
        {formatMessage(LIST_STATUS_LABELS[status])}
      </Typography>
    </Status>
  );
};
