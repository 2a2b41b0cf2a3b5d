import { Box, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CampaignReport } from '../../../api/reports';
import { useT } from '../../../hooks/useT';

interface Figure {
  key: string;
  label: string;
  value: string;
  detail?: string;
}

const FigureCard = ({ figure }: { figure: Figure }) => (
  <Grid.Item col={3} m={4} s={6} xs={12} direction="column" alignItems="stretch">
    <Box
      padding={4}
      background="neutral0"
      shadow="filterShadow"
      hasRadius
      height="100%"
      data-figure={figure.key}
      role="group"
      aria-label={figure.label}
    >
      <Typography variant="sigma" textColor="neutral600" tag="p">
        {figure.label}
      </Typography>
      <Typography variant="beta" tag="p" textColor="neutral800" data-value>
        {figure.value}
      </Typography>
      {figure.detail ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {figure.detail}
        </Typography>
      ) : null}
    </Box>
  </Grid.Item>
);

/**
 * The report's key figures (seeds' step 9 "principales statistiques"), each with the rate of the
 * base the server computed it on. Voice drops have no replies, clicks or previews: those are shown
 * for SMS only.
 */
export const ReportFigures = ({ report }: { report: CampaignReport }) => {
  const t = useT();
  const { formatNumber } = useIntl();
  const { figures, rates } = report;
  const n = (value: number) => formatNumber(value);
  const percent = (rate: number) => formatNumber(rate / 100, { style: 'percent', maximumFractionDigits: 1 });
  const ofSent = (rate: number) => t('report.figures.ofSent', '{rate} of sent', { rate: percent(rate) });
  const ofDelivered = (rate: number) => t('report.figures.ofDelivered', '{rate} of delivered', { rate: percent(rate) });

  const list: Figure[] = [
    { key: 'recipients', label: t('report.figures.recipients', 'Recipients'), value: n(figures.recipients) },
    { key: 'sent', label: t('report.figures.sent', 'Sent'), value: n(figures.sent) },
    {
      key: 'delivered',
      label: t('report.figures.delivered', 'Delivered'),
      value: n(figures.delivered),
      detail: ofSent(rates.delivered),
    },
    {
      key: 'notDelivered',
      label: t('report.figures.notDelivered', 'Not delivered'),
      value: n(figures.notDelivered),
      detail: ofSent(rates.notDelivered),
    },
    {
      key: 'pending',
      label: t('report.figures.pending', 'Pending'),
      value: n(figures.pending),
      detail: t('report.figures.pendingHint', 'To send or awaiting a receipt'),
    },
    { key: 'invalid', label: t('report.figures.invalid', 'Invalid numbers'), value: n(figures.invalid) },
    { key: 'duplicates', label: t('report.figures.duplicates', 'Duplicates'), value: n(figures.duplicates) },
    {
      key: 'excluded',
      label: t('report.figures.excluded', 'Excluded'),
      value: n(figures.excluded),
      detail: t('report.figures.excludedHint', 'Opt-outs, exclusion lists, destinations not allowed'),
    },
  ];
  if (report.campaign.channel === 'sms') {
    list.push(
      {
        key: 'stops',
        label: t('report.figures.stops', 'STOP received'),
        value: n(figures.stops),
        detail: ofDelivered(rates.stops),
      },
      {
        key: 'replies',
        label: t('report.figures.replies', 'Replies'),
        value: n(figures.replies),
        detail: ofDelivered(rates.replies),
      },
      {
        key: 'clicks',
        label: t('report.figures.clicks', 'Clicks (unique / total)'),
        value: `${n(figures.uniqueClicks)} / ${n(figures.totalClicks)}`,
        detail: ofDelivered(rates.clicks),
      },
      { key: 'previews', label: t('report.figures.previews', 'Link previews'), value: n(figures.previews) }
    );
  }
  list.push(
    {
      key: 'creditsUsed',
      label: t('report.figures.creditsUsed', 'Credits used'),
      value: n(figures.creditsUsed),
      detail: t('report.figures.creditsReserved', '{count} reserved', { count: n(figures.creditsReserved) }),
    },
    {
      key: 'creditsRefunded',
      label: t('report.figures.creditsRefunded', 'Credits refunded'),
      value: n(figures.creditsRefunded),
    }
  );

  return (
    <Grid.Root gap={4} tag="section" aria-label={t('report.figures.title', 'Key figures')}>
      {list.map((figure) => (
        <FigureCard key={figure.key} figure={figure} />
      ))}
    </Grid.Root>
  );
};
