import { Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { AudienceSummary } from '../../../../../server/src/contracts';
import { useT } from '../../../hooks/useT';

const Figure = ({ label, value, tone }: { label: string; value: number; tone?: 'danger' | 'success' }) => {
  const { formatNumber } = useIntl();
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="pi" textColor="neutral600">
        {label}
      </Typography>
      <Typography
        variant="beta"
        tag="p"
        textColor={tone === 'danger' && value > 0 ? 'danger600' : tone === 'success' ? 'success600' : 'neutral800'}
      >
        {formatNumber(value)}
      </Typography>
    </Flex>
  );
};

/** The server's consolidated summary of the chosen lists (seed 001's "i"), before anything is sent. */
export const AudienceSummaryView = ({
  summary,
  isLoading,
}: {
  summary: AudienceSummary | null;
  isLoading: boolean;
}) => {
  const t = useT();
  const { locale, formatNumber } = useIntl();
  if (!summary) {
    return isLoading ? <Loader small>{t('wizard.audience.loading', 'Counting the recipients…')}</Loader> : null;
  }
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return (
    <Box padding={6} background="neutral0" shadow="filterShadow" hasRadius aria-busy={isLoading}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Typography variant="delta" tag="h3">
          {t('wizard.audience.title', 'Summary of the recipients')}
        </Typography>
        <Grid.Root gap={4}>
          {[
            { label: t('wizard.audience.recipients', 'Rows in the lists'), value: summary.recipients },
            { label: t('wizard.audience.valid', 'Will receive it'), value: summary.valid, tone: 'success' as const },
            { label: t('wizard.audience.invalid', 'Invalid numbers'), value: summary.invalid, tone: 'danger' as const },
            {
              label: t('wizard.audience.duplicates', 'Duplicates'),
              value: summary.duplicates,
              tone: 'danger' as const,
            },
            {
              label: t('wizard.audience.optedOut', 'Opted out (STOP)'),
              value: summary.optedOut,
              tone: 'danger' as const,
            },
            { label: t('wizard.audience.excluded', 'Excluded'), value: summary.excluded, tone: 'danger' as const },
            {
              label: t('wizard.audience.notAllowed', 'Destinations not allowed'),
              value: summary.notAllowed,
              tone: 'danger' as const,
            },
          ].map((figure) => (
            <Grid.Item key={figure.label} col={3} s={6} xs={12}>
              <Figure {...figure} />
            </Grid.Item>
          ))}
        </Grid.Root>
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="sigma" textColor="neutral600">
            {t('wizard.audience.byCountry', 'Destinations by country')}
          </Typography>
          {summary.byCountry.length === 0 ? (
            <Typography variant="pi" textColor="neutral600">
              {t('wizard.audience.noDestination', 'No valid destination.')}
            </Typography>
          ) : (
            <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
              {summary.byCountry.map((entry) => (
                <Flex tag="li" key={entry.country ?? 'unknown'} justifyContent="space-between">
                  <Typography>
                    {entry.country
                      ? (names.of(entry.country) ?? entry.country)
                      : t('wizard.audience.unknownCountry', 'Unknown country')}
                  </Typography>
                  <Typography fontWeight="bold">{formatNumber(entry.count)}</Typography>
                </Flex>
              ))}
            </Flex>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};
