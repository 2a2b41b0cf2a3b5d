import { Box, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';

import type { CampaignReport } from '../../../api/reports';
import { useT } from '../../../hooks/useT';
import { DataTable } from '../../common/DataTable';

import { colourOf } from './reportMessages';

interface StatusTableProps {
  statuses: CampaignReport['statuses'];
  /** Absent without the personal-data export permission: the download column is left out. */
  onDownload?: (code: number) => void;
}

/**
 * The receipt table of the seeds' report: each status code a recipient has, its label, how many
 * recipients have it, whether it is billed, and the CSV of those recipients.
 */
export const StatusTable = ({ statuses, onDownload }: StatusTableProps) => {
  const t = useT();
  const theme = useTheme();
  const { formatNumber } = useIntl();
  const columns = [
    { key: 'code', label: t('report.statuses.code', 'Code') },
    { key: 'label', label: t('report.statuses.label', 'Status') },
    { key: 'count', label: t('report.statuses.count', 'Recipients') },
    { key: 'billed', label: t('report.statuses.billed', 'Billed') },
    ...(onDownload ? [{ key: 'download', label: t('report.statuses.download', 'Download'), hidden: true }] : []),
  ];

  return (
    <DataTable
      columns={columns}
      rowCount={statuses.length}
      emptyMessage={t('report.statuses.empty', 'No receipts yet.')}
    >
      {statuses.map((status) => (
        <Tr key={status.code} data-status-code={status.code}>
          <Td>
            <Typography textColor="neutral800">{status.code}</Typography>
          </Td>
          <Td>
            <Flex gap={2}>
              <Box
                width="1rem"
                height="1rem"
                hasRadius
                style={{ background: colourOf(theme, status.colour), flexShrink: 0 }}
              />
              <Typography textColor="neutral800">{status.label}</Typography>
            </Flex>
          </Td>
          <Td>
            <Typography textColor="neutral800" fontWeight="bold">
              {formatNumber(status.count)}
            </Typography>
          </Td>
          <Td>
            <Typography textColor="neutral800">
              {status.billed ? t('common.yes', 'Yes') : t('common.no', 'No')}
            </Typography>
          </Td>
          {onDownload ? (
            <Td>
              <IconButton
                variant="ghost"
                label={t('report.statuses.downloadOne', 'Download the recipients with status {code} (CSV)', {
                  code: status.code,
                })}
                onClick={() => onDownload(status.code)}
              >
                <Download />
              </IconButton>
            </Td>
          ) : null}
        </Tr>
      ))}
    </DataTable>
  );
};
