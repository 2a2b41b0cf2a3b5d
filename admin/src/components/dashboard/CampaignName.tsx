import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CampaignSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';

/** The campaign name, flagged when it is a proof (BAT) sent to a short test list. */
export const CampaignName = ({ campaign }: { campaign: Pick<CampaignSummary, 'name' | 'isProof'> }) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={2}>
      <Typography fontWeight="bold" textColor="neutral800" ellipsis>
        {campaign.name}
      </Typography>
      {campaign.isProof ? (
        <Badge size="S">{formatMessage({ id: getTranslation('campaign.proof'), defaultMessage: 'Proof' })}</Badge>
      ) : null}
    </Flex>
  );
};
