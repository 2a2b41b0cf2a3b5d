/**
 * The parsing side of an import, in a worker thread: it streams the stored file through the
 * contact parser and hands batches to the Strapi thread, which writes them. Parsing then runs on
 * another core while the database works, and its garbage stays in a small heap of its own
 * instead of inflating Strapi's (see `services/import/run.ts` for the other side).
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Knex } from 'knex';
import {
  createContactParser,
  CSV_UTF8_BOM,
  isCsvFormatError,
  toCsvLine,
  type ContactParserOptions,
  type ContactRow,
} from './core/csv';
// From the modules, not `./core`'s index: the worker needs neither holidays nor sending windows (20 MB).
import { createRowMapper, type PlannedColumn } from './services/import/plan';
import {
  createBulkWriter,
  type BulkWriter,
  type DatabaseClient,
  type NewContact,
  type NewEntry,
  type Tables,
} from './services/import/bulk';

export interface WorkerJob {
  mode: 'analyse' | 'import';
  file: string;
  /** Analysis: where the rejected rows go. */
  rejectedFile?: string;
  parser: ContactParserOptions;
  /** Import: what each column becomes. */
  columns?: PlannedColumn[];
  /** Import: where the rows go, on a connection of the worker's own. */
  write?: {
    importId: number;
    database: { client: DatabaseClient; knex: Knex.Config };
    tables: Tables;
    listId: number;
    listKind: 'contacts' | 'exclusion';
    lineOffset: number;
    appending: boolean;
    /** Contacts go to the directory too (else list rows only, without a contact). */
    directory: boolean;
  };
}

export interface ImportCounts {
  added: number;
  created: number;
  alreadyPresent: number;
}

export type WorkerMessage =
  | { type: 'progress'; bytes: number; rows: number; written: number }
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

/** Writes the batches of a contact list or an exclusion list; returns rows written. */
function createBatchWriter(write: NonNullable<WorkerJob['write']>, writer: BulkWriter, counts: ImportCounts) {
  return async (
    rows: ContactRow[],
    toContact: (row: ContactRow) => NewContact,
    toFields: (row: ContactRow) => string
  ) => {
    let fresh = rows.filter((row) => row.valid && !row.duplicate);
    if (write.listKind === 'exclusion') {
      const phones = fresh.map((row) => row.phone as string);
      if (phones.length === 0) return 0;
      const added = await writer.insertOptOuts(write.listId, phones);
      counts.added += added;
      counts.alreadyPresent += phones.length - added;
      return phones.length;
    }
    if (write.appending && fresh.length > 0) {
      const present = await writer.existingPhones(
        write.listId,
        fresh.map((row) => row.phone as string)
      );
      fresh = fresh.filter((row) => !present.has(row.phone as string));
      counts.alreadyPresent += present.size;
    }
    const keep = new Set(fresh);
    const contacts = write.directory ? fresh.map(toContact) : [];
    const { created, entries } = await writer.writeList(write.listId, contacts, (ids) => {
      const out: NewEntry[] = [];
      for (const row of rows) {
        if (row.valid ? !keep.has(row) : row.duplicate) continue;
        out.push({
          contactId: row.valid ? (ids.get(row.phone as string) ?? null) : null,
          line: row.line + write.lineOffset,
          phoneRaw: row.phoneRaw,
          phone: row.phone,
          country: row.country,
          valid: row.valid,
          reason: row.valid ? null : (row.reason ?? null),
          fields: toFields(row),
        });
      }
      return out;
    });
    counts.created += created;
    counts.added += fresh.length;
    return entries;
  };
}

async function run(job: WorkerJob, port: NonNullable<typeof parentPort>) {
  const parser = createContactParser(job.parser);
  const mapper = createRowMapper(job.columns ?? []);
  let stopping = false;
  port.on('message', (message: unknown) => {
    if (message === 'stop') stopping = true;
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

  const counts: ImportCounts = { added: 0, created: 0, alreadyPresent: 0 };
  const knex = job.write ? loadKnex()(job.write.database.knex) : undefined;
  const writeBatch =
    job.write && knex
      ? createBatchWriter(
          job.write,
          createBulkWriter(knex, job.write.database.client, job.write.tables, job.write.importId),
          counts
        )
      : undefined;
  let written = 0;

  /**
   * One batch is written while the next is parsed (PostgreSQL and MySQL work on their own cores
   * meanwhile); a batch starts only once the one before it is written.
   */
  let inflight: Promise<void> | undefined;
  const settle = async () => {
    const pending = inflight;
    inflight = undefined;
    await pending;
  };
  const hand = async (rows: ContactRow[]) => {
    if (!writeBatch) {
      writeRejected(rows);
      return;
    }
    await settle();
    const writing = writeBatch(
      rows,
      (row) => mapper.contact(row),
      (row) => mapper.fields(row)
    ).then((count) => {
      written += count;
    });
    // Awaited before the next batch or at the end; marked handled now so Node does not call it unhandled meanwhile.
    writing.catch(() => undefined);
    inflight = writing;
  };

  const stream = createReadStream(job.file, { highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (const batch of parser.write(chunk)) await hand(batch);
      const { bytes, lines } = parser.progress();
      send({ type: 'progress', bytes, rows: lines, written });
      // Between two batches, never inside one: what is written is whole rows, which the roll-back removes.
      await new Promise((resolve) => setImmediate(resolve));
      if (stopping) break;
    }
    if (!stopping) {
      for (const batch of parser.end()) await hand(batch);
      if (rejected !== undefined && !headerWritten) writeRejected([]);
    }
    await settle();
  } finally {
    await inflight?.catch(() => undefined);
    stream.destroy();
    if (rejected !== undefined) closeSync(rejected);
    // Every transaction is over once the connection is closed: the roll-back can start.
    await knex?.destroy();
  }
  if (stopping) send({ type: 'stopped' });
  else send({ type: 'done', summary: parser.summary(), invalidValues: mapper.invalidValues, counts });
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
