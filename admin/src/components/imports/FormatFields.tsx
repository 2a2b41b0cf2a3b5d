import { Box, Checkbox, Field, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ImportFormatInput, ImportJob } from '../../../../server/src/contracts';
import {
  CSV_DELIMITERS,
  CSV_ENCODINGS,
  type CsvDelimiter,
  type CsvEncoding,
} from '../../../../server/src/core/csv/types';
import { DELIMITER_LABELS, ENCODING_LABELS } from '../../utils/importMessages';
import { getTranslation } from '../../utils/getTranslation';

interface FormatFieldsProps {
  job: ImportJob;
  phoneColumn: number | null;
  disabled: boolean;
  onFormatChange: (format: ImportFormatInput) => void;
  onPhoneColumnChange: (column: number) => void;
}

/**
 * What detection decided, each choice changeable: encoding, separator, header row and the column
 * of mobile numbers. A changed format is read again by the server (new headers and preview).
 */
export const FormatFields = ({
  job,
  phoneColumn,
  disabled,
  onFormatChange,
  onPhoneColumnChange,
}: FormatFieldsProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const { encoding, delimiter, hasHeader, headers } = job.format;
  const format = { encoding, delimiter, hasHeader };
  // Pasted values are stored by the plugin, in UTF-8, one per line: encoding and separator are not the user's choice.
  const isFile = job.source === 'file';

  return (
    <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
      <Grid.Root gap={5}>
        {isFile ? (
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="encoding">
              <Field.Label>{t('import.format.encoding', 'Encoding')}</Field.Label>
              <SingleSelect
                value={encoding}
                disabled={disabled}
                onChange={(value) => onFormatChange({ ...format, encoding: value as CsvEncoding })}
              >
                {CSV_ENCODINGS.map((value) => (
                  <SingleSelectOption key={value} value={value}>
                    {formatMessage(ENCODING_LABELS[value])}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
        ) : null}
        {isFile ? (
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="delimiter">
              <Field.Label>{t('import.format.delimiter', 'Separator')}</Field.Label>
              <SingleSelect
                value={delimiter}
                disabled={disabled}
                onChange={(value) => onFormatChange({ ...format, delimiter: value as CsvDelimiter })}
              >
                {CSV_DELIMITERS.map((value) => (
                  <SingleSelectOption key={value} value={value}>
                    {formatMessage(DELIMITER_LABELS[value])}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
        ) : null}
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="phoneColumn"
            required
            error={
              phoneColumn === null
                ? t(
                    'import.format.phoneColumn.missing',
                    'No column was recognised as mobile numbers: choose the one that holds them.'
                  )
                : undefined
            }
          >
            <Field.Label>{t('import.format.phoneColumn', 'Mobile number column')}</Field.Label>
            <SingleSelect
              value={phoneColumn === null ? undefined : String(phoneColumn)}
              placeholder={t('import.format.phoneColumn.placeholder', 'Choose a column')}
              disabled={disabled}
              onChange={(value) => onPhoneColumnChange(Number(value))}
            >
              {headers.map((header, index) => (
                <SingleSelectOption key={index} value={String(index)}>
                  {header}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="flex-start" gap={2} paddingTop={6}>
          <Checkbox
            checked={hasHeader}
            disabled={disabled}
            onCheckedChange={(checked) => onFormatChange({ ...format, hasHeader: checked === true })}
          >
            {t('import.format.hasHeader', 'First row holds column names')}
          </Checkbox>
          <Typography variant="pi" textColor="neutral600">
            {t('import.format.hasHeader.hint', 'Untick it if the first row is already a contact.')}
          </Typography>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
