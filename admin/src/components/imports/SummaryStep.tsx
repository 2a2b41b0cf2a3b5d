import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { BACKGROUND_IMPORT_ROWS, type ListSummary } from '../../../../server/src/contracts';
import type { ContactImportSummary } from '../../../../server/src/core/csv/types';
import { getTranslation } from '../../utils/getTranslation';

import { SummaryView } from './SummaryView';
import { TargetFields, type NewListTarget } from './TargetFields';

interface SummaryStepProps {
  summary: ContactImportSummary;
  list: ListSummary | null;
  isExclusion: boolean;
  target: NewListTarget;
  targetNameError?: string;
  isBusy: boolean;
  onTargetChange: (target: NewListTarget) => void;
  onDownloadRejected?: () => void;
  onBack: () => void;
  onStart: () => void;
}

/** Step 3: what the import will do, where it goes, then "Import". */
export const SummaryStep = ({
  summary,
  list,
  isExclusion,
  target,
  targetNameError,
  isBusy,
  onTargetChange,
  onDownloadRejected,
  onBack,
  onStart,
}: SummaryStepProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <SummaryView summary={summary} onDownloadRejected={onDownloadRejected} />
      <TargetFields
        list={list}
        isExclusion={isExclusion}
        value={target}
        nameError={targetNameError}
        disabled={isBusy}
        onChange={onTargetChange}
      />
      {summary.rowsRead > BACKGROUND_IMPORT_ROWS ? (
        <Box background="primary100" borderColor="primary200" padding={5} hasRadius>
          <Typography textColor="primary700">
            {t(
              'import.background.body',
              'More than {rows} rows: the import runs in the background. Once it has started you can leave this page; the lists page shows its progress.',
              { rows: formatNumber(BACKGROUND_IMPORT_ROWS) }
            )}
          </Typography>
        </Box>
      ) : null}
      <Flex justifyContent="space-between" gap={2}>
        <Button variant="tertiary" onClick={onBack} disabled={isBusy}>
          {t('import.back', 'Back to the format and columns')}
        </Button>
        <Button onClick={onStart} loading={isBusy} disabled={summary.final === 0}>
          {summary.final === 0
            ? t('import.nothingToImport', 'No valid contact to import')
            : t('import.start', '{count, plural, one {Import # contact} other {Import # contacts}}', {
                count: summary.final,
              })}
        </Button>
      </Flex>
    </Flex>
  );
};
