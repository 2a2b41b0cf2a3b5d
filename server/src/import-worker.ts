/**
 * The parsing side of an import, in a worker thread: it streams the stored file through the
 * contact parser and hands batches to the Strapi thread, which writes them. Parsing then runs on
 * another core while the database works, and its garbage stays in a small heap of its own
 * instead of inflating Strapi's (see `services/import/run.ts` for the other side).
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import {
  createContactParser,
  CSV_UTF8_BOM,
  isCsvFormatError,
  toCsvLine,
  type ContactParserOptions,
  type ContactRow,
} from './core';
import { createRowMapper, type PlannedColumn } from './services/import/plan';
import type { NewContact } from './services/import/bulk';

export interface WorkerJob {
  mode: 'analyse' | 'import';
  file: string;
  /** Analysis: where the rejected rows go. */
  rejectedFile?: string;
  parser: ContactParserOptions;
  /** Import: what each column becomes. */
  columns?: PlannedColumn[];
}

/** A parsed row as the writer needs it: its list fields already JSON, its contact already mapped. */
export interface PreparedRow {
  line: number;
  phoneRaw: string;
  phone: string | null;
  country: string | null;
  valid: boolean;
  duplicate: boolean;
  reason: string | null;
  fields: string;
  contact: NewContact | null;
}

export type WorkerMessage =
  | { type: 'progress'; bytes: number; rows: number }
  | { type: 'batch'; rows: PreparedRow[] }
  | { type: 'done'; summary: ReturnType<ReturnType<typeof createContactParser>['summary']>; invalidValues: number }
  | { type: 'error'; code: string | null; details: Record<string, string | number>; message: string };

/** Batches the writer has not taken yet: parsing runs this far ahead of the database, no further. */
const AHEAD = 2;

async function run(job: WorkerJob, port: NonNullable<typeof parentPort>) {
  const parser = createContactParser(job.parser);
  const mapper = createRowMapper(job.columns ?? []);
  let credits = AHEAD;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    credits += 1;
    wake?.();
  });
  const send = (message: WorkerMessage) => port.postMessage(message);

  const rejected = job.mode === 'analyse' && job.rejectedFile ? openSync(job.rejectedFile, 'w') : undefined;
  let headerWritten = false;
  const writeRejected = (rows: ContactRow[]) => {
    if (rejected === undefined) return;
    let text = '';
    if (!headerWritten) {
      headerWritten = true;
      text += CSV_UTF8_BOM + toCsvLine(['line', 'number', 'reason', ...Object.keys(rows[0]?.fields ?? {})]) + '\r\n';
    }
    for (const row of rows) {
      if (row.reason !== undefined)
        text += toCsvLine([row.line, row.phoneRaw, row.reason, ...Object.values(row.fields)]) + '\r\n';
    }
    if (text) writeSync(rejected, text);
  };

  const hand = async (rows: ContactRow[]) => {
    if (job.mode === 'analyse') {
      writeRejected(rows);
      return;
    }
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits -= 1;
    send({
      type: 'batch',
      rows: rows.map((row) => ({
        line: row.line,
        phoneRaw: row.phoneRaw,
        phone: row.phone,
        country: row.country,
        valid: row.valid,
        duplicate: row.duplicate,
        reason: row.reason ?? null,
        fields: mapper.fields(row),
        contact: row.valid && !row.duplicate ? mapper.contact(row) : null,
      })),
    });
  };

  try {
    const stream = createReadStream(job.file, { highWaterMark: 256 * 1024 });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (const batch of parser.write(chunk)) await hand(batch);
      const { bytes, lines } = parser.progress();
      send({ type: 'progress', bytes, rows: lines });
    }
    for (const batch of parser.end()) await hand(batch);
    if (rejected !== undefined && !headerWritten) writeRejected([]);
    send({ type: 'done', summary: parser.summary(), invalidValues: mapper.invalidValues });
  } finally {
    if (rejected !== undefined) closeSync(rejected);
  }
}

if (parentPort) {
  const port = parentPort;
  run(workerData as WorkerJob, port).catch((error: unknown) => {
    port.postMessage({
      type: 'error',
      code: isCsvFormatError(error) ? error.code : null,
      details: isCsvFormatError(error) ? { ...error.details } : {},
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerMessage);
  });
}
