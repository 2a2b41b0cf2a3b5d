import { Box, Button, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';

import type { ReportRecipient } from '../../../api/reports';
import { useT } from '../../../hooks/useT';
import { formatPhone } from '../../../utils/phone';
import { DataTable } from '../../common/DataTable';

import { StopBadge } from './RecipientModal';
import { colourOf } from './reportMessages';

interface RecipientsTableProps {
  recipients: ReportRecipient[];
  emptyMessage: string;
  onOpen: (recipient: ReportRecipient) => void;
}

/** One page of the campaign's recipients: number, status, dates, replies and clicks; details in a modal. */
export const RecipientsTable = ({ recipients, emptyMessage, onOpen }: RecipientsTableProps) => {
  const t = useT();
  const theme = useTheme();
  const { formatDate, formatNumber } = useIntl();
  const date = (value: string) => formatDate(new Date(value), { dateStyle: 'short', timeStyle: 'medium' });
  const columns = [
    { key: 'number', label: t('report.recipients.number', 'Mobile number') },
    { key: 'status', label: t('report.recipients.status', 'Status') },
    { key: 'dates', label: t('report.recipients.dates', 'Sent and delivered') },
    { key: 'replies', label: t('report.recipients.replies', 'Replies') },
    { key: 'clicks', label: t('report.recipients.clicks', 'Clicks') },
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true },
  ];

  return (
    <DataTable columns={columns} rowCount={recipients.length} emptyMessage={emptyMessage}>
      {recipients.map((recipient) => {
        const number = formatPhone(recipient.phone) || recipient.phoneRaw || '–';
        const clicks = recipient.clicks.reduce((sum, link) => sum + link.clicks, 0);
        return (
          <Tr key={recipient.id} data-recipient={recipient.id}>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography textColor="neutral800" style={{ whiteSpace: 'nowrap' }}>
                  {number}
                </Typography>
                <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
                  {t('report.recipients.listLine', '{list} · line {line}', {
                    list: recipient.listName ?? '–',
                    line: recipient.line === null ? '–' : formatNumber(recipient.line),
                  })}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Flex gap={2}>
                <Box
                  width="1rem"
                  height="1rem"
                  hasRadius
                  style={{ background: colourOf(theme, recipient.colour), flexShrink: 0 }}
                />
                <Typography textColor="neutral800">{`${recipient.statusCode} · ${recipient.statusLabel}`}</Typography>
              </Flex>
            </Td>
            {/* Two dates on two lines keep the details button on screen at 1280 px. */}
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography
                  textColor={recipient.submittedAt ? 'neutral800' : 'neutral600'}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {recipient.submittedAt
                    ? t('report.recipients.sentOn', 'Sent {date}', { date: date(recipient.submittedAt) })
                    : t('report.recipients.notSent', 'Not sent')}
                </Typography>
                {recipient.deliveredAt ? (
                  <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
                    {t('report.recipients.deliveredOn', 'Delivered {date}', { date: date(recipient.deliveredAt) })}
                  </Typography>
                ) : null}
              </Flex>
            </Td>
            <Td>
              <Flex gap={2}>
                <Typography textColor="neutral800">{formatNumber(recipient.replies.length)}</Typography>
                {recipient.replies.some((reply) => reply.isStop) ? <StopBadge /> : null}
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral800">{formatNumber(clicks)}</Typography>
            </Td>
            <Td>
              <Button
                variant="ghost"
                size="S"
                aria-label={t('report.recipients.detailsOf', 'Details of {number}', { number })}
                onClick={() => onOpen(recipient)}
              >
                {t('report.recipients.details', 'Details')}
              </Button>
            </Td>
          </Tr>
        );
      })}
    </DataTable>
  );
};
