/**
 * Turns records into contacts and builds the import summary: the header row, phone
 * normalisation, duplicates, ragged rows, counts by reason, country, type and empty field. Fed by
 * the CSV parser record by record, or with pasted values; it keeps no row, only counters.
 */
import { normalizePhone, type NormalizePhoneOptions } from '../phone';
import type { PhoneType } from '../types';
import { generatedHeaders, uniqueHeaders } from './header-names';
import { PhoneSet } from './phone-set';
import { isBlankRow, isSeparatorHint } from './rows';
import {
  CSV_MAX_COLUMNS,
  CSV_MAX_ROW_FIELDS_BYTES,
  CsvFormatError,
  type ContactImportSummary,
  type ContactRejection,
  type ContactRow,
  type CsvDelimiter,
  type RejectedRowExample,
  type RowRejection,
} from './types';

export interface ContactCollectorOptions extends NormalizePhoneOptions {
  /** The first non-blank record names the columns (it is read, not returned). */
  hasHeader: boolean;
  /** Index of the phone column; null is refused with `no-phone-column`. */
  phoneColumn: number | null;
  /** Names without a header (default `Column 1`…, as wide as the first record). */
  headers?: readonly string[];
  /** For Excel's `sep=;` hint line; default ';'. */
  delimiter?: CsvDelimiter;
  /** Only mobiles are valid (reason `not-mobile` otherwise). Default false: type is reported. */
  requireMobile?: boolean;
  /** A fixed line is invalid as `fixed-line` (seed 000's status 2); "fixed line or mobile" stays valid. */
  flagFixedLines?: boolean;
  /** Invalid rows kept in the summary for the downloadable file. Default 1,000. */
  maxInvalidExamples?: number;
  /** Default 500 (`too-many-columns` above). */
  maxColumns?: number;
}

export interface ContactCollector {
  /** One record of the file, in order. Returns its contact, or null for a header or blank line. */
  add(cells: readonly string[]): ContactRow | null;
  /** Column names (empty until the header row, or the first record, is read). */
  readonly headers: readonly string[];
  /** Records seen so far, blank lines and header included: the last `line` given out. */
  readonly lines: number;
  summary(malformedQuotes?: number): ContactImportSummary;
}

const MAX_RAGGED_EXAMPLES = 20;

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * `trim()` only when an end may be whitespace: most cells have none, and the call is a fifth of
 * the per-cell cost. Every character `trim` removes is ≤ U+0020, U+00A0, or ≥ U+1680.
 */
function trimmed(cell: string): string {
  const n = cell.length;
  if (n === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(n - 1);
  if (first > 0x20 && first !== 0xa0 && first < 0x1680 && last > 0x20 && last !== 0xa0 && last < 0x1680) return cell;
  return cell.trim();
}

/** Bytes of `text` in UTF-8 (a lone surrogate counts 3, as its replacement character). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Bytes of JSON the row's fields take once stored as the import stores them by default: under
 * their column names, without the number's column and without empty cells.
 */
function storedBytes(headers: readonly string[], fields: Record<string, string>, phoneColumn: number): number {
  const stored: Record<string, string> = {};
  headers.forEach((header, i) => {
    const value = fields[header]!;
    if (i !== phoneColumn && value !== '') stored[header] = value;
  });
  return utf8Length(JSON.stringify(stored));
}

export function createContactCollector(options: ContactCollectorOptions): ContactCollector {
  const { phoneColumn, hasHeader, requireMobile = false, flagFixedLines = false } = options;
  if (phoneColumn === null || phoneColumn < 0) throw new CsvFormatError('no-phone-column');
  const maxColumns = options.maxColumns ?? CSV_MAX_COLUMNS;
  const maxExamples = options.maxInvalidExamples ?? 1000;
  const delimiter = options.delimiter ?? ';';
  const phoneOptions: NormalizePhoneOptions = {
    defaultCountry: options.defaultCountry ?? 'FR',
    ...(options.allowedCountries ? { allowedCountries: options.allowedCountries } : {}),
  };

  let headers: string[] = [];
  let headerLengths: number[] = [];
  let width = 0;
  let emptyCounts = new Int32Array(0);
  /** Indexes of the current row's empty cells (counted only if the row is imported). */
  let emptyScratch = new Int32Array(0);
  let template: Record<string, string> = {};
  let line = 0;
  let started = false;
  const seen = new PhoneSet(1 << 16);
  const byCountry = new Map<string, number>();
  const refusedByCountry = new Map<string, number>();
  const byType: Partial<Record<PhoneType, number>> = {};
  const invalidByReason: Partial<Record<ContactRejection, number>> = {};
  const invalidExamples: RejectedRowExample[] = [];
  const ragged = { tooFewCells: 0, tooManyCells: 0, exampleLines: [] as number[] };
  let rowsRead = 0;
  let valid = 0;
  let invalid = 0;
  let duplicates = 0;
  let blankLines = 0;

  const setHeaders = (names: string[]): void => {
    if (names.length > maxColumns) {
      throw new CsvFormatError('too-many-columns', { columns: names.length, max: maxColumns });
    }
    if (phoneColumn >= names.length) throw new CsvFormatError('no-phone-column', { columns: names.length });
    headers = names;
    headerLengths = names.map((name) => name.length);
    width = names.length;
    emptyCounts = new Int32Array(width);
    emptyScratch = new Int32Array(width);
    template = {};
    for (const name of names) template[name] = '';
  };

  const noteRagged = (cells: readonly string[]): void => {
    if (cells.length < width) ragged.tooFewCells++;
    else {
      // Trailing empty cells (`a;b;c;;`) are spreadsheet padding, not extra data.
      let extra = false;
      for (let i = width; i < cells.length && !extra; i++) extra = cells[i]!.trim() !== '';
      if (!extra) return;
      ragged.tooManyCells++;
    }
    if (ragged.exampleLines.length < MAX_RAGGED_EXAMPLES) ragged.exampleLines.push(line);
  };

  const noteInvalid = (reason: ContactRejection, phoneRaw: string, fields: Record<string, string>): void => {
    invalid++;
    invalidByReason[reason] = (invalidByReason[reason] ?? 0) + 1;
    if (invalidExamples.length < maxExamples) invalidExamples.push({ line, phoneRaw, reason, fields });
  };

  const reject = (reason: RowRejection, phoneRaw: string, fields: Record<string, string>): ContactRow => {
    noteInvalid(reason, phoneRaw, fields);
    return {
      line,
      phoneRaw,
      phone: null,
      country: null,
      type: 'unknown',
      valid: false,
      duplicate: false,
      reason,
      fields,
    };
  };

  const add = (cells: readonly string[]): ContactRow | null => {
    line++;
    if (isBlankRow(cells)) {
      blankLines++;
      return null;
    }
    if (!started) {
      started = true;
      if (isSeparatorHint(cells, delimiter)) {
        started = false;
        return null;
      }
      if (hasHeader) {
        setHeaders(uniqueHeaders(cells));
        return null;
      }
      setHeaders(options.headers ? [...options.headers] : generatedHeaders(cells.length));
    }
    if (cells.length !== width) noteRagged(cells);

    // A copy of a template that has every column: one hidden class for all rows, and the stores
    // below hit existing properties (building each object key by key cost ~2 µs a row).
    const fields: Record<string, string> = { ...template };
    let empties = 0;
    let phoneRaw = '';
    let nul = false;
    /** Characters of the stored names and values: a JSON character takes 6 bytes at most (`\u0001`). */
    let chars = 0;
    for (let i = 0; i < width; i++) {
      const value = i < cells.length ? trimmed(cells[i]!) : '';
      fields[headers[i]!] = value;
      if (value === '') emptyScratch[empties++] = i;
      else {
        if (!nul && value.includes('\u0000')) nul = true;
        if (i !== phoneColumn) chars += headerLengths[i]! + value.length + 6;
      }
      if (i === phoneColumn) phoneRaw = value;
    }
    rowsRead++;
    // What the row holds cannot be stored, whatever its number: rejected before the number is
    // read, so that it neither counts as a contact nor hides a later row with the same number.
    // The exact size is measured only when the quick bound says the row may be too large.
    const unstorable: RowRejection | undefined = nul
      ? 'control-character'
      : chars * 6 + 2 > CSV_MAX_ROW_FIELDS_BYTES && storedBytes(headers, fields, phoneColumn) > CSV_MAX_ROW_FIELDS_BYTES
        ? 'row-too-large'
        : undefined;
    if (unstorable !== undefined) return reject(unstorable, phoneRaw, fields);

    const result = normalizePhone(phoneRaw, phoneOptions);
    let reason: ContactRejection | undefined = result.allowed ? undefined : (result.reason ?? 'invalid-number');
    if (reason === undefined && flagFixedLines && result.type === 'fixed') reason = 'fixed-line';
    if (reason === undefined && requireMobile && result.type !== 'mobile') reason = 'not-mobile';
    const ok = reason === undefined;
    let duplicate = false;
    if (!ok) {
      noteInvalid(reason!, phoneRaw, fields);
      if (reason === 'not-allowed-country' && result.country) bump(refusedByCountry, result.country);
      // A number the list cannot use (a destination not allowed, a fixed line) is kept once, flagged
      // invalid: a list holds a number once, and a second row of it would add nothing.
      if (result.e164) duplicate = !seen.add(result.e164);
    } else {
      valid++;
      duplicate = !seen.add(result.e164!);
      if (duplicate) {
        duplicates++;
        reason = 'duplicate';
      } else {
        bump(byCountry, result.country ?? '');
        byType[result.type] = (byType[result.type] ?? 0) + 1;
        for (let k = 0; k < empties; k++) emptyCounts[emptyScratch[k]!]!++;
      }
    }
    return {
      line,
      phoneRaw,
      phone: result.e164,
      country: result.country,
      type: result.type,
      valid: ok,
      duplicate,
      reason,
      fields,
    };
  };

  const summary = (malformedQuotes = 0): ContactImportSummary => {
    const emptyFields: Record<string, number> = {};
    headers.forEach((h, i) => (emptyFields[h] = emptyCounts[i]!));
    return {
      headers: [...headers],
      phoneColumn,
      rowsRead,
      valid,
      invalid,
      invalidByReason: { ...invalidByReason },
      invalidExamples: [...invalidExamples],
      invalidExamplesTruncated: invalid > invalidExamples.length,
      duplicates,
      final: valid - duplicates,
      byCountry: Object.fromEntries([...byCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
      refusedByCountry: Object.fromEntries(refusedByCountry),
      byType: { ...byType },
      emptyFields,
      blankLines,
      ragged: { ...ragged, exampleLines: [...ragged.exampleLines] },
      malformedQuotes,
    };
  };

  return {
    add,
    get headers() {
      return headers;
    },
    get lines() {
      return line;
    },
    summary,
  };
}
