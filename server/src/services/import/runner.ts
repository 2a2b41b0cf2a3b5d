import type { Core } from '@strapi/strapi';
import { isCsvFormatError, type ContactImportSummary, type CsvDelimiter, type CsvEncoding } from '../../core';
import type { ImportStatus } from '../../contracts';
import { getService, uid } from '../../utils';
import { tableOf } from '../../utils/sql';
import { removeStored, removeUpload } from './files';
import type { JobRow } from './job';
import { rollBack, updateExistingContacts } from './finish';
import type { ImportPlan } from './plan';
import { analyse, importRows, PassStopped, type ParseSettings, type PassControl } from './run';

const JOB = uid('import-job');

/** An instance that has not written progress for this long has stopped (crashed, killed, redeployed). */
const STALE_AFTER_MS = 2 * 60_000;
/** Files of ended or abandoned imports are kept this long (the rejected rows stay downloadable). */
const KEEP_FILES_MS = 24 * 60 * 60_000;
const PROGRESS_EVERY_MS = 400;
const STATUS_CHECK_EVERY_MS = 1000;

/**
 * Runs the background passes of import jobs in this Strapi instance. The job row is the truth:
 * every change of status is a compare-and-set, so a second instance (or a second click) cannot
 * run the same pass twice, and a pass whose instance died is found by its stale heartbeat.
 */
export function createImportRunner(strapi: Core.Strapi) {
  const query = () => strapi.db.query(JOB);
  const running = new Map<number, { controller: AbortController; done: Promise<void> }>();

  const findRow = async (id: number) => (await query().findOne({ where: { id } })) as JobRow;

  /** Moves the job from one status to another if nobody else did; false when it had changed. */
  const claim = async (id: number, from: ImportStatus, to: ImportStatus, data: Record<string, unknown>) => {
    const { count } = await query().updateMany({
      where: { id, status: from },
      data: { ...data, status: to, heartbeatAt: new Date() },
    });
    return count === 1;
  };

  const control = (id: number, signal: AbortSignal): PassControl => {
    let lastWrite = 0;
    let lastCheck = Date.now();
    return {
      async progress({ bytes, rows, written }) {
        if (signal.aborted) return false;
        const now = Date.now();
        if (now - lastWrite >= PROGRESS_EVERY_MS) {
          lastWrite = now;
          await query().update({
            where: { id },
            data: { bytesRead: bytes, rowsRead: rows, rowsWritten: written, heartbeatAt: new Date() },
          });
        }
        if (now - lastCheck >= STATUS_CHECK_EVERY_MS) {
          lastCheck = now;
          // A cancel sent to another instance reaches this one through the job row.
          const row = (await query().findOne({ select: ['status'], where: { id } })) as { status: ImportStatus };
          if (row.status === 'cancelling') return false;
        }
        return true;
      },
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

  async function runAnalysis(id: number, signal: AbortSignal) {
    const row = await findRow(id);
    try {
      const summary = await analyse(strapi, row.storedFile as string, await parseSettings(row), control(id, signal));
      await claim(id, 'analysing', 'analysed', {
        summary,
        bytesRead: Number(row.fileSize),
        rowsRead: summary.rowsRead,
      });
    } catch (error) {
      if (error instanceof PassStopped) {
        await claim(id, 'cancelling', 'cancelled', { finishedAt: new Date() });
        await removeStored(strapi, row.storedFile);
      } else {
        await claim(id, 'analysing', 'failed', { error: failure(error) });
      }
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

  /**
   * The final transaction can take minutes ("update existing contacts" on a large file). Its
   * heartbeat goes on outside it, on another connection, so that no other instance takes the
   * import for dead meanwhile. Not on SQLite: one connection, which the transaction holds.
   */
  const beatOutsideTransactions = (id: number): NodeJS.Timeout | undefined => {
    if (strapi.db.dialect.client === 'sqlite') return undefined;
    const jobs = tableOf(strapi, JOB);
    return setInterval(() => {
      strapi.db
        .connection(jobs)
        .where({ id, status: 'importing' })
        .update({ heartbeat_at: new Date() })
        .catch((error: unknown) => strapi.log.warn(`[mobile-campaigns] Import ${id} heartbeat: ${String(error)}`));
    }, STALE_AFTER_MS / 4);
  };

  async function runImport(id: number, signal: AbortSignal) {
    const row = await findRow(id);
    const plan = row.plan as ImportPlan;
    let stopped = false;
    try {
      const outcome = await importRows(
        strapi,
        id,
        row.storedFile as string,
        await parseSettings(row),
        plan,
        control(id, signal)
      );
      // Counted before the final transaction: on SQLite its single connection is taken until commit.
      await getService(strapi, 'lists').recount(plan.listId);
      const heartbeat = beatOutsideTransactions(id);
      await strapi.db
        .transaction(async ({ trx }) => {
          const updated = await updateExistingContacts(strapi, id, plan, trx);
          await finishList(plan, row.summary as ContactImportSummary, outcome.alreadyPresent);
          const { added, created, alreadyPresent, invalidValues } = outcome;
          const done = await claim(id, 'importing', 'completed', {
            result: { added, created, updated, alreadyPresent, invalidValues },
            rowsWritten: added,
            bytesRead: Number(row.fileSize),
            finishedAt: new Date(),
          });
          // Cancelled at the last moment: undo the transaction, then the rows.
          if (!done) throw new PassStopped();
        })
        .finally(() => clearInterval(heartbeat));
      await removeUpload(strapi, row.storedFile);
    } catch (error) {
      stopped = error instanceof PassStopped;
      const reason = stopped ? null : failure(error);
      await rollBack(strapi, id, plan);
      if (!plan.createdList) await getService(strapi, 'lists').recount(plan.listId);
      const from: ImportStatus = stopped ? 'cancelling' : 'importing';
      if (stopped) await claim(id, from, 'cancelled', { finishedAt: new Date() });
      else if (!(await claim(id, 'importing', 'failed', { error: reason, finishedAt: new Date() }))) {
        await claim(id, 'cancelling', 'cancelled', { finishedAt: new Date() });
      }
      await removeStored(strapi, row.storedFile);
    }
  }

  return {
    claim,

    /** Runs a pass in the background of this instance; the request that started it returns at once. */
    launch(id: number, pass: 'analyse' | 'import') {
      const controller = new AbortController();
      const done = (pass === 'analyse' ? runAnalysis : runImport)(id, controller.signal)
        .catch((error: unknown) => {
          strapi.log.error(`[mobile-campaigns] Import ${id} ${pass}: ${String(error)}`);
        })
        .finally(() => running.delete(id));
      running.set(id, { controller, done });
    },

    abort: (id: number) => running.get(id)?.controller.abort(),
    isRunning: (id: number) => running.has(id),

    /** Waits (bounded) for this instance's pass of the job to end. */
    async settled(id: number, timeoutMs: number) {
      const task = running.get(id);
      if (!task) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([task.done, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
    },

    /** Strapi is stopping: passes stop at their next chunk and undo their writes. */
    async stopAll() {
      for (const task of running.values()) task.controller.abort();
      await Promise.all([...running.values()].map((task) => task.done));
    },

    /**
     * Jobs whose instance stopped mid-pass: an analysis is simply failed (it wrote nothing), an
     * import is undone. Claimed first, so that only one instance recovers each.
     */
    async recoverStale(now = new Date()) {
      const stale = (await query().findMany({
        where: {
          status: { $in: ['analysing', 'importing', 'cancelling'] },
          heartbeatAt: { $lt: new Date(now.getTime() - STALE_AFTER_MS) },
        },
      })) as JobRow[];
      const recovered: number[] = [];
      for (const row of stale) {
        if (running.has(row.id)) continue;
        const interrupted = { code: 'interrupted', details: {} };
        if (row.status === 'analysing') {
          if (await claim(row.id, 'analysing', 'failed', { error: interrupted })) recovered.push(row.id);
          continue;
        }
        // Re-stamped as ours before undoing, so that no other instance undoes it at the same time.
        if (!(await claim(row.id, row.status, 'cancelling', {}))) continue;
        await rollBack(strapi, row.id, row.plan);
        const ended = row.status === 'importing' ? 'failed' : 'cancelled';
        await claim(row.id, 'cancelling', ended, {
          finishedAt: new Date(),
          ...(ended === 'failed' ? { error: interrupted } : {}),
        });
        await removeStored(strapi, row.storedFile);
        recovered.push(row.id);
      }
      return recovered;
    },

    /** Removes the files of ended imports, and abandons uploads nobody came back to, after a day. */
    async cleanUp(now = new Date()) {
      const before = new Date(now.getTime() - KEEP_FILES_MS);
      const old = (await query().findMany({
        select: ['id', 'status', 'storedFile'],
        where: {
          storedFile: { $notNull: true },
          updatedAt: { $lt: before },
          status: { $in: ['uploaded', 'analysed', 'failed', 'completed', 'cancelled'] },
        },
      })) as JobRow[];
      for (const row of old) {
        const abandoned = row.status === 'uploaded' || row.status === 'analysed';
        if (abandoned && !(await claim(row.id, row.status, 'cancelled', { finishedAt: now }))) continue;
        await removeStored(strapi, row.storedFile);
        await query().update({ where: { id: row.id }, data: { storedFile: null } });
      }
      return old.length;
    },
  };
}

export type ImportRunner = ReturnType<typeof createImportRunner>;
