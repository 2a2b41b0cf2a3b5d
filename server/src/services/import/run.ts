import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CsvFormatError, type ContactImportSummary, type ContactParserFormat, type CsvErrorCode } from '../../core';
import type { Settings } from '../../contracts';
import type { ImportCounts, WorkerJob, WorkerMessage } from '../../import-worker';
import { Stopped } from '../../engine/stopped';
import { getService, uid } from '../../utils';
import { tableOf } from '../../utils/sql';
import type { DatabaseClient } from './bulk';
import { rejectedPath, storedPath } from './files';
import type { ImportPlan } from './plan';

/**
 * The two passes over a stored file: the analysis (the summary shown before saving, and the
 * rejected rows written to a companion CSV) and the import (rows staged, then moved into the
 * plugin's tables: `bulk.ts`). A worker thread does both (`import-worker.ts`) on a database
 * connection of its own; this thread records their progress and tells them to stop when the user
 * cancels.
 */
export interface PassControl {
  /** Called after every chunk; resolves false when the pass must stop (cancelled). */
  progress(state: { bytes: number; rows: number; written: number }): Promise<boolean>;
}

export interface ParseSettings {
  format: ContactParserFormat;
  settings: Pick<Settings, 'defaultCountry' | 'allowedCountries'>;
  listKind: 'contacts' | 'exclusion';
}

/**
 * The worker's heap is its own: parsing garbage is collected there instead of growing Strapi's.
 * The old-generation cap leaves room for the duplicate detection of multi-million-row files. Rows
 * live one small batch, so that they die young. The analysis gets a 64 MB young generation: with
 * 16 MB its rows were promoted first, and the benchmark's million rows took 4.3 s instead of
 * 2.7 s. The import keeps 16 MB, which was as fast there once its batches were small (10.7 s
 * against 10.3 s on SQLite) and keeps the process's peak under 400 MB (369 MB against 417 MB).
 */
const WORKER_LIMITS: Record<WorkerJob['mode'], ResourceLimits> = {
  analyse: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 },
  import: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 },
};

/** Rows per batch of the analysis, which only writes the rejected ones. */
const ANALYSIS_BATCH_ROWS = 1000;

/** The built worker, beside the built server bundle (`dist/server` → `dist/import-worker`). */
const workerFile = () => join(__dirname, '..', 'import-worker', 'index.js');

const parserOptions = ({ format, settings, listKind }: ParseSettings, batchSize: number) => ({
  format,
  defaultCountry: settings.defaultCountry,
  // A foreign number is worth excluding; only a contact list is limited to the destinations sent to.
  ...(listKind === 'contacts' ? { allowedCountries: [...settings.allowedCountries] } : {}),
  // A landline in a contact list can be messaged neither by SMS nor by voicemail drop.
  flagFixedLines: listKind === 'contacts',
  batchSize,
  // The analysis writes every rejected row to a file; the summary needs no examples.
  maxInvalidExamples: 0,
});

/**
 * The worker could not be seen to end (it crashed, or did not stop in time): a statement it sent
 * may still be running in the database, so its rows are not undone now. The job is failed with
 * its rows marked to undo, and the clean-up job undoes them once nothing can still be writing.
 */
export class WorkerUnsettled extends Error {
  constructor(readonly cause: unknown) {
    super(`Import worker did not stop cleanly: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'WorkerUnsettled';
  }
}

/** How long a failed pass waits for its worker to finish the statement it is in and close its connection. */
const STOP_TIMEOUT_MS = 120_000;

type PassResult = { summary: ContactImportSummary; invalidValues: number; counts: ImportCounts };

/**
 * Runs a worker to its end. Progress is handled in order on one chain. Whatever ends the pass
 * early (the user cancels, the job is taken away, this thread fails to record progress), the
 * worker is asked to stop between two statements, and the promise settles only once it answers
 * with its connection closed: the roll-back that follows can never race a statement still
 * writing rows.
 */
function drive(job: WorkerJob, control: PassControl): Promise<PassResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { workerData: job, resourceLimits: WORKER_LIMITS[job.mode] });
    let chain = Promise.resolve();
    let ended = false;
    /** Why this thread stopped the pass (undefined: it did not, or the user cancelled). */
    let failure: unknown;
    let stopAsked = false;
    let stopTimer: NodeJS.Timeout | undefined;
    const end = (error: unknown, result?: PassResult) => {
      if (ended) return;
      ended = true;
      clearTimeout(stopTimer);
      void worker.terminate();
      if (result) resolve(result);
      else reject(error);
    };
    const stop = () => {
      if (stopAsked) return;
      stopAsked = true;
      worker.postMessage('stop');
      // A worker waiting for its progress to be recorded wakes up and sees the stop.
      worker.postMessage('continue');
      stopTimer = setTimeout(
        () => end(new WorkerUnsettled(failure ?? new Error('no answer to stop'))),
        STOP_TIMEOUT_MS
      );
    };
    const fail = (error: unknown) => {
      failure ??= error;
      stop();
    };
    const step = (task: () => Promise<void> | void) => {
      chain = chain
        .then(async () => {
          if (!ended) await task();
        })
        .catch((error: unknown) => fail(error));
    };
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          step(async () => {
            if (stopAsked) return;
            const { bytes, rows, written } = message;
            if (!(await control.progress({ bytes, rows, written }))) stop();
            else if (message.ack) worker.postMessage('continue');
          });
          break;
        case 'stopped':
          // Its connection is closed: every statement it sent is over.
          step(() => end(failure ?? new Stopped()));
          break;
        case 'done':
          step(() => (failure ? end(failure) : end(null, message)));
          break;
        case 'error':
          // Sent after its connection is closed.
          step(() =>
            end(
              message.code
                ? new CsvFormatError(message.code as CsvErrorCode, message.details)
                : new Error(`Import worker: ${message.message}`)
            )
          );
          break;
      }
    });
    // An uncaught error or an exit without an answer: whether a statement is still running is unknown.
    worker.on('error', (error) => step(() => end(new WorkerUnsettled(failure ?? error))));
    worker.on('exit', (code) =>
      step(() => end(new WorkerUnsettled(failure ?? new Error(`Import worker stopped (exit code ${code})`))))
    );
  });
}

/** The analysis pass: the summary, and every rejected row (invalid or duplicate) in a CSV beside the file. */
export async function analyse(
  strapi: Core.Strapi,
  storedFile: string,
  options: ParseSettings,
  control: PassControl
): Promise<ContactImportSummary> {
  const job: WorkerJob = {
    mode: 'analyse',
    file: storedPath(strapi, storedFile),
    rejectedFile: rejectedPath(strapi, storedFile),
    parser: parserOptions(options, ANALYSIS_BATCH_ROWS),
    // What the summary says of the numbers the account knows already (a contact list only).
    ...(options.listKind === 'contacts'
      ? {
          known: {
            database: await databaseOf(strapi),
            tables: { contacts: tableOf(strapi, uid('contact')), optOuts: tableOf(strapi, uid('opt-out')) },
            optOutListId: (await getService(strapi, 'lists').accountOptOutList()).id,
          },
        }
      : {}),
  };
  const { summary } = await drive(job, control);
  return summary;
}

export interface ImportOutcome {
  added: number;
  created: number;
  updated: number;
  alreadyPresent: number;
  invalidValues: number;
}

/** The knex configuration of Strapi's database, for the worker's own connection. */
async function databaseOf(strapi: Core.Strapi): Promise<NonNullable<WorkerJob['write']>['database']> {
  const config = strapi.db.config.connection as Knex.Config & { connection: unknown };
  const connection = (typeof config.connection === 'function' ? await config.connection() : config.connection) as
    | (Record<string, unknown> & { schema?: string })
    | undefined;
  const client = strapi.db.dialect.client as DatabaseClient;
  return {
    client,
    knex: {
      client: KNEX_CLIENTS[client],
      connection: cloneable(connection ?? {}) as Knex.StaticConnectionConfig,
      useNullAsDefault: true,
      pool: { min: 0, max: 1 },
      ...(client === 'postgres' && connection?.schema ? { searchPath: [connection.schema] } : {}),
    },
  };
}

/**
 * The connection settings without their functions (MySQL's `typeCast`, pool hooks), which cannot
 * cross to a worker; the worker only inserts rows and reads ids, which need none of them.
 */
const cloneable = (value: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    // Own names, not entries: knex hides the password (non-enumerable) so that it is never logged.
    Object.getOwnPropertyNames(value)
      .map((key) => [key, value[key]] as const)
      .filter(([, item]) => typeof item !== 'function')
      .map(([key, item]) =>
        item && typeof item === 'object' && !Array.isArray(item) && !Buffer.isBuffer(item)
          ? [key, cloneable(item as Record<string, unknown>)]
          : [key, item]
      )
  );

const KNEX_CLIENTS: Record<DatabaseClient, string> = { sqlite: 'better-sqlite3', postgres: 'pg', mysql: 'mysql2' };

/**
 * Rows per staged batch: one statement (one transaction on SQLite) each, while the next is parsed.
 * At 10,000 the import spent a third of its time collecting the promoted batches.
 */
const IMPORT_BATCH_ROWS = 1000;

/** The import pass: valid rows become list rows and directory contacts, invalid rows list rows flagged invalid. */
export async function importRows(
  strapi: Core.Strapi,
  importId: number,
  storedFile: string,
  options: ParseSettings,
  plan: ImportPlan,
  control: PassControl
): Promise<ImportOutcome> {
  const database = await databaseOf(strapi);
  const job: WorkerJob = {
    mode: 'import',
    file: storedPath(strapi, storedFile),
    parser: parserOptions(options, IMPORT_BATCH_ROWS),
    columns: plan.columns,
    write: {
      importId,
      database,
      tables: {
        contacts: tableOf(strapi, uid('contact')),
        entries: tableOf(strapi, uid('list-entry')),
        optOuts: tableOf(strapi, uid('opt-out')),
      },
      listId: plan.listId,
      listKind: plan.listKind,
      lineOffset: plan.lineOffset,
      appending: plan.appending,
      directory: plan.directory,
      updateExisting: plan.updateExisting && plan.columns.some((column) => column.attribute),
      keepInvalid: plan.keepInvalid !== false,
    },
  };
  const { invalidValues, counts } = await drive(job, control);
  return { ...counts, invalidValues };
}
