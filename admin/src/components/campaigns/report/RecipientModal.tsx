import * as React from 'react';

import { Badge, Box, Button, Flex, Grid, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { reportLang, type ReportRecipient } from '../../../api/reports';
import { getStatus } from '../../../../../server/src/core/status';
import { useT } from '../../../hooks/useT';
import { formatPhone } from '../../../utils/phone';

const Item = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Grid.Item col={6} s={12} direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography textColor="neutral800">{children}</Typography>
  </Grid.Item>
);

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex tag="section" direction="column" alignItems="stretch" gap={2}>
    <Typography variant="delta" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);

export const StopBadge = () => {
  const t = useT();
  return (
    <Badge size="S" backgroundColor="danger100" textColor="danger700">
      {t('report.recipient.stop', 'STOP')}
    </Badge>
  );
};

/** One recipient of the report: its status, the message it got, each part's receipt, its replies and clicks. */
export const RecipientModal = ({ recipient, onClose }: { recipient: ReportRecipient | null; onClose: () => void }) => {
  const t = useT();
  const { formatDate, formatNumber, locale } = useIntl();
  const lang = reportLang(locale);
  const date = (value: string | null) =>
    value ? formatDate(new Date(value), { dateStyle: 'medium', timeStyle: 'medium' }) : '–';
  const none = (text: string) => <Typography textColor="neutral600">{text}</Typography>;
  const number = recipient ? formatPhone(recipient.phone) || recipient.phoneRaw || '–' : '';

  return (
    <Modal.Root open={recipient !== null} onOpenChange={(open: boolean) => (open ? undefined : onClose())}>
      <Modal.Content>
        <Modal.Header closeLabel={t('common.close', 'Close')}>
          <Modal.Title>{t('report.recipient.title', 'Recipient {number}', { number })}</Modal.Title>
        </Modal.Header>
        {recipient ? (
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Grid.Root gap={4}>
                <Item label={t('report.recipient.status', 'Status')}>
                  {`${recipient.statusCode} · ${recipient.statusLabel}`}
                </Item>
                <Item label={t('report.recipient.list', 'List and line')}>
                  {`${recipient.listName ?? '–'} · ${recipient.line === null ? '–' : formatNumber(recipient.line)}`}
                </Item>
                <Item label={t('report.recipient.country', 'Country')}>{recipient.country ?? '–'}</Item>
                <Item label={t('report.recipient.segments', 'SMS parts and credits')}>
                  {`${recipient.segments === null ? '–' : formatNumber(recipient.segments)} · ${
                    recipient.credits === null ? '–' : formatNumber(recipient.credits)
                  }`}
                </Item>
                <Item label={t('report.recipient.submittedAt', 'Submitted')}>{date(recipient.submittedAt)}</Item>
                <Item label={t('report.recipient.deliveredAt', 'Delivered')}>{date(recipient.deliveredAt)}</Item>
              </Grid.Root>
              {recipient.text ? (
                <Section title={t('report.recipient.message', 'Message sent')}>
                  <Box padding={3} background="neutral100" hasRadius>
                    <Typography style={{ whiteSpace: 'pre-wrap' }}>{recipient.text}</Typography>
                  </Box>
                </Section>
              ) : null}
              <Section title={t('report.recipient.receipts', 'Delivery receipts')}>
                {recipient.receipts.length === 0 ? (
                  none(t('report.recipient.noReceipts', 'No receipt yet.'))
                ) : (
                  <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
                    {recipient.receipts.map((receipt) => (
                      <Flex tag="li" key={receipt.part} gap={3} justifyContent="space-between">
                        <Typography>
                          {t('report.recipient.part', 'Part {part}', { part: receipt.part })}
                          {' · '}
                          {receipt.statusCode === null
                            ? '–'
                            : `${receipt.statusCode} · ${getStatus(receipt.statusCode)?.label[lang] ?? ''}`}
                        </Typography>
                        <Typography textColor="neutral600">{date(receipt.at)}</Typography>
                      </Flex>
                    ))}
                  </Flex>
                )}
              </Section>
              <Section title={t('report.recipient.replies', 'Replies')}>
                {recipient.replies.length === 0 ? (
                  none(t('report.recipient.noReplies', 'No reply.'))
                ) : (
                  <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
                    {recipient.replies.map((reply) => (
                      <Flex
                        tag="li"
                        key={`${reply.receivedAt}:${reply.text}`}
                        gap={3}
                        justifyContent="space-between"
                        data-stop={reply.isStop || undefined}
                      >
                        <Flex gap={2}>
                          {reply.isStop ? <StopBadge /> : null}
                          <Typography style={{ whiteSpace: 'pre-wrap' }}>{reply.text}</Typography>
                        </Flex>
                        <Typography textColor="neutral600">{date(reply.receivedAt)}</Typography>
                      </Flex>
                    ))}
                  </Flex>
                )}
              </Section>
              <Section title={t('report.recipient.clicks', 'Clicks')}>
                {recipient.clicks.length === 0 && recipient.previews === 0 ? (
                  none(t('report.recipient.noClicks', 'No click.'))
                ) : (
                  <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
                    {recipient.clicks.map((click) => (
                      <Flex tag="li" key={click.index} gap={3} justifyContent="space-between">
                        <Typography>
                          {t('report.recipient.linkClicks', '{link}: {count, plural, one {# click} other {# clicks}}', {
                            link: `\${track_${click.index}}`,
                            count: click.clicks,
                          })}
                        </Typography>
                        <Typography textColor="neutral600">
                          {t('report.recipient.clickDates', 'first {first}, last {last}', {
                            first: date(click.firstClickAt),
                            last: date(click.lastClickAt),
                          })}
                        </Typography>
                      </Flex>
                    ))}
                    {recipient.previews > 0 ? (
                      <Flex tag="li" gap={3} justifyContent="space-between">
                        <Typography>
                          {t(
                            'report.recipient.previews',
                            '{count, plural, one {# link preview} other {# link previews}}',
                            {
                              count: recipient.previews,
                            }
                          )}
                        </Typography>
                        <Typography textColor="neutral600">{date(recipient.firstPreviewAt)}</Typography>
                      </Flex>
                    ) : null}
                  </Flex>
                )}
              </Section>
            </Flex>
          </Modal.Body>
        ) : null}
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.close', 'Close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
