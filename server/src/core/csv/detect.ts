/**
 * `detectCsvFormat` (DESIGN.md, "The `./core` export"): from the first 64 KiB of a file, its
 * encoding, delimiter, header row, column names and phone column, with a preview for the mapping
 * step. Every choice can be forced through the options (the user's corrections), and the others
 * are then re-derived from it.
 */
import { normalizePhone } from '../phone';
import { detectEncoding, decodeSample } from './encoding';
import { generatedHeaders, isCommonFieldName, phoneHeaderScore, uniqueHeaders } from './header-names';
import { createRowReader, detectLineEnding, isBlankRow, isSeparatorHint } from './rows';
import {
  CSV_DELIMITERS,
  CSV_MAX_COLUMNS,
  CSV_SAMPLE_BYTES,
  CsvFormatError,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvFormat,
  type CsvWarning,
} from './types';

export interface DetectCsvFormatOptions {
  /** Country of numbers written nationally, to recognise phone values. Default 'FR'. */
  defaultCountry?: string;
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  hasHeader?: boolean;
  /** Data rows returned in `sampleRows`. Default 5. */
  sampleRows?: number;
  /** Default 500. */
  maxColumns?: number;
  /**
   * The bytes are only the start of the file, so its last line may be cut. Default: true when
   * 64 KiB or more are given, false for less (a whole small file).
   */
  truncated?: boolean;
}

/** Records of the sample used to decide (more cost time and add nothing). */
const MAX_RECORDS = 1000;
/** Data rows whose values are tested as phone numbers. */
const MAX_PHONE_ROWS = 200;
/** Share of control characters above which decoded text is not text. */
const MAX_CONTROL_SHARE = 0.02;

export function detectCsvFormat(bytes: Uint8Array, options: DetectCsvFormatOptions = {}): CsvFormat {
  const truncated = options.truncated ?? bytes.length >= CSV_SAMPLE_BYTES;
  const sample = bytes.subarray(0, CSV_SAMPLE_BYTES);
  if (sample.length === 0) throw new CsvFormatError('empty');
  const detected = detectEncoding(sample, truncated);
  const encoding = options.encoding ?? detected.encoding;
  const bom = options.encoding === undefined || options.encoding === detected.encoding ? detected.bom : false;
  const text = decodeSample(sample, encoding);
  if (controlShare(text) > MAX_CONTROL_SHARE) throw new CsvFormatError('binary');
  if (text.trim() === '') throw new CsvFormatError('empty');

  const warnings: CsvWarning[] = [];
  if (detected.asciiOnly && options.encoding === undefined) warnings.push('encoding-ascii-only');
  const lineEnding = detectLineEnding(text);
  const maxColumns = options.maxColumns ?? CSV_MAX_COLUMNS;
  const phone = (value: string): ReturnType<typeof normalizePhone> =>
    normalizePhone(value, { defaultCountry: options.defaultCountry ?? 'FR' });

  // Delimiter: the one that splits the records into the same number of cells most consistently.
  const candidates = (options.delimiter ? [options.delimiter] : CSV_DELIMITERS).map((delimiter) => {
    const records = sampleRecords(text, delimiter, lineEnding, truncated);
    const { width, share } = modalWidth(records);
    return { delimiter, records, width, share };
  });
  const split = candidates.filter((c) => c.width >= 2);
  const bestShare = Math.max(0, ...split.map((c) => c.share));
  // Within 10 points of the most consistent, the one giving more columns (a decimal comma in every
  // row of a ';' file splits it in two, not in seven); then the preference order.
  const chosen =
    split.filter((c) => c.share >= bestShare - 0.1).sort((a, b) => b.width - a.width)[0] ??
    candidates.find((c) => c.delimiter === (options.delimiter ?? ';'))!;
  if (chosen.width < 2) warnings.push('single-column');
  const delimiterConfidence = options.delimiter ? 1 : chosen.width < 2 ? 0.5 : chosen.share;

  const records = chosen.records;
  const widest = records.reduce((max, r) => Math.max(max, r.length), 0);
  if (widest > maxColumns) throw new CsvFormatError('too-many-columns', { columns: widest, max: maxColumns });
  if (records.some((r) => r.length !== chosen.width)) warnings.push('ragged-rows');

  const first = records[0] ?? [];
  const header =
    options.hasHeader === undefined
      ? looksLikeHeader(first, records.slice(1), phone)
      : { hasHeader: options.hasHeader, confidence: 1 };
  const data = header.hasHeader ? records.slice(1) : records;
  const headers = header.hasHeader
    ? uniqueHeaders([...first, ...generatedHeaders(widest).slice(first.length)])
    : generatedHeaders(widest);
  if (data.length === 0) warnings.push('no-data-rows');

  const phoneColumn = findPhoneColumn(header.hasHeader ? first : [], data, headers.length, phone);
  if (phoneColumn.warning) warnings.push(phoneColumn.warning);

  return {
    encoding,
    bom,
    delimiter: chosen.delimiter,
    hasHeader: header.hasHeader,
    headers,
    phoneColumn: phoneColumn.index,
    lineEnding,
    sampleRows: data.slice(0, options.sampleRows ?? 5).map((r) => r.map((c) => c.trim())),
    confidence: {
      encoding: options.encoding ? 1 : detected.confidence,
      delimiter: round(delimiterConfidence),
      header: round(header.confidence),
      phoneColumn: round(phoneColumn.confidence),
    },
    warnings,
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

/** Non-blank records of the sample, without Excel's `sep=` line and the record cut at the end. */
function sampleRecords(text: string, delimiter: CsvDelimiter, lineEnding: CsvFormat['lineEnding'], truncated: boolean) {
  const reader = createRowReader(delimiter, lineEnding, MAX_RECORDS);
  let records = reader.push(text);
  // A first line longer than the sample (thousands of columns): judge it from what was read.
  if (records.length === 0 && truncated) records = reader.end();
  else if (!truncated) records = records.concat(reader.end());
  records = records.filter((r) => !isBlankRow(r));
  if (records.length > 0 && isSeparatorHint(records[0]!, delimiter)) records.shift();
  return records;
}

function modalWidth(records: readonly string[][]): { width: number; share: number } {
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  return { width, share: records.length === 0 ? 0 : best / records.length };
}

type Phone = (value: string) => ReturnType<typeof normalizePhone>;
const hasLetter = (s: string): boolean => /\p{L}/u.test(s);
const looksNumeric = (s: string): boolean => /^[\s\d+().,/:-]*\d[\s\d+().,/:-]*$/.test(s);

/** A first row is a header when it holds names: no phone number, a known name, or text above numbers. */
function looksLikeHeader(first: readonly string[], rest: readonly string[][], phone: Phone) {
  const cells = first.map((c) => c.trim());
  if (cells.some((c) => /\d/.test(c) && phone(c).valid)) return { hasHeader: false, confidence: 0.95 };
  if (cells.some((c) => phoneHeaderScore(c) >= 2 || isCommonFieldName(c))) return { hasHeader: true, confidence: 0.95 };
  if (cells.some((c) => c !== '' && !hasLetter(c))) return { hasHeader: false, confidence: 0.8 };
  // Text above a column of numbers (or of e-mail addresses) is that column's name.
  const named = cells.some((c, i) => {
    const values = rest.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
    if (c === '' || values.length === 0) return false;
    const numeric = values.filter(looksNumeric).length / values.length;
    const emails = values.filter((v) => v.includes('@')).length / values.length;
    return (numeric >= 0.6 && !looksNumeric(c)) || (emails >= 0.6 && !c.includes('@'));
  });
  if (named) return { hasHeader: true, confidence: 0.85 };
  const distinct = new Set(cells).size === cells.length && cells.every((c) => c !== '');
  return distinct ? { hasHeader: true, confidence: 0.55 } : { hasHeader: false, confidence: 0.55 };
}

interface PhoneColumnGuess {
  index: number | null;
  confidence: number;
  warning?: CsvWarning;
}

/**
 * By name first (mobile names over generic phone names), as long as its values are not mostly
 * something else (an "SMS" column of yes/no consents); else the column whose values are mostly
 * valid numbers, mobiles preferred.
 */
function findPhoneColumn(
  names: readonly string[],
  data: readonly string[][],
  width: number,
  phone: Phone
): PhoneColumnGuess {
  const rows = data.slice(0, MAX_PHONE_ROWS);
  const columns = Array.from({ length: width }, (_, i) => {
    let filled = 0;
    let valid = 0;
    let mobile = 0;
    for (const r of rows) {
      const v = (r[i] ?? '').trim();
      if (v === '') continue;
      filled++;
      if (v.length > 32 || !/\d/.test(v)) continue;
      const result = phone(v);
      if (result.valid) valid++;
      if (result.valid && result.type === 'mobile') mobile++;
    }
    const share = filled === 0 ? 0 : valid / filled;
    return {
      index: i,
      score: phoneHeaderScore(names[i] ?? ''),
      filled,
      share,
      mobile: filled === 0 ? 0 : mobile / filled,
    };
  });
  const byQuality = (a: (typeof columns)[number], b: (typeof columns)[number]): number =>
    b.score - a.score || b.mobile - a.mobile || b.share - a.share || a.index - b.index;

  const named = columns.filter((c) => c.score > 0).sort(byQuality);
  // A fixed-line or bare "Numéro" name (score 1) does not beat a column of mobiles found by value.
  const plausible = named.filter((c) => c.score >= 2 && (c.filled === 0 || c.share >= 0.5));
  if (plausible[0]) {
    const c = plausible[0];
    return { index: c.index, confidence: c.filled === 0 ? 0.6 : Math.min(1, 0.5 + c.score / 6 + c.share / 6) };
  }
  const byValues = columns
    .filter((c) => c.share >= 0.5)
    .sort((a, b) => b.mobile - a.mobile || b.score - a.score || b.share - a.share || a.index - b.index);
  if (byValues[0]) {
    const c = byValues[0];
    return c.score > 0
      ? { index: c.index, confidence: Math.min(1, 0.5 + c.share / 3) }
      : { index: c.index, confidence: c.share, warning: 'phone-column-by-values' };
  }
  const best = named.find((c) => c.score >= 2);
  if (best) return { index: best.index, confidence: 0.3, warning: 'phone-column-values-invalid' };
  return { index: null, confidence: 0, warning: 'no-phone-column' };
}
