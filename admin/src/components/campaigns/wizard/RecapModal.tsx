import * as React from 'react';

import { Alert, Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { AudienceSummary, CreditEstimate } from '../../../../../server/src/contracts';
import { useT } from '../../../hooks/useT';

import type { WizardDraft } from './draft';

interface RecapModalProps {
  draft: WizardDraft;
  listNames: string[];
  audience: AudienceSummary | null;
  /** POST /campaigns/:id/estimate, with its failure already put in words. */
  estimate: { data: CreditEstimate | undefined; isLoading: boolean; error?: string };
  /** The sender shown when the draft leaves it empty: the account's short code. */
  defaultSender: string;
  scheduledAt: string | null;
  timeZone: string;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex tag="div" justifyContent="space-between" alignItems="flex-start" gap={4}>
    <Typography tag="dt" textColor="neutral600">
      {label}
    </Typography>
    <Typography tag="dd" fontWeight="bold" textColor="neutral800" textAlign="right">
      {children}
    </Typography>
  </Flex>
);

/**
 * The last check before sending (seed 001, step 8), with the server's exact credits: each
 * recipient's own segments after personalisation, and the seeds' worst case beside it.
 */
export const RecapModal = (props: RecapModalProps) => {
  const { draft, listNames, audience, estimate, defaultSender, scheduledAt, timeZone, onClose, onConfirm } = props;
  const t = useT();
  const { formatNumber, formatDate } = useIntl();
  const [isSending, setIsSending] = React.useState(false);
  const figures = estimate.data;
  const n = (value: number) => formatNumber(value);
  const excluded = audience ? audience.optedOut + audience.excluded + audience.notAllowed : null;

  const confirmLabel = figures
    ? scheduledAt
      ? t('wizard.recap.schedule', 'Schedule and use {credits, plural, one {# credit} other {# credits}}', {
          credits: figures.credits,
        })
      : t('wizard.recap.send', 'Send and use {credits, plural, one {# credit} other {# credits}}', {
          credits: figures.credits,
        })
    : t('wizard.recap.confirm', 'Confirm');

  return (
    <Modal.Root open onOpenChange={(open: boolean) => (open ? undefined : onClose())}>
      <Modal.Content>
        <Modal.Header closeLabel={t('common.close', 'Close')}>
          <Modal.Title>{t('wizard.recap.title', 'Check before sending')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex tag="dl" direction="column" alignItems="stretch" gap={2}>
              <Row label={t('wizard.recap.name', 'Campaign')}>{draft.name}</Row>
              <Row label={t('wizard.recap.lists', 'Lists')}>{listNames.join(', ')}</Row>
              <Row label={t('wizard.recap.sender', 'Sender')}>{draft.sender || defaultSender}</Row>
              <Row label={t('wizard.recap.date', 'Date')}>
                {scheduledAt
                  ? formatDate(scheduledAt, { dateStyle: 'full', timeStyle: 'short', timeZone })
                  : t('wizard.recap.now', 'Now')}
              </Row>
              {audience ? (
                <>
                  <Row label={t('wizard.recap.recipients', 'Recipients')}>{n(audience.recipients)}</Row>
                  <Row label={t('wizard.recap.invalid', 'Invalid numbers')}>{n(audience.invalid)}</Row>
                  <Row label={t('wizard.recap.duplicates', 'Duplicates')}>{n(audience.duplicates)}</Row>
                  <Row label={t('wizard.recap.excluded', 'Excluded or opted out')}>{n(excluded ?? 0)}</Row>
                </>
              ) : null}
              {draft.trackedLinks.length > 0 ? (
                <Row label={t('wizard.recap.links', 'Tracked links')}>
                  {draft.trackedLinks.map((link) => link.url).join(' · ')}
                </Row>
              ) : null}
            </Flex>
            {estimate.isLoading ? (
              <Loader small>{t('wizard.recap.estimating', 'Counting the credits…')}</Loader>
            ) : !figures ? (
              <Alert variant="danger" closeLabel={t('common.close', 'Close')}>
                {estimate.error}
              </Alert>
            ) : (
              <Flex tag="dl" direction="column" alignItems="stretch" gap={2}>
                <Row label={t('wizard.recap.credits', 'Credits used')}>
                  {figures.worstCase !== figures.credits
                    ? t(
                        'wizard.recap.creditsWithWorst',
                        '{credits} (at most {worst} if every message were the longest)',
                        {
                          credits: n(figures.credits),
                          worst: n(figures.worstCase),
                        }
                      )
                    : n(figures.credits)}
                </Row>
                <Row label={t('wizard.recap.distribution', 'Messages per recipient')}>
                  {figures.distribution
                    .map((entry) =>
                      t('wizard.recap.distributionItem', '{recipients} × {segments} SMS', {
                        recipients: n(entry.recipients),
                        segments: entry.segments,
                      })
                    )
                    .join(' · ')}
                </Row>
                <Row label={t('wizard.recap.available', 'Credits available')}>
                  {figures.available === null ? t('wizard.recap.unlimited', 'Unlimited') : n(figures.available)}
                </Row>
                {figures.personalisationErrors + figures.forbiddenCharacters + figures.tooLong > 0 ? (
                  <Alert variant="warning" closeLabel={t('common.close', 'Close')}>
                    {t(
                      'wizard.recap.unreachable',
                      '{count, plural, one {# recipient} other {# recipients}} cannot receive the message as written (missing field, forbidden character or too long) and will not be billed.',
                      { count: figures.personalisationErrors + figures.forbiddenCharacters + figures.tooLong }
                    )}
                  </Alert>
                ) : null}
                {!figures.sufficient ? (
                  <Alert
                    variant="danger"
                    closeLabel={t('common.close', 'Close')}
                    title={t('wizard.recap.insufficient.title', 'Not enough credits')}
                  >
                    {t(
                      'wizard.recap.insufficient',
                      'This campaign needs {credits} credits and {available} are available. Top up your credits in the settings, or choose fewer recipients.',
                      { credits: n(figures.credits), available: n(figures.available ?? 0) }
                    )}
                  </Alert>
                ) : null}
              </Flex>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button
            disabled={!figures || !figures.sufficient || figures.billable === 0}
            loading={isSending}
            onClick={async () => {
              setIsSending(true);
              try {
                await onConfirm();
              } finally {
                setIsSending(false);
              }
            }}
          >
            {confirmLabel}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
