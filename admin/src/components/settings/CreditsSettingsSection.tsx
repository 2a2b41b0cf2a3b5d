import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CreditsSummary, TopUpInput } from '../../../../server/src/contracts';
import type { SubmitResult } from '../../utils/fieldErrors';
import { getTranslation } from '../../utils/getTranslation';
import { CreditsBlock } from '../CreditsBlock';

import { TopUpForm } from './TopUpForm';

interface CreditsSettingsSectionProps {
  credits: CreditsSummary;
  onTopUp: (input: TopUpInput) => Promise<SubmitResult>;
}

/** The current balance and, for limited accounts, a way to add credits. */
export const CreditsSettingsSection = ({ credits, onTopUp }: CreditsSettingsSectionProps) => {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <CreditsBlock credits={credits} />
      {credits.mode === 'limited' ? (
        <Box
          background="neutral0"
          hasRadius
          shadow="filterShadow"
          padding={6}
          tag="section"
          aria-labelledby="mobile-campaigns-top-up"
        >
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography id="mobile-campaigns-top-up" tag="h2" variant="delta">
                {formatMessage({ id: getTranslation('topUp.title'), defaultMessage: 'Add credits' })}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage({
                  id: getTranslation('topUp.description'),
                  defaultMessage: 'Credits you add are available to new campaigns at once.',
                })}
              </Typography>
            </Flex>
            <TopUpForm onSubmit={onTopUp} />
          </Flex>
        </Box>
      ) : null}
    </Flex>
  );
};
