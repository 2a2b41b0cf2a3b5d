import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CreditsSummary } from '../../../server/src/contracts';
import { getTranslation } from '../utils/getTranslation';

interface FigureProps {
  label: string;
  value: number;
  hint: string;
  tone?: 'neutral800' | 'danger600';
}

const Figure = ({ label, value, hint, tone = 'neutral800' }: FigureProps) => {
  const { formatNumber } = useIntl();
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} minWidth="12rem">
      <Typography tag="dt" variant="sigma" textColor="neutral600">
        {label}
      </Typography>
      <Typography tag="dd" variant="beta" textColor={tone}>
        {formatNumber(value)}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {hint}
      </Typography>
    </Flex>
  );
};

/** The seeds' credits block: either "unlimited account" or what is left to send with. */
export const CreditsBlock = ({ credits }: { credits: CreditsSummary }) => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('credits.title'), defaultMessage: 'Credits' });
  const available = credits.available ?? credits.balance - credits.reserved;

  return (
    <Box background="neutral0" hasRadius shadow="filterShadow" padding={6} tag="section" aria-label={title}>
      <Typography tag="h2" variant="delta">
        {title}
      </Typography>
      {credits.mode === 'unlimited' ? (
        <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={3}>
          <Typography variant="beta" textColor="success600">
            {formatMessage({ id: getTranslation('credits.unlimited'), defaultMessage: 'Unlimited account' })}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({
              id: getTranslation('credits.unlimited.hint'),
              defaultMessage: 'Campaigns are not limited by a credit balance.',
            })}
          </Typography>
        </Flex>
      ) : (
        <Flex tag="dl" gap={8} paddingTop={3} wrap="wrap" alignItems="flex-start">
          <Figure
            label={formatMessage({ id: getTranslation('credits.available'), defaultMessage: 'Available' })}
            value={available}
            tone={available <= 0 ? 'danger600' : 'neutral800'}
            hint={formatMessage({
              id: getTranslation('credits.available.hint'),
              defaultMessage: 'What a new campaign can use',
            })}
          />
          <Figure
            label={formatMessage({ id: getTranslation('credits.balance'), defaultMessage: 'Balance' })}
            value={credits.balance}
            hint={formatMessage({
              id: getTranslation('credits.balance.hint'),
              defaultMessage: 'Credits added, minus credits used',
            })}
          />
          <Figure
            label={formatMessage({ id: getTranslation('credits.reserved'), defaultMessage: 'Reserved' })}
            value={credits.reserved}
            hint={formatMessage({
              id: getTranslation('credits.reserved.hint'),
              defaultMessage: 'Held by scheduled and running campaigns',
            })}
          />
        </Flex>
      )}
    </Box>
  );
};
