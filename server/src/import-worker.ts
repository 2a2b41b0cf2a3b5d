/**
 * An import's pass over its file, in a worker thread: it streams the stored file through the
 * contact parser. The analysis writes the rejected rows beside the file; the import stages the
 * rows on a database connection of its own, then moves them into the plugin's tables
 * (`services/import/bulk.ts`). Rows never enter Strapi's heap, and parsing garbage stays in the
 * worker's (see `services/import/run.ts` for the other side).
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Knex } from 'knex';
import {
  createContactParser,
  CSV_UTF8_BOM,
  isCsvFormatError,
  isRowRejection,
  toCsvLine,
  type ContactParserOptions,
  type ContactRow,
} from './core/csv';
// From the modules, not `./core`'s index: the worker needs neither holidays nor sending windows (20 MB).
import { createRowMapper, cutToStringColumn, type PlannedColumn } from './services/import/plan';
import {
  openStagedImport,
  type DatabaseClient,
  type ImportCounts,
  type ImportTarget,
  type StagedImport,
  type StagedRow,
  type Tables,
} from './services/import/bulk';
import { createKnownNumbersCounter, type KnownNumbersSource } from './services/import/known-numbers';

export interface WorkerJob {
  mode: 'analyse' | 'import';
  file: string;
  /** Analysis: where the rejected rows go. */
  rejectedFile?: string;
  parser: ContactParserOptions;
  /** Analysis of a contact list: count the numbers the directory and the exclusion lists hold. */
  known?: KnownNumbersSource & { database: { client: DatabaseClient; knex: Knex.Config } };
  /** Import: what each column becomes. */
  columns?: PlannedColumn[];
  /** Import: where the rows go, on a connection of the worker's own. */
  write?: ImportTarget & {
    importId: number;
    database: { client: DatabaseClient; knex: Knex.Config };
    tables: Tables;
  };
}

export type { ImportCounts };

export type WorkerMessage =
  /** With `ack`, the worker waits for a 'continue' before it goes on (see the copy below). */
  | { type: 'progress'; bytes: number; rows: number; written: number; ack?: boolean }
  | {
      type: 'done';
      summary: ReturnType<ReturnType<typeof createContactParser>['summary']>;
      invalidValues: number;
      counts: ImportCounts;
    }
  | { type: 'stopped' }
  | { type: 'error'; code: string | null; details: Record<string, string | number>; message: string };

/** Strapi's own knex (the app's version and database drivers), found from `@strapi/strapi`. */
const loadKnex = (): typeof import('knex').knex => {
  const fromStrapi = createRequire(require.resolve('@strapi/strapi'));
  const fromDatabase = createRequire(fromStrapi.resolve('@strapi/database'));
  const module = fromDatabase('knex') as { knex?: typeof import('knex').knex; default?: typeof import('knex').knex };
  return (module.knex ?? module.default ?? module) as typeof import('knex').knex;
};

/**
 * The rows of a parsed batch the import writes: a number once, and for a contact list its invalid
 * rows too, but never a row whose content cannot be stored (a NUL, which PostgreSQL refuses):
 * the analysis reported it, and the import writes nothing of it.
 */
function toStaged(
  rows: ContactRow[],
  write: NonNullable<WorkerJob['write']>,
  mapper: ReturnType<typeof createRowMapper>
): StagedRow[] {
  const out: StagedRow[] = [];
  for (const row of rows) {
    if (row.duplicate || (!row.valid && (write.listKind === 'exclusion' || isRowRejection(row.reason)))) continue;
    // The user chose not to keep the invalid numbers (flagged) in the list.
    if (!row.valid && write.keepInvalid === false) continue;
    out.push({
      line: row.line,
      // An invalid number is kept as written, up to what its column holds (the rejected rows have it whole).
      phoneRaw: cutToStringColumn(row.phoneRaw),
      phone: row.phone,
      country: row.country,
      valid: row.valid,
      reason: row.valid ? null : (row.reason ?? null),
      fields: write.listKind === 'contacts' ? mapper.fields(row) : '{}',
      contact: row.valid && write.directory ? mapper.contact(row) : null,
    });
  }
  return out;
}

async function run(job: WorkerJob, port: NonNullable<typeof parentPort>) {
  const parser = createContactParser(job.parser);
  const mapper = createRowMapper(job.columns ?? []);
  let stopping = false;
  let resume: (() => void) | undefined;
  port.on('message', (message: unknown) => {
    if (message === 'stop') stopping = true;
    if (message === 'continue') resume?.();
  });
  const acknowledged = () =>
    new Promise<void>((resolve) => {
      resume = resolve;
    });
  const send = (message: WorkerMessage) => port.postMessage(message);

  const rejected = job.mode === 'analyse' && job.rejectedFile ? openSync(job.rejectedFile, 'w', 0o600) : undefined;
  let headerWritten = false;
  const writeRejected = (rows: ContactRow[]) => {
    if (rejected === undefined) return;
    let text = '';
    if (!headerWritten) {
      headerWritten = true;
      text += CSV_UTF8_BOM + toCsvLine(['line', 'number', 'reason', ...Object.keys(rows[0]?.fields ?? {})]);
    }
    // `toCsvLine` ends each record with its CRLF.
    for (const row of rows) {
      if (row.reason !== undefined)
        text += toCsvLine([row.line, row.phoneRaw, row.reason, ...Object.values(row.fields)]);
    }
    if (text) writeSync(rejected, text);
  };

  const write = job.write;
  const database = write?.database ?? job.known?.database;
  const knex = database ? loadKnex()(database.knex) : undefined;
  const known = job.known && knex ? createKnownNumbersCounter(knex, job.known) : undefined;
  let staged: StagedImport | undefined;
  let written = 0;

  /**
   * One batch is staged while the next is parsed (PostgreSQL and MySQL work on their own cores
   * meanwhile); a batch starts only once the one before it is staged.
   */
  let inflight: Promise<void> | undefined;
  const settle = async () => {
    const pending = inflight;
    inflight = undefined;
    await pending;
  };
  const hand = async (rows: ContactRow[]) => {
    if (!staged || !write) {
      writeRejected(rows);
      await known?.add(rows);
      return;
    }
    await settle();
    const staging = staged.stage(toStaged(rows, write, mapper));
    // Awaited before the next batch or at the end; marked handled now so Node does not call it unhandled meanwhile.
    staging.catch(() => undefined);
    inflight = staging;
  };

  const stream = createReadStream(job.file, { highWaterMark: 256 * 1024 });
  try {
    if (write && knex) {
      staged = await openStagedImport(knex, write.database.client, write.tables, write.importId, write);
    }
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (const batch of parser.write(chunk)) await hand(batch);
      const { bytes, lines } = parser.progress();
      send({ type: 'progress', bytes, rows: lines, written });
      await new Promise((resolve) => setImmediate(resolve));
      if (stopping) break;
    }
    if (!stopping) {
      for (const batch of parser.end()) await hand(batch);
      if (rejected !== undefined && !headerWritten) writeRejected([]);
    }
    await settle();
    if (staged && !stopping) {
      const { bytes, lines } = parser.progress();
      for await (written of staged.copy()) {
        // Strapi's thread records the progress before the next chunk starts. On SQLite this is
        // what keeps its single connection from waiting on chunk after chunk (its own writes
        // would time out, "database is locked"): the lock is free until it answers.
        const answered = acknowledged();
        send({ type: 'progress', bytes, rows: lines, written, ack: true });
        await answered;
        // Between two chunks, never inside one: what is written is whole rows, which the roll-back removes.
        if (stopping) break;
      }
    }
  } finally {
    await inflight?.catch(() => undefined);
    stream.destroy();
    if (rejected !== undefined) closeSync(rejected);
    await staged?.close().catch(() => undefined);
    // Every statement is over once the connection is closed: the roll-back can start.
    await knex?.destroy();
  }
  const counts = staged?.counts ?? { added: 0, created: 0, updated: 0, alreadyPresent: 0 };
  if (stopping) send({ type: 'stopped' });
  else {
    const summary = { ...parser.summary(), ...(known ? { alreadyKnown: known.counts() } : {}) };
    send({ type: 'done', summary, invalidValues: mapper.invalidValues, counts });
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
