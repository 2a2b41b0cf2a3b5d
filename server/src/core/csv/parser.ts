/**
 * The streaming contact parser the import uses: bytes in (any chunk size), batches of contacts
 * out, memory bounded by one chunk, one pending record and the set of numbers seen.
 *
 *   iconv-lite decoder → papaparse (record by record) → contact collector → batches
 *
 * Push-based and synchronous, with no Node import: the caller awaits its database writes between
 * two `write` calls, which is the back-pressure (see `contactBatches` for an async source).
 */
import { createContactCollector, type ContactCollectorOptions } from './collector';
import { createDecoder } from './encoding';
import { createRowReader, detectLineEnding, type RowReader } from './rows';
import {
  CsvFormatError,
  type ContactImportSummary,
  type ContactRow,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvLineEnding,
} from './types';

/** What the parser needs of `detectCsvFormat`'s result; each field can be overridden by the user. */
export interface ContactParserFormat {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  hasHeader: boolean;
  phoneColumn: number | null;
  /** Used as the column names when there is no header row. */
  headers?: readonly string[];
  /** Guessed from the first chunk when absent. */
  lineEnding?: CsvLineEnding;
}

export interface ContactParserOptions
  extends Omit<ContactCollectorOptions, 'hasHeader' | 'phoneColumn' | 'headers' | 'delimiter'> {
  format: ContactParserFormat;
  /** Contacts per batch returned by `write`/`end`. Default 1,000. */
  batchSize?: number;
  /** Longest record accepted, in characters (`row-too-long` above: an unterminated quote). Default 1 MiB. */
  maxRowChars?: number;
}

export interface ContactParserProgress {
  /** Bytes given to `write`: with the file size, the progress bar. */
  bytes: number;
  /** Records read (header and blank lines included). */
  lines: number;
}

export interface ContactParser {
  /** Parses a chunk; returns the batches it completed (often none, rarely more than one). */
  write(chunk: Uint8Array): ContactRow[][];
  /** End of file: the last batch (possibly partial), or none. */
  end(): ContactRow[][];
  /** The summary so far; final after `end()`. */
  summary(): ContactImportSummary;
  progress(): ContactParserProgress;
}

/**
 * Bytes decoded and parsed at a time. Text with one character above U+00FF (an œ, a ’) is stored
 * two bytes a character, and V8 puts a string over 128 KiB in its large-object space: decoding a
 * 64 KiB chunk whole made every such string one, and cost 3–4× the parse itself.
 */
export const DECODE_PIECE = 16 * 1024;

export function createContactParser(options: ContactParserOptions): ContactParser {
  const { format } = options;
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const maxRowChars = options.maxRowChars ?? 1 << 20;
  const collector = createContactCollector({
    ...options,
    hasHeader: format.hasHeader,
    phoneColumn: format.phoneColumn,
    delimiter: format.delimiter,
    ...(format.headers && !format.hasHeader ? { headers: format.headers } : {}),
  });
  const decoder = createDecoder(format.encoding);
  let reader: RowReader | undefined;
  let batch: ContactRow[] = [];
  let bytes = 0;
  let ended = false;

  const take = (records: string[][], out: ContactRow[][]): void => {
    for (const cells of records) {
      const row = collector.add(cells);
      if (row === null) continue;
      batch.push(row);
      if (batch.length >= batchSize) {
        out.push(batch);
        batch = [];
      }
    }
  };

  const feed = (text: string, out: ContactRow[][]): void => {
    if (text.length === 0) return;
    reader ??= createRowReader(format.delimiter, format.lineEnding ?? detectLineEnding(text));
    take(reader.push(text), out);
    if (reader.pending > maxRowChars) {
      throw new CsvFormatError('row-too-long', { line: collector.lines + 1, maxRowChars });
    }
  };

  return {
    write(chunk) {
      if (ended) throw new Error('ContactParser.write() after end()');
      bytes += chunk.length;
      const out: ContactRow[][] = [];
      for (let at = 0; at < chunk.length; at += DECODE_PIECE) {
        feed(decoder.write(chunk.subarray(at, at + DECODE_PIECE)), out);
      }
      return out;
    },
    end() {
      if (ended) return [];
      ended = true;
      const out: ContactRow[][] = [];
      feed(decoder.end(), out);
      if (reader) take(reader.end(), out);
      if (batch.length > 0) out.push(batch);
      batch = [];
      return out;
    },
    summary: () => collector.summary(reader?.malformedQuotes ?? 0),
    progress: () => ({ bytes, lines: collector.lines }),
  };
}

/**
 * Batches of contacts from an async source of bytes (a Node Readable, a web ReadableStream's
 * iterator, an upload): the next chunk is read only once the caller is done with the batch.
 */
export async function* contactBatches(
  source: AsyncIterable<Uint8Array>,
  parser: ContactParser
): AsyncGenerator<ContactRow[], void, undefined> {
  for await (const chunk of source) yield* parser.write(chunk);
  yield* parser.end();
}
