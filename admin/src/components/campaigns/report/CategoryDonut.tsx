import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Pie, PieChart, Tooltip } from 'recharts';
import { useTheme } from 'styled-components';

import type { CampaignReport, ReportCategory } from '../../../api/reports';
import { useT } from '../../../hooks/useT';

import { CATEGORY_LABELS, colourOf } from './reportMessages';

interface CategoryDonutProps {
  categories: CampaignReport['categories'];
  /** Absent without the personal-data export permission. */
  onDownload?: (category: ReportCategory) => void;
}

/**
 * The recipients by report category, in the seeds' colours, with a legend that gives each
 * category's count and share (and its CSV): the chart is a picture, the legend is the data.
 */
export const CategoryDonut = ({ categories, onDownload }: CategoryDonutProps) => {
  const t = useT();
  const theme = useTheme();
  const { formatMessage, formatNumber } = useIntl();
  const total = categories.reduce((sum, row) => sum + row.count, 0);
  const shown = categories.filter((row) => row.count > 0);
  const data = shown.map((row) => ({
    name: formatMessage(CATEGORY_LABELS[row.category]),
    value: row.count,
    fill: colourOf(theme, row.colour),
  }));
  const share = (count: number) =>
    formatNumber(total ? count / total : 0, { style: 'percent', maximumFractionDigits: 1 });

  if (total === 0) {
    return <Typography textColor="neutral600">{t('report.donut.empty', 'No recipients yet.')}</Typography>;
  }

  return (
    <Flex gap={6} wrap="wrap" alignItems="center">
      <Box aria-hidden>
        <PieChart width={220} height={220}>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            innerRadius={62}
            outerRadius={100}
            paddingAngle={shown.length > 1 ? 1 : 0}
            // A lone category is a full ring: an outline would draw a seam across it at 3 o'clock.
            stroke={shown.length > 1 ? theme.colors.neutral0 : 'none'}
            isAnimationActive={false}
          />
          <Tooltip
            formatter={(value) => formatNumber(Number(value))}
            contentStyle={{
              background: theme.colors.neutral0,
              border: `1px solid ${theme.colors.neutral200}`,
              color: theme.colors.neutral800,
            }}
            itemStyle={{ color: theme.colors.neutral800 }}
          />
        </PieChart>
      </Box>
      <Flex
        tag="ul"
        direction="column"
        alignItems="stretch"
        gap={2}
        aria-label={t('report.donut.legend', 'Recipients by category')}
      >
        {shown.map((row) => {
          const label = formatMessage(CATEGORY_LABELS[row.category]);
          return (
            <Flex tag="li" key={row.category} gap={3} data-category={row.category}>
              <Box
                width="1.2rem"
                height="1.2rem"
                hasRadius
                style={{ background: colourOf(theme, row.colour), flexShrink: 0 }}
              />
              <Typography textColor="neutral800">{label}</Typography>
              <Typography fontWeight="bold" textColor="neutral800">
                {formatNumber(row.count)}
              </Typography>
              <Typography textColor="neutral600">{share(row.count)}</Typography>
              {onDownload ? (
                <IconButton
                  variant="ghost"
                  label={t('report.donut.download', 'Download “{category}” (CSV)', { category: label })}
                  onClick={() => onDownload(row.category)}
                >
                  <Download />
                </IconButton>
              ) : null}
            </Flex>
          );
        })}
      </Flex>
    </Flex>
  );
};
