import * as React from 'react';

import { Box, Button, Dialog, Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import type { ImportJob } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { IMPORT_ERROR_MESSAGES, importErrorValues } from '../../utils/importMessages';
import { writtenPercent } from '../../utils/importProgress';
import { LabelledProgressBar } from '../common/LabelledProgressBar';

interface ImportOutcomeProps {
  job: ImportJob;
  /** Where the list the contacts went to is edited, once known. */
  listLink: string | null;
  /** A fresh wizard with the same target. */
  restartLink: string;
  /** Opened from a campaign's recipients step: back there, with the new list added. */
  campaignLink?: string | null;
  onCancel: () => Promise<unknown>;
}

/** Step 4: the import's progress with a cancel, then what it did (or why it did not). */
export const ImportOutcome = ({ job, listLink, restartLink, campaignLink, onCancel }: ImportOutcomeProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [isConfirming, setIsConfirming] = React.useState(false);

  const restart = (
    <LinkButton tag={Link} to={restartLink} variant="secondary">
      {t('import.restart', 'Import another file')}
    </LinkButton>
  );
  const openList = campaignLink ? (
    <LinkButton tag={Link} to={campaignLink} endIcon={<ArrowRight />}>
      {t('wizard.import.backToCampaign', 'Add it to the campaign')}
    </LinkButton>
  ) : listLink ? (
    <LinkButton tag={Link} to={listLink} endIcon={<ArrowRight />}>
      {t('import.openList', 'Open the list')}
    </LinkButton>
  ) : null;

  if (job.status === 'importing' || job.status === 'cancelling') {
    const percent = writtenPercent(job);
    const label = t('import.progress.label', '{written} of {total} rows written', {
      written: formatNumber(job.progress.written),
      total: formatNumber(job.summary?.rowsRead ?? 0),
    });
    return (
      <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="delta" tag="h3">
            {job.status === 'cancelling'
              ? t('import.progress.cancelling', 'Cancelling: removing what was written…')
              : t('import.progress.title', 'Importing…')}
          </Typography>
          {job.queued ? (
            <Typography textColor="neutral600">
              {t('import.queued', 'Waiting for another import to finish…')}
            </Typography>
          ) : (
            <>
              <LabelledProgressBar value={percent} label={label} valueText={label} />
              <Typography textColor="neutral600">{label}</Typography>
            </>
          )}
          <Typography variant="pi" textColor="neutral600">
            {t(
              'import.progress.leave',
              'You can leave this page: the import goes on on the server, and the lists page shows its progress.'
            )}
          </Typography>
          {job.status === 'importing' ? (
            <Box>
              <Dialog.Root open={isConfirming} onOpenChange={setIsConfirming}>
                <Dialog.Trigger>
                  <Button variant="danger-light">{t('import.cancel', 'Cancel the import')}</Button>
                </Dialog.Trigger>
                <ConfirmDialog
                  title={t('import.cancel.title', 'Cancel the import?')}
                  onConfirm={async () => {
                    await onCancel();
                  }}
                >
                  {t(
                    'import.cancel.body',
                    'Everything the import has written so far is removed: the list and the directory go back to how they were before.'
                  )}
                </ConfirmDialog>
              </Dialog.Root>
            </Box>
          ) : null}
        </Flex>
      </Box>
    );
  }

  if (job.status === 'completed' && job.result) {
    const { result } = job;
    const rows = [
      { key: 'added', label: t('import.result.added', 'Contacts added to the list'), value: result.added },
      { key: 'created', label: t('import.result.created', 'New contacts in the directory'), value: result.created },
      { key: 'updated', label: t('import.result.updated', 'Directory contacts updated'), value: result.updated },
      {
        key: 'alreadyPresent',
        label: t('import.result.alreadyPresent', 'Already in the list'),
        value: result.alreadyPresent,
      },
      {
        key: 'invalidValues',
        label: t('import.result.invalidValues', 'Values that did not fit their attribute (left empty)'),
        value: result.invalidValues,
      },
    ];
    return (
      <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="delta" tag="h3">
            {t('import.result.title', 'Import completed')}
          </Typography>
          <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
            {rows.map((row) => (
              <Flex key={row.key} tag="li" justifyContent="space-between" gap={4}>
                <Typography textColor="neutral800">{row.label}</Typography>
                <Typography fontWeight="bold" textColor="neutral800">
                  {formatNumber(row.value)}
                </Typography>
              </Flex>
            ))}
          </Flex>
          <Flex gap={2}>
            {openList}
            {restart}
          </Flex>
        </Flex>
      </Box>
    );
  }

  const failure = job.status === 'failed';
  return (
    <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h3">
          {failure ? t('import.failed.title', 'The import failed') : t('import.cancelled.title', 'Import cancelled')}
        </Typography>
        <Typography textColor="neutral800" role={failure ? 'alert' : undefined}>
          {failure
            ? formatMessage(
                IMPORT_ERROR_MESSAGES[job.error?.code ?? 'failed'],
                importErrorValues(job.error?.details ?? {})
              )
            : t(
                'import.cancelled.body',
                'Everything the import had written was rolled back: the list and the directory are as they were before.'
              )}
        </Typography>
        <Flex gap={2}>{restart}</Flex>
      </Flex>
    </Box>
  );
};
