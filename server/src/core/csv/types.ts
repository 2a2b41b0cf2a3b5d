/**
 * Public vocabulary of the CSV layer (DESIGN.md, "The `./core` export": `detectCsvFormat` and the
 * streaming contact parser). Every failure a user can cause carries a machine code that the admin
 * translates; messages are for logs only.
 */
import type { PhoneReason } from '../phone';
import type { PhoneType } from '../types';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';
export type CsvDelimiter = ';' | ',' | '\t' | '|';
export type CsvLineEnding = '\r\n' | '\n' | '\r';

export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'windows-1252', 'utf-16le'];
/** In order of preference when two delimiters explain the sample equally well (French files first). */
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t', '|'];

/** Bytes of a file `detectCsvFormat` looks at; more is ignored. */
export const CSV_SAMPLE_BYTES = 64 * 1024;
/** Above this many columns a file is refused (`too-many-columns`): no mapping step can show it. */
export const CSV_MAX_COLUMNS = 500;
/** Longest column name, as for a name typed in the mapping step: a longer header cell is cut. */
export const CSV_MAX_FIELD_NAME = 100;
/**
 * Bytes (UTF-8) of JSON a row's fields may take once stored under their column names, empty cells
 * and the number left out: above, the row is rejected (`row-too-large`). A contact row takes a few
 * hundred; without a bound, a file of long names and short rows stored kilobytes a row.
 */
export const CSV_MAX_ROW_FIELDS_BYTES = 8 * 1024;

export type CsvWarning =
  /** Only ASCII bytes in the sample: UTF-8 and Windows-1252 read it the same; UTF-8 assumed. */
  | 'encoding-ascii-only'
  /** No delimiter splits the rows: a one-column file (a plain list of numbers). */
  | 'single-column'
  /** Rows of the sample do not all have the same number of cells. */
  | 'ragged-rows'
  /** The phone column was found by its values, not by its name. */
  | 'phone-column-by-values'
  /** The column named like a phone column holds few valid numbers in the sample. */
  | 'phone-column-values-invalid'
  /** No column looks like phone numbers: the user must choose one. */
  | 'no-phone-column'
  /** The sample holds a header (or nothing) but no data row. */
  | 'no-data-rows';

/** The result of `detectCsvFormat`: the contract's fields first, then extensions. */
export interface CsvFormat {
  encoding: CsvEncoding;
  /** The file starts with a byte order mark (stripped from every decoded text). */
  bom: boolean;
  delimiter: CsvDelimiter;
  /** The first non-blank row holds column names. */
  hasHeader: boolean;
  /**
   * One unique name per column: the header's names, trimmed (an empty or repeated name becomes
   * `Column 3` / `Nom (2)`); without a header, `Column 1`, `Column 2`…, as many as the widest row.
   */
  headers: string[];
  /** Index into `headers` of the phone column, or null when none is recognisable. */
  phoneColumn: number | null;
  lineEnding: CsvLineEnding;
  /** First data rows of the sample, decoded and trimmed, for the mapping step's preview. */
  sampleRows: string[][];
  /** Rough certainty of each decision, 0–1: the admin can ask the user to check a weak guess. */
  confidence: { encoding: number; delimiter: number; header: number; phoneColumn: number };
  warnings: CsvWarning[];
}

export type CsvErrorCode =
  /** No byte, or only blanks: nothing to import. */
  | 'empty'
  /** Not text: NUL bytes (not UTF-16), or many control characters (an image, a PDF…). */
  | 'binary'
  /** An Excel/OpenDocument workbook (ZIP or OLE container) renamed .csv: export it as CSV first. */
  | 'spreadsheet'
  /** UTF-16BE or UTF-32 text: the user should re-export as UTF-8 or "Unicode text". */
  | 'unsupported-encoding'
  /** More columns than `maxColumns` (details.columns, details.max). */
  | 'too-many-columns'
  /** One record longer than `maxRowChars` (an unterminated quote, usually; details.line). */
  | 'row-too-long'
  /** The parser was given no phone column (detection found none and the user chose none). */
  | 'no-phone-column';

/** Thrown by detection and parsing for input a user can fix; `code` is stable, for translations. */
export class CsvFormatError extends Error {
  readonly code: CsvErrorCode;
  readonly details: Readonly<Record<string, number | string>>;

  constructor(code: CsvErrorCode, details: Record<string, number | string> = {}) {
    super(`CSV ${code}${Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'CsvFormatError';
    this.code = code;
    this.details = details;
  }
}

export function isCsvFormatError(error: unknown): error is CsvFormatError {
  return error instanceof CsvFormatError;
}

/** Why a row's content cannot be stored, whatever its number: the import writes nothing of it. */
export type RowRejection =
  /** A NUL character (U+0000), which no PostgreSQL text holds: a damaged or binary file, usually. */
  | 'control-character'
  /** Its fields would take more than `CSV_MAX_ROW_FIELDS_BYTES` once stored. */
  | 'row-too-large';

export const ROW_REJECTIONS: readonly RowRejection[] = ['control-character', 'row-too-large'];

export const isRowRejection = (reason: string | null | undefined): reason is RowRejection =>
  typeof reason === 'string' && (ROW_REJECTIONS as readonly string[]).includes(reason);

/**
 * Why a row is not imported. A contact list keeps the rows of an invalid number (flagged), never
 * those of a `RowRejection`.
 */
export type ContactRejection = PhoneReason | 'not-mobile' | 'fixed-line' | 'duplicate' | RowRejection;

/** One data row of an imported file. */
export interface ContactRow {
  /**
   * The row number a spreadsheet shows for this record (the seeds' ID_LINE): the header is 1,
   * blank lines count, and a quoted cell spanning several text lines counts once.
   */
  line: number;
  /** The phone cell as written (trimmed). */
  phoneRaw: string;
  /** E.164, or null when the number is not valid. */
  phone: string | null;
  country: string | null;
  type: PhoneType;
  /** The number can receive the campaign: valid, in the allowed countries, mobile if required. */
  valid: boolean;
  /** A valid number already seen on an earlier row of the same file (the first one is kept). */
  duplicate: boolean;
  /** Set when the row is not imported (not valid, or a duplicate). */
  reason?: ContactRejection;
  /** Cell values by column name (`headers`), trimmed; missing cells are ''. */
  fields: Record<string, string>;
}

/** A rejected row kept for the downloadable "invalid rows" file. */
export interface RejectedRowExample {
  line: number;
  phoneRaw: string;
  reason: ContactRejection;
  fields: Record<string, string>;
}

/** The import summary the seeds show before saving ("synthèse des contacts"). */
export interface ContactImportSummary {
  headers: string[];
  phoneColumn: number;
  /** Non-blank data rows: valid + invalid. */
  rowsRead: number;
  /** Rows with a usable number, duplicates included. */
  valid: number;
  invalid: number;
  invalidByReason: Partial<Record<ContactRejection, number>>;
  /** First invalid rows, up to `maxInvalidExamples` (duplicates are counted, not kept). */
  invalidExamples: RejectedRowExample[];
  /** More invalid rows exist than `invalidExamples` holds. */
  invalidExamplesTruncated: boolean;
  /** Valid rows whose number appeared on an earlier row. */
  duplicates: number;
  /** Contacts to import: valid − duplicates. */
  final: number;
  /** Imported contacts by country (ISO code; '' for non-geographic numbers): "ventilation des destinations". */
  byCountry: Record<string, number>;
  /**
   * Numbers of the file (each once) the account knows already: contacts of the directory, and
   * numbers in the STOP list or another exclusion list. Set by the import's analysis.
   */
  alreadyKnown?: { directory: number; optOut: number; exclusion: number };
  /** Rows refused as `not-allowed-country`, by their country (BE, CH, RE…). */
  refusedByCountry?: Record<string, number>;
  byType: Partial<Record<PhoneType, number>>;
  /** For each column, how many imported contacts have it empty (the user may set a default value). */
  emptyFields: Record<string, number>;
  /** Lines with no content (skipped, but counted in line numbers). */
  blankLines: number;
  /** Rows with fewer cells than the header (missing cells read as ''), or more (extra cells dropped). */
  ragged: { tooFewCells: number; tooManyCells: number; exampleLines: number[] };
  /** Records where a quote was malformed or never closed (papaparse's Quotes errors). */
  malformedQuotes: number;
}
