/**
 * The one CSV writer of the plugin's exports (lists, contacts, reports, invalid rows): RFC 4180
 * quoting, and cells neutralised against formula injection (OWASP "CSV Injection").
 */

/** Put first in an exported file so that Excel reads it as UTF-8 ("Prénom", not "PrÃ©nom"). */
export const CSV_UTF8_BOM = '\uFEFF';

// `+33 6 12 34 56 78`, `-12,5`, `+1 (800) 555-0100`: numbers a spreadsheet shows as they are.
const SIGNED_NUMBER = /^[+-][\d\s.,()/-]*\d[\d\s.,()/-]*$/;

/**
 * Makes a cell safe to open in a spreadsheet: a text starting with `=`, `@`, a tab or a carriage
 * return, or with `+`/`-` not followed by a plain number, gets a leading `'` so that it is shown,
 * never evaluated. Phone numbers (`+33612345678`) and signed numbers are left alone.
 */
export function neutralizeCsvCell(value: string): string {
  if (value.length === 0) return value;
  const c = value.charCodeAt(0);
  if (c === 0x3d /* = */ || c === 0x40 /* @ */ || c === 0x09 || c === 0x0d) return `'${value}`;
  if ((c === 0x2b /* + */ || c === 0x2d) /* - */ && !SIGNED_NUMBER.test(value)) return `'${value}`;
  return value;
}

export interface CsvLineOptions {
  /** Default true. */
  neutralize?: boolean;
  /** Appended to the line. Default '\r\n' (RFC 4180). */
  eol?: string;
}

export type CsvValue = string | number | boolean | Date | null | undefined;

const cellText = (value: CsvValue): string =>
  value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);

/**
 * One CSV record: values joined with the delimiter (default ';', for French Excel), text cells
 * neutralised, and quoted when they hold the delimiter, a quote or a line break.
 */
export function toCsvLine(values: readonly CsvValue[], delimiter = ';', options: CsvLineOptions = {}): string {
  const neutralize = options.neutralize ?? true;
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let text = cellText(value);
    if (neutralize && typeof value === 'string') text = neutralizeCsvCell(text);
    if (text.includes(delimiter) || /["\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
    line += i === 0 ? text : delimiter + text;
  }
  return line + (options.eol ?? '\r\n');
}
