import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Core } from '@strapi/strapi';
import { CsvFormatError, type ContactImportSummary, type ContactParserFormat, type CsvErrorCode } from '../../core';
import type { Settings } from '../../contracts';
import type { PreparedRow, WorkerJob, WorkerMessage } from '../../import-worker';
import { createBulkWriter, type NewEntry } from './bulk';
import { rejectedPath, storedPath } from './files';
import type { ImportPlan } from './plan';

/**
 * The two passes over a stored file: the analysis (the summary shown before saving, and the
 * rejected rows written to a companion CSV) and the import (rows written in batches). A worker
 * thread streams and parses the file (`import-worker.ts`); this thread writes the batches, one at
 * a time, while the worker parses ahead. Both passes report progress and stop when asked.
 */
export interface PassControl {
  /** Called after every chunk; resolves false when the pass must stop (cancelled). */
  progress(state: { bytes: number; rows: number; written: number }): Promise<boolean>;
}

export class PassStopped extends Error {
  constructor() {
    super('Import pass stopped');
    this.name = 'PassStopped';
  }
}

export interface ParseSettings {
  format: ContactParserFormat;
  settings: Pick<Settings, 'defaultCountry' | 'allowedCountries'>;
  listKind: 'contacts' | 'exclusion';
}

/**
 * The worker's heap is its own: parsing garbage is collected there, in a small heap, instead of
 * growing Strapi's. The cap leaves room for the duplicate detection of multi-million-row files.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

/** The built worker, beside the built server bundle (`dist/server` → `dist/import-worker`). */
const workerFile = () => join(__dirname, '..', 'import-worker', 'index.js');

const parserOptions = ({ format, settings, listKind }: ParseSettings, batchSize: number) => ({
  format,
  defaultCountry: settings.defaultCountry,
  // A foreign number is worth excluding; only a contact list is limited to the destinations sent to.
  ...(listKind === 'contacts' ? { allowedCountries: [...settings.allowedCountries] } : {}),
  batchSize,
  // The analysis writes every rejected row to a file; the summary needs no examples.
  maxInvalidExamples: 0,
});

/**
 * Runs a worker to its end. Every message is handled in order on one chain, so that a write is
 * finished before the next starts and before a failure is reported: a roll-back after it finds
 * every row written.
 */
function drive(
  job: WorkerJob,
  control: PassControl,
  onBatch: (rows: PreparedRow[]) => Promise<number>
): Promise<{ summary: ContactImportSummary; invalidValues: number; written: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { workerData: job, resourceLimits: WORKER_LIMITS });
    let chain = Promise.resolve();
    let ended = false;
    let written = 0;
    const end = (error: unknown, result?: { summary: ContactImportSummary; invalidValues: number }) => {
      if (ended) return;
      ended = true;
      void worker.terminate();
      if (result) resolve({ ...result, written });
      else reject(error);
    };
    const step = (task: () => Promise<void> | void) => {
      chain = chain
        .then(async () => {
          if (!ended) await task();
        })
        .catch((error: unknown) => end(error));
    };
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          step(async () => {
            if (!(await control.progress({ bytes: message.bytes, rows: message.rows, written })))
              throw new PassStopped();
          });
          break;
        case 'batch':
          step(async () => {
            written += await onBatch(message.rows);
            worker.postMessage('next');
          });
          break;
        case 'done':
          step(() => end(null, { summary: message.summary, invalidValues: message.invalidValues }));
          break;
        case 'error':
          step(() => {
            throw message.code
              ? new CsvFormatError(message.code as CsvErrorCode, message.details)
              : new Error(`Import worker: ${message.message}`);
          });
          break;
      }
    });
    worker.on('error', (error) =>
      step(() => {
        throw error;
      })
    );
    worker.on('exit', (code) =>
      step(() => {
        throw new Error(`Import worker stopped (exit code ${code})`);
      })
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
    parser: parserOptions(options, 5000),
  };
  const { summary } = await drive(job, control, async () => 0);
  return summary;
}

export interface ImportOutcome {
  added: number;
  created: number;
  alreadyPresent: number;
  invalidValues: number;
}

/** The import pass: valid rows become list rows and directory contacts, invalid rows list rows flagged invalid. */
export async function importRows(
  strapi: Core.Strapi,
  importId: number,
  storedFile: string,
  options: ParseSettings,
  plan: ImportPlan,
  control: PassControl,
  existingPhones: (phones: string[]) => Promise<Set<string>>
): Promise<ImportOutcome> {
  const writer = createBulkWriter(strapi, importId);
  const outcome: ImportOutcome = { added: 0, created: 0, alreadyPresent: 0, invalidValues: 0 };

  const writeContacts = async (rows: PreparedRow[]) => {
    let fresh = rows.filter((row) => row.contact !== null);
    if (plan.appending && fresh.length > 0) {
      const present = await existingPhones(fresh.map((row) => row.phone as string));
      fresh = fresh.filter((row) => !present.has(row.phone as string));
      outcome.alreadyPresent += present.size;
    }
    const keep = new Set(fresh);
    const { created, entries } = await writer.writeList(
      plan.listId,
      fresh.map((row) => row.contact!),
      (ids) => {
        const out: NewEntry[] = [];
        for (const row of rows) {
          if (row.valid ? !keep.has(row) : row.duplicate) continue;
          out.push({
            contactId: row.valid ? (ids.get(row.phone as string) ?? null) : null,
            line: row.line + plan.lineOffset,
            phoneRaw: row.phoneRaw,
            phone: row.phone,
            country: row.country,
            valid: row.valid,
            reason: row.valid ? null : row.reason,
            fields: row.fields,
          });
        }
        return out;
      }
    );
    outcome.created += created;
    outcome.added += fresh.length;
    return entries;
  };

  const writeOptOuts = async (rows: PreparedRow[]) => {
    const phones = rows.filter((row) => row.contact !== null).map((row) => row.phone as string);
    if (phones.length === 0) return 0;
    const added = await writer.insertOptOuts(plan.listId, phones);
    outcome.added += added;
    outcome.alreadyPresent += phones.length - added;
    return phones.length;
  };

  const job: WorkerJob = {
    mode: 'import',
    file: storedPath(strapi, storedFile),
    parser: parserOptions(options, writer.batchRows),
    columns: plan.columns,
  };
  const { invalidValues } = await drive(job, control, plan.listKind === 'contacts' ? writeContacts : writeOptOuts);
  outcome.invalidValues = invalidValues;
  return outcome;
}
