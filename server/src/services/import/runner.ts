import type { Core } from '@strapi/strapi';
import { createJobKernel } from '../../engine/jobs';
import { IMPORT_MACHINE } from '../../engine/machines';
import { createWorkerSlots } from '../../engine/slots';
import { Stopped } from '../../engine/stopped';
import { createJobStore } from '../../store/jobs';
import { isCsvFormatError, type ContactImportSummary, type CsvDelimiter, type CsvEncoding } from '../../core';
import type { ImportStatus } from '../../contracts';
import { PLUGIN_ID } from '../../permissions';
import { getService, uid } from '../../utils';
import { fileExists, removeFile, removeStored, removeUpload, strayFiles } from './files';
import type { JobRow } from './job';
import { forgetPreviousValues, rollBack } from './finish';
import type { ImportPlan } from './plan';
import { analyse, importRows, WorkerUnsettled, type ParseSettings, type PassControl } from './run';

const JOB = uid('import-job');

/** An instance that has not written progress for this long has stopped (crashed, killed, redeployed). */
const STALE_AFTER_MS = 2 * 60_000;
/** Files of ended or abandoned imports are kept this long (the rejected rows stay downloadable). */
const KEEP_FILES_MS = 24 * 60 * 60_000;
/** A file no job refers to is left this long (an upload is stored a moment before its job). */
const STRAY_AFTER_MS = 60 * 60_000;
const PROGRESS_EVERY_MS = 400;
/** Analyses and imports run at once by one instance unless `imports.maxWorkers` says otherwise. */
export const DEFAULT_MAX_WORKERS = 2;
const STATUS_CHECK_EVERY_MS = 1000;
const INTERRUPTED = { code: 'interrupted', details: {} };

/**
 * Runs the background passes of import jobs in this Strapi instance. The job row is the truth:
 * every change of status is a compare-and-set, so a second instance (or a second click) cannot
 * run the same pass twice, and a pass whose instance died is found by its stale heartbeat.
 */
export function createImportRunner(strapi: Core.Strapi) {
  const query = () => strapi.db.query(JOB);
  const store = createJobStore<ImportStatus>(strapi, JOB);
  const jobs = createJobKernel<ImportStatus>({
    machine: IMPORT_MACHINE,
    store,
    staleAfterMs: STALE_AFTER_MS,
    progressEveryMs: PROGRESS_EVERY_MS,
    statusCheckEveryMs: STATUS_CHECK_EVERY_MS,
  });
  const config = strapi.plugin(PLUGIN_ID).config('imports') as { maxWorkers?: number } | undefined;
  const slots = createWorkerSlots(config?.maxWorkers ?? DEFAULT_MAX_WORKERS, {
    // The admin shows "waiting for another import"; the heartbeat goes on, so no instance takes it for dead.
    onQueued: (id) => query().update({ where: { id }, data: { queued: true, heartbeatAt: new Date() } }),
    onWaiting: (ids) => store.beatMany(ids, ['analysing', 'importing']),
    onStarted: (id) => query().update({ where: { id }, data: { queued: false } }),
    everyMs: STALE_AFTER_MS / 4,
  });

  const findRow = async (id: number) => (await query().findOne({ where: { id } })) as JobRow;

  const claim = jobs.claim;

  /** The pass of a job in status `expected`: it stops when the user cancels or the job is no longer ours. */
  const control = (id: number, expected: ImportStatus, signal: AbortSignal): PassControl => {
    const gate = jobs.gate(id, expected, signal);
    return {
      progress: ({ bytes, rows, written }) => gate.next({ bytesRead: bytes, rowsRead: rows, rowsWritten: written }),
    };
  };

  const parseSettings = async (row: JobRow): Promise<ParseSettings> => {
    const settings = await getService(strapi, 'settings').get();
    const { encoding, delimiter, hasHeader, phoneColumn, headers, lineEnding } = row.format;
    return {
      format: {
        encoding: encoding as CsvEncoding,
        delimiter: delimiter as CsvDelimiter,
        hasHeader,
        phoneColumn,
        headers,
        ...(lineEnding ? { lineEnding } : {}),
      },
      settings,
      listKind: row.format.listKind ?? 'contacts',
    };
  };

  const failure = (error: unknown) => {
    if (isCsvFormatError(error)) return { code: error.code, details: { ...error.details } };
    strapi.log.error(`[mobile-campaigns] Import failed: ${error instanceof Error ? error.stack : String(error)}`);
    return { code: 'failed', details: {} };
  };

  async function runAnalysis(id: number, signal: AbortSignal, placed: () => void) {
    const row = await findRow(id);
    try {
      await slots.acquire(id, signal, placed);
      const summary = await analyse(
        strapi,
        row.storedFile as string,
        await parseSettings(row),
        control(id, 'analysing', signal)
      );
      await claim(id, 'analysing', 'analysed', {
        summary,
        bytesRead: Number(row.fileSize),
        rowsRead: summary.rowsRead,
      });
    } catch (error) {
      if (error instanceof Stopped) {
        await claim(id, 'cancelling', 'cancelled', { finishedAt: new Date() });
        await removeStored(strapi, row.storedFile);
      } else {
        await claim(id, 'analysing', 'failed', { error: failure(error) });
      }
    } finally {
      slots.release(id);
    }
  }

  /** Counters, fields and status of the list once every row is in; run in the final transaction. */
  const finishList = async (plan: ImportPlan, summary: ContactImportSummary, alreadyPresent: number) => {
    const lists = strapi.db.query(uid('list'));
    const list = (await lists.findOne({ where: { id: plan.listId } })) as {
      duplicateCount: number | null;
      fields: string[] | null;
      emptyFields: Record<string, number> | null;
      countries: Record<string, number> | null;
    };
    const fields = [...new Set([...(list.fields ?? []), ...plan.columns.map((column) => column.field)])];
    const emptyFields = { ...(list.emptyFields ?? {}) };
    for (const column of plan.columns) {
      emptyFields[column.field] = (emptyFields[column.field] ?? 0) + (summary.emptyFields[column.header] ?? 0);
    }
    const countries = { ...(list.countries ?? {}) };
    for (const [country, count] of Object.entries(summary.byCountry))
      countries[country] = (countries[country] ?? 0) + count;
    await lists.update({
      where: { id: plan.listId },
      data: {
        status: plan.listStatus,
        duplicateCount: (list.duplicateCount ?? 0) + summary.duplicates + alreadyPresent,
        ...(plan.listKind === 'contacts' ? { fields, emptyFields, countries } : {}),
      },
    });
  };

  async function runImport(id: number, signal: AbortSignal, placed: () => void) {
    const row = await findRow(id);
    const plan = row.plan as ImportPlan;
    try {
      await slots.acquire(id, signal, placed);
      const outcome = await importRows(
        strapi,
        id,
        row.storedFile as string,
        await parseSettings(row),
        plan,
        control(id, 'importing', signal)
      );
      // The import's SQL writes no search keys: its rows and contacts get theirs before the list opens.
      await getService(strapi, 'searchIndex').fillImport(id);
      // Counted before the final transaction: on SQLite its single connection is taken until commit.
      await getService(strapi, 'lists').recount(plan.listId);
      // Every row is written (and every contact updated) already: this transaction is short.
      await strapi.db.transaction(async () => {
        await finishList(plan, row.summary as ContactImportSummary, outcome.alreadyPresent);
        const { added, created, updated, alreadyPresent, invalidValues } = outcome;
        const done = await claim(id, 'importing', 'completed', {
          rowsToUndo: false,
          result: { added, created, updated, alreadyPresent, invalidValues },
          rowsWritten: added,
          bytesRead: Number(row.fileSize),
          finishedAt: new Date(),
        });
        // Cancelled at the last moment: undo the transaction, then the rows.
        if (!done) throw new Stopped();
      });
      await removeUpload(strapi, row.storedFile);
      // Completed: the values kept for a roll-back are personal data nobody needs any more.
      await forgetPreviousValues(strapi, id);
    } catch (error) {
      if (error instanceof WorkerUnsettled) {
        // A statement may still be writing: the clean-up job undoes the rows once it cannot be.
        const reason = failure(error.cause);
        if (!(await claim(id, 'importing', 'failed', { error: reason, finishedAt: new Date() })))
          await claim(id, 'cancelling', 'cancelled', { finishedAt: new Date() });
        return;
      }
      // The worker has ended and closed its connection: nothing can write after the roll-back.
      const stopped = error instanceof Stopped;
      await undo(row);
      if (stopped) await claim(id, 'cancelling', 'cancelled', { finishedAt: new Date() });
      else if (!(await claim(id, 'importing', 'failed', { error: failure(error), finishedAt: new Date() }))) {
        await claim(id, 'cancelling', 'cancelled', { finishedAt: new Date() });
      }
    } finally {
      slots.release(id);
    }
  }

  /** Removes what an import wrote, restores its list, and forgets its file. */
  const undo = async (row: JobRow) => {
    const plan = row.plan;
    await rollBack(strapi, row.id, plan);
    if (plan && !plan.createdList) await getService(strapi, 'lists').recount(plan.listId);
    await query().update({ where: { id: row.id }, data: { rowsToUndo: false } });
    await removeStored(strapi, row.storedFile);
  };

  return {
    claim,

    /**
     * Runs a pass in the background of this instance. Resolves once the job runs or is recorded
     * as waiting for a worker (what the request that started it shows); the pass goes on after.
     */
    launch: (id: number, pass: 'analyse' | 'import'): Promise<void> =>
      jobs.launch(
        id,
        (signal, placed) => (pass === 'analyse' ? runAnalysis : runImport)(id, signal, placed),
        (error) => strapi.log.error(`[mobile-campaigns] Import ${id} ${pass}: ${String(error)}`)
      ),

    abort: jobs.abort,
    isRunning: jobs.isRunning,
    settled: jobs.settled,

    /** Strapi is stopping: passes stop at their next chunk and undo their writes. */
    stopAll: jobs.stopAll,

    /**
     * Jobs whose instance stopped mid-pass: an analysis is simply failed (it wrote nothing); an
     * import is failed with its rows marked to undo, which the clean-up does once the job has been
     * quiet long enough that no statement of the lost instance can still be writing. Each job is
     * claimed, so that only one instance recovers it; an instance that was only slow sees the
     * new status at its next chunk and stops its worker.
     */
    recoverStale: (now = new Date()) =>
      jobs.recoverStale(
        {
          analysing: { to: 'failed', data: { finishedAt: now, error: INTERRUPTED } },
          importing: { to: 'failed', data: { finishedAt: now, rowsToUndo: true, error: INTERRUPTED } },
          cancelling: { to: 'cancelled', data: { finishedAt: now, rowsToUndo: true } },
        },
        now
      ),

    /**
     * Undoes the rows that failed imports left (see `recoverStale`); then, after a day, removes the
     * files of ended imports and abandons uploads nobody came back to. A file is removed by an
     * instance that holds it (the folder may be this host's own), and files no job refers to are
     * swept.
     */
    async cleanUp(now = new Date()) {
      const toUndo = (await query().findMany({
        where: {
          rowsToUndo: true,
          status: { $in: ['failed', 'cancelled'] },
          updatedAt: { $lt: new Date(now.getTime() - STALE_AFTER_MS) },
        },
      })) as JobRow[];
      for (const row of toUndo) if (!jobs.isRunning(row.id)) await undo(row);

      const before = new Date(now.getTime() - KEEP_FILES_MS);
      const old = (await query().findMany({
        select: ['id', 'status', 'storedFile'],
        where: {
          storedFile: { $notNull: true },
          updatedAt: { $lt: before },
          status: { $in: ['uploaded', 'analysed', 'failed', 'completed', 'cancelled'] },
        },
      })) as JobRow[];
      let removed = 0;
      for (const row of old) {
        const abandoned = row.status === 'uploaded' || row.status === 'analysed';
        if (abandoned && !(await claim(row.id, row.status, 'cancelled', { finishedAt: now }))) continue;
        // Another host's file: that host removes it and clears the reference.
        if (!(await fileExists(strapi, row.storedFile as string))) continue;
        await removeStored(strapi, row.storedFile);
        await query().update({ where: { id: row.id }, data: { storedFile: null } });
        removed += 1;
      }

      const referenced = (await query().findMany({
        select: ['storedFile'],
        where: { storedFile: { $notNull: true } },
      })) as { storedFile: string }[];
      const stray = await strayFiles(
        strapi,
        new Set(referenced.map((row) => row.storedFile)),
        new Date(now.getTime() - STRAY_AFTER_MS)
      );
      for (const name of stray) await removeFile(strapi, name);
      return removed + stray.length;
    },
  };
}

export type ImportRunner = ReturnType<typeof createImportRunner>;
