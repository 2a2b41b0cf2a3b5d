/**
 * The one CSV writer of the plugin's exports (lists, contacts, reports, invalid rows): RFC 4180
 * quoting, and cells neutralised against formula injection (OWASP "CSV Injection").
 */

/** Put first in an exported file so that Excel reads it as UTF-8 ("Prénom", not "PrÃ©nom"). */
export const CSV_UTF8_BOM = '\uFEFF';

// `+33 6 12 34 56 78`, `-12,5`, `+1 (800) 555-0100`: numbers a spreadsheet shows as they are.
const SIGNED_NUMBER = /^[+-][\d\s.,()/-]*\d[\d\s.,()/-]*$/;

/**
 * Where a spreadsheet may start a cell inside ours: it splits at `,`, `;` or a tab when it is set
 * to that separator (whatever the file's), and at a line break when quotes are not read as ours.
 */
const SPLITS = /[,;\t\r\n]/;
const isSplit = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x09 || c === 0x0d || c === 0x0a;

/**
 * What a spreadsheet skips before it looks for a formula: whitespace (NBSP, the BOM and line
 * breaks included), the invisible zero-width space and word joiner, and quotes (a quote a
 * spreadsheet does not read as ours is dropped or kept, depending on the program).
 */
const isSkipped = (c: number): boolean =>
  c === 0x20 ||
  c === 0x22 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  c === 0x180e ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x2060 ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * A `+` or `-` at `at` starts a plain number (a phone number, `-12,5`), not a formula: the rest
 * of the cell is a number, and so is its first piece should a spreadsheet split it at a comma.
 */
function startsNumber(value: string, at: number): boolean {
  if (!SIGNED_NUMBER.test(value.slice(at))) return false;
  for (let i = at + 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
    if (isSplit(c)) return false;
  }
  return false;
}

function startsFormula(value: string, at: number, numbers: boolean): boolean {
  const c = value.charCodeAt(at);
  if (c === 0x3d /* = */ || c === 0x40 /* @ */) return true;
  return (c === 0x2b /* + */ || c === 0x2d) /* - */ && !(numbers && startsNumber(value, at));
}

/**
 * Makes a cell safe to open in a spreadsheet, whatever separator it is set to. A `'` goes before
 * every character that would start a formula: an `=` or `@`, or a `+`/`-` that does not start a
 * plain number, at the start of the cell or right after a `,`, `;`, tab or line break (where a
 * spreadsheet set to another separator starts a cell), spaces, NBSP, zero-width spaces, BOMs and
 * quotes allowed before it. A cell starting with a tab or a carriage return gets one too (OWASP).
 * The quote makes the text shown, never evaluated.
 *
 * Plain numbers (`+33612345678`, `-12,5`) are left alone in a `;` file (the default): a `;` after
 * them cannot continue a formula in any spreadsheet. In a `,` or tab file they are neutralised
 * too, since a French spreadsheet reading `-1,5+cmd|…` as one cell would take it for one formula.
 */
export function neutralizeCsvCell(value: string, delimiter = ';'): string {
  const n = value.length;
  if (n === 0) return value;
  const numbers = delimiter === ';';
  const first = value.charCodeAt(0);
  // Most cells: no separator inside, and a first character that neither starts a formula nor is skipped.
  if (!isSkipped(first) && !startsFormula(value, 0, numbers) && !SPLITS.test(value)) return value;

  let out = first === 0x09 || first === 0x0d ? "'" : '';
  let from = 0;
  let at = 0;
  while (at < n) {
    let j = at;
    while (j < n && isSkipped(value.charCodeAt(j))) j++;
    if (j === n) break;
    if (startsFormula(value, j, numbers)) {
      out += value.slice(from, j) + "'";
      from = j;
    }
    // The next place a cell can start is after a separator at or beyond the character found: any
    // before it was followed by skipped characters only, which led to the same character.
    let k = j;
    while (k < n && !isSplit(value.charCodeAt(k))) k++;
    at = k + 1;
  }
  return from === 0 && out === '' ? value : out + value.slice(from);
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
 * Quoted: a cell holding a quote or any separator a spreadsheet may be set to, not only the
 * file's. A program that guesses the separator counts those outside quotes only, so a `;` file
 * full of `a,b` cells is still read as `;`-separated.
 */
const NEEDS_QUOTES = /["\r\n,;\t|]/;

/**
 * One CSV record: values joined with the delimiter (default ';', for French Excel), text cells
 * neutralised, and quoted when they hold a quote, a `,`, `;`, tab, `|` or line break. A NUL
 * (a rejected row's, in the rejected rows) is written as U+FFFD: some programs stop reading at one.
 */
export function toCsvLine(values: readonly CsvValue[], delimiter = ';', options: CsvLineOptions = {}): string {
  const neutralize = options.neutralize ?? true;
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let text = cellText(value);
    if (text.includes('\u0000')) text = text.split('\u0000').join('\uFFFD');
    if (neutralize && typeof value === 'string') text = neutralizeCsvCell(text, delimiter);
    if (NEEDS_QUOTES.test(text) || text.includes(delimiter)) text = `"${text.replace(/"/g, '""')}"`;
    line += i === 0 ? text : delimiter + text;
  }
  return line + (options.eol ?? '\r\n');
}
