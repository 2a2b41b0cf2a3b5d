/**
 * Records from decoded text pushed in pieces, with papaparse's parser: a record cut by the end of
 * a piece (even inside quotes) waits for the next piece, the way papaparse's own streamers do.
 */
import Papa from 'papaparse';
import type { CsvDelimiter, CsvLineEnding } from './types';

export interface RowReader {
  /** Complete records in `text` (and what was pending before it). */
  push(text: string): string[][];
  /** The last record, if the text did not end with a line break. */
  end(): string[][];
  /** Characters of the record still waiting for its end. */
  readonly pending: number;
  /** Records with a malformed or unterminated quoted field. */
  readonly malformedQuotes: number;
}

interface PapaParseResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

interface PapaParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): PapaParseResult;
}

export function createRowReader(delimiter: CsvDelimiter, lineEnding: CsvLineEnding, preview = 0): RowReader {
  const parser = new Papa.Parser({ delimiter, newline: lineEnding, preview }) as unknown as PapaParser;
  let partial = '';
  let malformed = 0;

  const run = (input: string, last: boolean): string[][] => {
    if (input.length === 0) return [];
    const result = parser.parse(input, 0, !last);
    const rows = result.data;
    partial = last ? '' : input.slice(result.meta.cursor);
    // An error on the record still pending would be counted again when it is parsed whole.
    let errorRow = -1;
    for (const e of result.errors) {
      if (e.row === undefined || (!last && e.row >= rows.length) || e.row === errorRow) continue;
      errorRow = e.row;
      malformed++;
    }
    return rows;
  };

  return {
    push: (text) => run(partial + text, false),
    end: () => run(partial, true),
    get pending() {
      return partial.length;
    },
    get malformedQuotes() {
      return malformed;
    },
  };
}

/** The line break most records end with (newlines inside quoted cells barely move the counts). */
export function detectLineEnding(text: string): CsvLineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  return cr > lf ? '\r' : '\n';
}

/** A record with nothing but blanks: an empty line, or `;;;` padding from a spreadsheet. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c.length !== 0 && c.trim() !== '') return false;
  return true;
}

/** Excel's `sep=;` first line names the delimiter; it is not data. */
export function isSeparatorHint(cells: readonly string[], delimiter: CsvDelimiter): boolean {
  return /^sep=.$/i.test(cells.join(delimiter).trim());
}
