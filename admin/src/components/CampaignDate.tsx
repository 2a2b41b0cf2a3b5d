import { Typography, VisuallyHidden } from '@strapi/design-system';

import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';
import { toRelativeTime } from '../utils/relativeTime';

interface CampaignDateProps {
  value: string | null | undefined;
  /** "3 hours ago" reads faster for recent edits; absolute dates suit schedules. */
  relative?: boolean;
  /** A details line's size and colour. */
  small?: boolean;
}

/** A date in the user's locale, with the full date and time in a tooltip. */
export const CampaignDate = ({ value, relative = false, small = false }: CampaignDateProps) => {
  const { formatDate, formatMessage, formatRelativeTime } = useIntl();
  if (!value) {
    return (
      <Typography textColor="neutral500" variant={small ? 'pi' : undefined}>
        <span aria-hidden>–</span>
        <VisuallyHidden>
          {formatMessage({ id: getTranslation('common.notSet'), defaultMessage: 'Not set' })}
        </VisuallyHidden>
      </Typography>
    );
  }
  const date = new Date(value);
  const full = formatDate(date, { dateStyle: 'full', timeStyle: 'short' });
  let shown: string;
  if (relative) {
    const { value: amount, unit } = toRelativeTime(date);
    shown = formatRelativeTime(amount, unit, { numeric: 'auto' });
  } else {
    shown = formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
  }
  return (
    <Typography textColor={small ? 'neutral600' : 'neutral800'} variant={small ? 'pi' : undefined}>
      <time dateTime={value} title={full}>
        {shown}
      </time>
    </Typography>
  );
};
