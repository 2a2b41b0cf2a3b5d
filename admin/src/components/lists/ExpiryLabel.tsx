import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';

type Expiry = Pick<ListSummary, 'persistence' | 'expiresAt' | 'expiresAfterMonths'>;

/** "Permanent", or when the purge job will delete the list if no campaign uses it before. */
export const ExpiryLabel = ({ list }: { list: Expiry }) => {
  const { formatMessage, formatDate } = useIntl();
  if (list.persistence === 'permanent') {
    return (
      <Typography textColor="neutral800">
        {formatMessage({ id: getTranslation('list.expiry.permanent'), defaultMessage: 'Permanent' })}
      </Typography>
    );
  }
  if (!list.expiresAt) {
    return (
      <Typography textColor="neutral800">
        {formatMessage(
          {
            id: getTranslation('list.expiry.after'),
            defaultMessage: 'Deleted after {months, plural, one {# month} other {# months}} without use',
          },
          { months: list.expiresAfterMonths ?? 3 }
        )}
      </Typography>
    );
  }
  return (
    <Typography textColor="neutral800">
      <time dateTime={list.expiresAt}>
        {formatMessage(
          { id: getTranslation('list.expiry.on'), defaultMessage: 'Expires on {date} if unused' },
          { date: formatDate(new Date(list.expiresAt), { dateStyle: 'medium' }) }
        )}
      </time>
    </Typography>
  );
};
