import * as React from 'react';

import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Attribute, ColumnMapping, ImportFormatInput, ImportJob } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import type { MappingProblem } from '../../utils/importMapping';
import { IMPORT_WARNING_MESSAGES } from '../../utils/importMessages';
import { analysedPercent } from '../../utils/importProgress';

import { ColumnMappingTable } from './ColumnMappingTable';
import { FormatFields } from './FormatFields';
import { PreviewTable } from './PreviewTable';
import { LabelledProgressBar } from '../common/LabelledProgressBar';
import { CheckboxField } from '../form/CheckboxField';

interface FormatStepProps {
  job: ImportJob;
  isExclusion: boolean;
  attributes: readonly Attribute[];
  phoneColumn: number | null;
  mapping: readonly ColumnMapping[];
  problems: Record<number, MappingProblem>;
  directory: boolean;
  updateExisting: boolean;
  isBusy: boolean;
  /** The job is analysed and nothing that the analysis depends on changed: no need to analyse again. */
  canContinue: boolean;
  onFormatChange: (format: ImportFormatInput) => void;
  onPhoneColumnChange: (column: number) => void;
  onMappingChange: (index: number, mapping: ColumnMapping) => void;
  onDirectoryChange: (value: boolean) => void;
  onUpdateExistingChange: (value: boolean) => void;
  onAnalyse: () => void;
  onContinue: () => void;
}

/** Step 2: the format as detected (and corrected), the preview, the column mapping, then "Analyse". */
export const FormatStep = ({
  job,
  isExclusion,
  attributes,
  phoneColumn,
  mapping,
  problems,
  directory,
  updateExisting,
  isBusy,
  canContinue,
  onFormatChange,
  onPhoneColumnChange,
  onMappingChange,
  onDirectoryChange,
  onUpdateExistingChange,
  onAnalyse,
  onContinue,
}: FormatStepProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [dismissed, setDismissed] = React.useState<string[]>([]);
  const isAnalysing = job.status === 'analysing';
  const disabled = isBusy || isAnalysing;
  const warnings = job.preview.warnings.filter((warning) => !dismissed.includes(warning));
  const percent = analysedPercent(job);

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      {warnings.map((warning) => (
        <Alert
          key={warning}
          variant="warning"
          closeLabel={t('common.close', 'Close')}
          onClose={() => setDismissed((previous) => [...previous, warning])}
        >
          {formatMessage(IMPORT_WARNING_MESSAGES[warning])}
        </Alert>
      ))}
      <FormatFields
        job={job}
        phoneColumn={phoneColumn}
        disabled={disabled}
        onFormatChange={onFormatChange}
        onPhoneColumnChange={onPhoneColumnChange}
      />
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {t('import.preview.title', 'Preview')}
        </Typography>
        <PreviewTable headers={job.format.headers} rows={job.preview.sampleRows} phoneColumn={phoneColumn} />
      </Flex>
      {isExclusion ? null : (
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography variant="delta" tag="h2">
            {t('import.mapping.title', 'Columns to import')}
          </Typography>
          <Typography textColor="neutral600">
            {t(
              'import.mapping.intro',
              'A list field personalises the messages sent to this list, as {example}. An attribute also stores the value, typed, on the contact in the directory.',
              { example: '${Prénom}' }
            )}
          </Typography>
          <ColumnMappingTable
            headers={job.format.headers}
            sampleRows={job.preview.sampleRows}
            phoneColumn={phoneColumn}
            attributes={attributes}
            mapping={mapping}
            problems={problems}
            disabled={disabled}
            onChange={onMappingChange}
          />
          <Flex
            direction="column"
            alignItems="flex-start"
            gap={4}
            background="neutral0"
            padding={5}
            hasRadius
            shadow="filterShadow"
          >
            <CheckboxField
              checked={directory}
              disabled={disabled}
              onChange={onDirectoryChange}
              label={t('import.directory', 'Add the contacts to the directory')}
              hint={t(
                'import.directory.hint',
                'Each number becomes (or stays) one contact of the directory, with the attribute columns above. Unticked, the list stands alone and attribute columns are kept as list fields.'
              )}
            />
            <CheckboxField
              checked={directory && updateExisting}
              disabled={disabled || !directory}
              onChange={onUpdateExistingChange}
              label={t('import.updateExisting', 'Update existing contacts')}
              hint={t(
                'import.updateExisting.hint',
                'A number already in the directory gets the values of the attribute columns above. Left unticked, its current values are kept.'
              )}
            />
          </Flex>
        </Flex>
      )}
      {isAnalysing ? (
        <Box background="neutral0" padding={5} hasRadius shadow="filterShadow">
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography fontWeight="bold">{t('import.analysing', 'Analysing the file…')}</Typography>
            {job.queued ? (
              <Typography variant="pi" textColor="neutral600">
                {t('import.queued', 'Waiting for another import to finish…')}
              </Typography>
            ) : (
              <>
                <LabelledProgressBar value={percent} label={t('import.analysing', 'Analysing the file…')} />
                <Typography variant="pi" textColor="neutral600">
                  {t('import.analysing.rows', '{rows, number} rows read', { rows: job.progress.rows })}
                </Typography>
              </>
            )}
          </Flex>
        </Box>
      ) : (
        <Flex justifyContent="flex-end" gap={2}>
          {canContinue ? (
            <Button onClick={onContinue} disabled={disabled}>
              {t('import.continue', 'Continue to the summary')}
            </Button>
          ) : (
            <Button onClick={onAnalyse} loading={isBusy} disabled={phoneColumn === null}>
              {t('import.analyse', 'Analyse')}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
};
