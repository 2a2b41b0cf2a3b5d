import { Badge, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';

import type { CampaignSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';

/**
 * The campaign name, flagged when it is a proof (BAT) sent to a short test list; a link when the
 * table says where the campaign opens (the wizard for a draft, its page otherwise).
 */
export const CampaignName = ({
  campaign,
  to,
}: {
  campaign: Pick<CampaignSummary, 'name' | 'isProof'>;
  to?: string;
}) => {
  const { formatMessage } = useIntl();
  const name = (
    <Typography fontWeight="bold" textColor={to ? 'primary600' : 'neutral800'} ellipsis>
      {campaign.name}
    </Typography>
  );
  return (
    <Flex gap={2}>
      {to ? (
        <Link tag={RouterLink} to={to}>
          {name}
        </Link>
      ) : (
        name
      )}
      {campaign.isProof ? (
        <Badge size="S">{formatMessage({ id: getTranslation('campaign.proof'), defaultMessage: 'Proof' })}</Badge>
      ) : null}
    </Flex>
  );
};
