import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { BACKGROUND_IMPORT_ROWS, type ListSummary } from '../../../../server/src/contracts';
import type { ContactImportSummary } from '../../../../server/src/core/csv/types';
import { getTranslation } from '../../utils/getTranslation';
import { CheckboxField } from '../form/CheckboxField';

import { SummaryView } from './SummaryView';
import { TargetFields, type NewListTarget } from './TargetFields';

interface SummaryStepProps {
  summary: ContactImportSummary;
  list: ListSummary | null;
  /** The lists the standalone wizard may append to. */
  lists?: readonly ListSummary[];
  isExclusion: boolean;
  target: NewListTarget;
  targetNameError?: string;
  targetListError?: string;
  /** The contacts also go to the directory. */
  directory: boolean;
  /** Invalid rows are kept in the contact list, flagged. */
  keepInvalid: boolean;
  isBusy: boolean;
  onTargetChange: (target: NewListTarget) => void;
  onKeepInvalidChange: (keepInvalid: boolean) => void;
  onDownloadRejected?: () => void;
  onBack: () => void;
  onStart: () => void;
}

/** Step 3: what the import will do, where it goes, then "Import". */
export const SummaryStep = ({
  summary,
  list,
  lists,
  isExclusion,
  target,
  targetNameError,
  targetListError,
  directory,
  keepInvalid,
  isBusy,
  onTargetChange,
  onKeepInvalidChange,
  onDownloadRejected,
  onBack,
  onStart,
}: SummaryStepProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  // Rows whose content cannot be stored are never written; the other invalid rows may be kept, flagged.
  const invalidRows =
    summary.invalid -
    (summary.invalidByReason['control-character'] ?? 0) -
    (summary.invalidByReason['row-too-large'] ?? 0);
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <SummaryView summary={summary} onDownloadRejected={onDownloadRejected} />
      <TargetFields
        list={list}
        lists={lists}
        isExclusion={isExclusion}
        value={target}
        nameError={targetNameError}
        listError={targetListError}
        disabled={isBusy}
        onChange={onTargetChange}
      />
      <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography variant="delta" tag="h3">
            {t('import.writes.title', 'What the import writes')}
          </Typography>
          <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
            <Typography tag="li" textColor="neutral800">
              {isExclusion
                ? t(
                    'import.writes.exclusion',
                    '{count, plural, one {# number is added} other {# numbers are added}} to the exclusion list.',
                    {
                      count: summary.final,
                    }
                  )
                : directory
                  ? t(
                      'import.writes.validDirectory',
                      '{count, plural, one {# valid contact is added} other {# valid contacts are added}} to the list and to the directory.',
                      { count: summary.final }
                    )
                  : t(
                      'import.writes.valid',
                      '{count, plural, one {# valid contact is added} other {# valid contacts are added}} to the list.',
                      { count: summary.final }
                    )}
            </Typography>
            {summary.duplicates > 0 ? (
              <Typography tag="li" textColor="neutral800">
                {t(
                  'import.writes.duplicates',
                  '{count, plural, one {# duplicate is} other {# duplicates are}} left out.',
                  {
                    count: summary.duplicates,
                  }
                )}
              </Typography>
            ) : null}
            {!isExclusion && invalidRows > 0 && keepInvalid ? (
              <Typography tag="li" textColor="neutral800">
                {t(
                  'import.writes.invalidKept',
                  '{count, plural, one {# invalid row is} other {# invalid rows are}} kept in the list, flagged: {count, plural, one {it is} other {they are}} never messaged.',
                  { count: invalidRows }
                )}
              </Typography>
            ) : null}
          </Flex>
          {!isExclusion && invalidRows > 0 ? (
            <CheckboxField
              checked={keepInvalid}
              disabled={isBusy}
              onChange={onKeepInvalidChange}
              label={t('import.keepInvalid', 'Keep the invalid rows in the list, flagged')}
              hint={t(
                'import.keepInvalid.hint',
                'Kept rows show why each number cannot be messaged; untick it for a list that holds valid numbers only.'
              )}
            />
          ) : null}
        </Flex>
      </Box>
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
