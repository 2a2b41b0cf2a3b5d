import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from 'styled-components';

import type { CampaignReport } from '../../../api/reports';
import { useT } from '../../../hooks/useT';

type Timeline = CampaignReport['timeline'];

const TICK_FORMATS: Record<Timeline['bucket'], Intl.DateTimeFormatOptions> = {
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  day: { day: 'numeric', month: 'short' },
};

/** Messages submitted, delivered and links clicked per time bucket, in the theme's colours. */
export const TimelineChart = ({ timeline, showClicks }: { timeline: Timeline; showClicks: boolean }) => {
  const t = useT();
  const theme = useTheme();
  const { formatDate, formatNumber } = useIntl();

  if (timeline.points.length === 0) {
    return <Typography textColor="neutral600">{t('report.timeline.empty', 'Nothing has been sent yet.')}</Typography>;
  }

  const tick = { fill: theme.colors.neutral600, fontSize: 12 };
  const formatAt = (at: string) => formatDate(new Date(at), TICK_FORMATS[timeline.bucket]);
  const series = [
    { key: 'submitted', name: t('report.timeline.submitted', 'Submitted'), colour: theme.colors.primary600 },
    { key: 'delivered', name: t('report.timeline.delivered', 'Delivered'), colour: theme.colors.success600 },
    ...(showClicks
      ? [{ key: 'clicks', name: t('report.timeline.clicks', 'Clicks'), colour: theme.colors.alternative600 }]
      : []),
  ];

  return (
    <Box aria-label={t('report.timeline.title', 'Deliveries and clicks over time')} role="img">
      <LineChart data={timeline.points} responsive style={{ width: '100%', height: 280 }}>
        <CartesianGrid stroke={theme.colors.neutral150} strokeDasharray="3 3" />
        <XAxis dataKey="at" tickFormatter={formatAt} tick={tick} stroke={theme.colors.neutral300} minTickGap={24} />
        <YAxis
          allowDecimals={false}
          tickFormatter={(value: number) => formatNumber(value)}
          tick={tick}
          stroke={theme.colors.neutral300}
          width={56}
        />
        <Tooltip
          labelFormatter={(label) => formatDate(new Date(String(label)), { dateStyle: 'medium', timeStyle: 'short' })}
          formatter={(value) => formatNumber(Number(value))}
          contentStyle={{
            background: theme.colors.neutral0,
            border: `1px solid ${theme.colors.neutral200}`,
            color: theme.colors.neutral800,
          }}
        />
        <Legend />
        {series.map((line) => (
          <Line
            key={line.key}
            type="monotone"
            dataKey={line.key}
            name={line.name}
            stroke={line.colour}
            strokeWidth={2}
            dot={timeline.points.length < 40}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </Box>
  );
};
