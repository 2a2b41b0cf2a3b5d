import type { MessageDescriptor } from 'react-intl';

import {
  ACTIVE_IMPORT_STATUSES,
  IMPORT_ERROR_CODES,
  type ImportErrorCode,
  type ImportJob,
} from '../../../server/src/contracts';
import {
  isRowRejection,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvWarning,
  type RowRejection,
} from '../../../server/src/core/csv/types';

import { getTranslation } from './getTranslation';
import { numberReasonMessage } from './phone';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/**
 * What went wrong and what to do about it, for every code the import routes and jobs report.
 * Placeholders come from the error's details (`columns`, `max`, `line`).
 */
export const IMPORT_ERROR_MESSAGES: Record<ImportErrorCode, MessageDescriptor> = {
  empty: message('import.error.empty', 'This file is empty: there is nothing to import.'),
  binary: message(
    'import.error.binary',
    'This file is not a text file. Export your spreadsheet as CSV (separator ;) and try again.'
  ),
  spreadsheet: message(
    'import.error.spreadsheet',
    'This is an Excel or OpenDocument workbook renamed .csv. Open it in your spreadsheet, choose “Save as” CSV (separator ;) and import that file.'
  ),
  'unsupported-encoding': message(
    'import.error.unsupported-encoding',
    'This file uses a text encoding the import cannot read (UTF-16 big-endian or UTF-32). Save it again as CSV UTF-8, or as “Unicode text” from Excel.'
  ),
  'too-many-columns': message(
    'import.error.too-many-columns',
    'This file has {columns, number} columns; at most {max, number} can be imported. Remove the columns you do not need, or check the separator.'
  ),
  'row-too-long': message(
    'import.error.row-too-long',
    'Line {line, number} never ends: a quote (") is probably opened and never closed. Fix that line in your spreadsheet and import the file again.'
  ),
  'no-phone-column': message(
    'import.error.no-phone-column',
    'No column holds the mobile numbers. Choose the column with the numbers in “Mobile number column”.'
  ),
  'no-file': message('import.error.no-file', 'No file was received. Choose a file and try again.'),
  'too-many-files': message('import.error.too-many-files', 'Import one file at a time.'),
  'file-too-large': message(
    'import.error.file-too-large',
    'This file is larger than the server accepts. Split it into smaller files, or ask your administrator to raise the upload limit.'
  ),
  'upload-interrupted': message(
    'import.error.upload-interrupted',
    'The upload was interrupted before the whole file arrived. Check your connection and upload the file again.'
  ),
  'file-gone': message(
    'import.error.file-gone',
    'The uploaded file has expired on the server. Upload it again to import it.'
  ),
  'no-valid-contacts': message(
    'import.error.no-valid-contacts',
    'No row of this file holds a valid mobile number: nothing was imported. Check the mobile number column.'
  ),
  interrupted: message(
    'import.error.interrupted',
    'The server stopped during the import. Everything it had written was rolled back: start the import again.'
  ),
  failed: message(
    'import.error.failed',
    'The import failed and everything it had written was rolled back. Try again; if it fails again, contact your administrator.'
  ),
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isImportErrorCode = (code: unknown): code is ImportErrorCode =>
  typeof code === 'string' && (IMPORT_ERROR_CODES as readonly string[]).includes(code);

export interface ImportError {
  code: ImportErrorCode;
  details: Record<string, unknown>;
}

/**
 * The import problem a request failed with (`error.details.code`), or null for any other error.
 * A 413 comes from the body parser before the plugin sees the file, so it carries no code.
 */
export const getImportError = (thrown: unknown): ImportError | null => {
  if (!isRecord(thrown)) return null;
  const response = isRecord(thrown.response) ? thrown.response : null;
  const apiError = response && isRecord(response.data) && isRecord(response.data.error) ? response.data.error : null;
  const details = apiError && isRecord(apiError.details) ? apiError.details : {};
  if (isImportErrorCode(details.code)) return { code: details.code, details };
  if (thrown.status === 413 || apiError?.status === 413) return { code: 'file-too-large', details: {} };
  return null;
};

/** Placeholder values of an error's details: numbers stay numbers so that they are formatted. */
export const importErrorValues = (details: Record<string, unknown>): Record<string, string | number> => {
  const values: Record<string, string | number> = { columns: 0, max: 0, line: 0 };
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'number' || typeof value === 'string') values[key] = value;
  }
  return values;
};

export const IMPORT_WARNING_MESSAGES: Record<CsvWarning, MessageDescriptor> = {
  'encoding-ascii-only': message(
    'import.warning.encoding-ascii-only',
    'The beginning of the file holds no accented letter, so its encoding cannot be told: UTF-8 is assumed. If accents look wrong in the preview, choose another encoding.'
  ),
  'single-column': message(
    'import.warning.single-column',
    'No separator splits the rows: the file is read as a single column. If it has several columns, choose the separator.'
  ),
  'ragged-rows': message(
    'import.warning.ragged-rows',
    'Some rows do not have as many cells as the others. Missing cells are imported empty; check the separator if the preview looks shifted.'
  ),
  'phone-column-by-values': message(
    'import.warning.phone-column-by-values',
    'The mobile number column was recognised by its values, not by its name. Check that it is the right one.'
  ),
  'phone-column-values-invalid': message(
    'import.warning.phone-column-values-invalid',
    'The column named like a phone column holds few valid numbers in the first rows. Check that it is the right one.'
  ),
  'no-phone-column': message(
    'import.warning.no-phone-column',
    'No column looks like mobile numbers. Choose the column that holds them.'
  ),
  'no-data-rows': message(
    'import.warning.no-data-rows',
    'The beginning of the file holds no contact, only column names. Check “First row holds column names”.'
  ),
};

/** Rows rejected for what they hold, whatever their number (the import writes nothing of them). */
export const ROW_REJECTION_MESSAGES: Record<RowRejection, MessageDescriptor> = {
  'control-character': message(
    'import.rejection.control-character',
    'Contains a NUL character, which cannot be stored: the file is probably damaged. Fix or remove this row.'
  ),
  'row-too-large': message(
    'import.rejection.row-too-large',
    'Too much text in this row to be stored (more than 8 KB): shorten its cells in your spreadsheet and import the file again.'
  ),
};

/** What a rejection reason of the summary means: the row's content, or its number. */
export const rejectionMessage = (reason: string): MessageDescriptor =>
  isRowRejection(reason) ? ROW_REJECTION_MESSAGES[reason] : numberReasonMessage(reason);

export const ENCODING_LABELS: Record<CsvEncoding, MessageDescriptor> = {
  'utf-8': message('import.encoding.utf-8', 'UTF-8'),
  'windows-1252': message('import.encoding.windows-1252', 'Windows-1252 / ISO-8859-1 (Western Europe)'),
  'utf-16le': message('import.encoding.utf-16le', 'UTF-16LE (Excel “Unicode text”)'),
};

export const DELIMITER_LABELS: Record<CsvDelimiter, MessageDescriptor> = {
  ';': message('import.delimiter.semicolon', 'Semicolon ( ; )'),
  ',': message('import.delimiter.comma', 'Comma ( , )'),
  '\t': message('import.delimiter.tab', 'Tab'),
  '|': message('import.delimiter.pipe', 'Vertical bar ( | )'),
};

/** The job moves without the user (a Strapi instance works on it): its page polls the server. */
export const isWorking = (job: Pick<ImportJob, 'status'> | undefined) =>
  job !== undefined && ACTIVE_IMPORT_STATUSES.includes(job.status);
