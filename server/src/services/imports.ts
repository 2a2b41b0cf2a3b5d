import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  detectCsvFormat,
  isCsvFormatError,
  parsePastedNumbers,
  CSV_SAMPLE_BYTES,
  type CsvFormat,
  type CsvWarning,
} from '../core';
import {
  importAnalyseSchema,
  importFormatSchema,
  importPasteSchema,
  importStartSchema,
  type ImportErrorCode,
  type ImportJob,
  type ImportStatus,
} from '../contracts';
import { getService, uid } from '../utils';
import { parseOrThrow } from '../utils/parse';
import { fileExists, keepText, keepUpload, openRejected, readSample, removeStored } from './import/files';
import { localizeRejected, rejectedLocale } from './import/rejected-csv';
import type { JobRow } from './import/job';
import { createImportRunner } from './import/runner';
import { preparePlan } from './import/prepare';

const JOB = uid('import-job');

/** What the body middleware (formidable) gives for an uploaded file. */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

/** An import problem the user can fix: the admin translates `details.code`. */
export const importError = (code: ImportErrorCode, message: string, details: Record<string, unknown> = {}) =>
  new errors.ValidationError(message, { code, ...details });

const toView = (row: JobRow): ImportJob => ({
  id: row.id,
  status: row.status,
  source: row.source,
  fileName: row.fileName,
  fileSize: Number(row.fileSize ?? 0),
  format: row.format,
  preview: row.preview,
  summary: row.summary ?? null,
  progress: { bytes: Number(row.bytesRead ?? 0), rows: row.rowsRead ?? 0, written: row.rowsWritten ?? 0 },
  queued: Boolean(row.queued) && (row.status === 'analysing' || row.status === 'importing'),
  listId: row.listId ?? null,
  result: row.result ?? null,
  error: row.error ?? null,
  createdAt: new Date(row.createdAt).toISOString(),
  updatedAt: new Date(row.updatedAt).toISOString(),
  finishedAt: row.finishedAt ? new Date(row.finishedAt).toISOString() : null,
});

/** Import jobs: upload, detection, the user's corrections, then the background passes (see `./import`). */
const importsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(JOB);
  const runner = createImportRunner(strapi);

  const findRow = async (id: number): Promise<JobRow> => {
    const row = (await query().findOne({ where: { id } })) as JobRow | null;
    if (!row) throw new errors.NotFoundError('Import not found');
    return row;
  };

  const assertStatus = (row: JobRow, allowed: ImportStatus[]) => {
    if (!allowed.includes(row.status)) {
      throw new errors.ApplicationError(`This import is ${row.status}`, { code: 'IMPORT_STATE', status: row.status });
    }
  };

  const assertFile = async (row: JobRow) => {
    if (!row.storedFile || !(await fileExists(strapi, row.storedFile))) {
      throw importError('file-gone', 'The uploaded file is no longer available; upload it again');
    }
  };

  /** Detection on the stored file; a file a user cannot import is refused and removed. */
  const detect = async (storedFile: string, size: number, overrides: Partial<CsvFormat> = {}) => {
    const { defaultCountry } = await getService(strapi, 'settings').get();
    try {
      return detectCsvFormat(await readSample(strapi, storedFile), {
        defaultCountry,
        truncated: size > CSV_SAMPLE_BYTES,
        sampleRows: 8,
        ...(overrides.encoding ? { encoding: overrides.encoding } : {}),
        ...(overrides.delimiter ? { delimiter: overrides.delimiter } : {}),
        ...(overrides.hasHeader !== undefined ? { hasHeader: overrides.hasHeader } : {}),
      });
    } catch (error) {
      if (isCsvFormatError(error)) throw importError(error.code, error.message, { ...error.details });
      throw error;
    }
  };

  /**
   * Pasted values are written by the plugin itself, one per line in UTF-8: what detection says of
   * a file's encoding, separator or column names would only puzzle the user.
   */
  const PASTE_SILENT_WARNINGS: readonly CsvWarning[] = [
    'encoding-ascii-only',
    'single-column',
    'ragged-rows',
    // The one column of pasted values has no name to recognise: it is the numbers by construction.
    'phone-column-by-values',
  ];

  const formatFields = (format: CsvFormat, source: 'file' | 'paste' = 'file') => ({
    format: {
      encoding: format.encoding,
      delimiter: format.delimiter,
      hasHeader: format.hasHeader,
      phoneColumn: format.phoneColumn,
      headers: format.headers,
      lineEnding: format.lineEnding,
    },
    preview: {
      sampleRows: format.sampleRows,
      warnings:
        source === 'paste'
          ? format.warnings.filter((warning) => !PASTE_SILENT_WARNINGS.includes(warning))
          : format.warnings,
      confidence: format.confidence,
    },
  });

  const createJob = async (
    storedFile: string,
    data: { source: 'file' | 'paste'; fileName: string; fileSize: number },
    user?: { id: number }
  ) => {
    try {
      const format = await detect(storedFile, data.fileSize);
      const row = await query().create({
        data: { ...data, storedFile, status: 'uploaded', ...formatFields(format, data.source), createdBy: user?.id },
      });
      return toView(row as JobRow);
    } catch (error) {
      await removeStored(strapi, storedFile);
      throw error;
    }
  };

  return {
    async upload(upload: UploadedFile | UploadedFile[] | undefined, user?: { id: number }): Promise<ImportJob> {
      if (!upload) throw importError('no-file', 'Choose a CSV or TXT file to import');
      if (Array.isArray(upload) && upload.length !== 1) {
        throw importError('too-many-files', 'Import one file at a time');
      }
      const files = Array.isArray(upload) ? upload[0] : upload;
      if (files.size === 0) throw importError('empty', 'The file is empty');
      const storedFile = await keepUpload(strapi, files.filepath);
      const fileName = (files.originalFilename || 'contacts.csv').slice(0, 255);
      return createJob(storedFile, { source: 'file', fileName, fileSize: files.size }, user);
    },

    async paste(input: unknown, user?: { id: number }) {
      const { text } = parseOrThrow(importPasteSchema, input, 'Nothing to import');
      const { defaultCountry } = await getService(strapi, 'settings').get();
      // One value per line, split as the exclusion lists split pasted numbers.
      const values = parsePastedNumbers(text, { defaultCountry });
      const { name, size } = await keepText(strapi, `${values.join('\n')}\n`);
      return createJob(name, { source: 'paste', fileName: 'pasted-values.txt', fileSize: size }, user);
    },

    async findOne(id: number) {
      return toView(await findRow(id));
    },

    /** Imports being worked on, newest first (the lists page shows their progress). */
    async active() {
      const rows = (await query().findMany({
        where: { status: { $in: ['analysing', 'importing', 'cancelling'] } },
        orderBy: [{ id: 'desc' }],
        limit: 50,
      })) as JobRow[];
      return rows.map(toView);
    },

    /** Reads the file again with the user's encoding, delimiter or header choice. */
    async setFormat(id: number, input: unknown) {
      const overrides = parseOrThrow(importFormatSchema, input, 'Invalid format');
      const row = await findRow(id);
      assertStatus(row, ['uploaded', 'analysed', 'failed']);
      await assertFile(row);
      const format = await detect(row.storedFile as string, Number(row.fileSize), overrides);
      const updated = await query().update({
        where: { id },
        data: { ...formatFields(format, row.source), status: 'uploaded', summary: null, error: null },
      });
      return toView(updated as JobRow);
    },

    /** Starts the analysis pass in the background; poll `findOne` for its summary. */
    async analyse(id: number, input: unknown) {
      const choice = parseOrThrow(importAnalyseSchema, input, 'Invalid format');
      const row = await findRow(id);
      assertStatus(row, ['uploaded', 'analysed', 'failed']);
      await assertFile(row);
      const headers = row.format.headers;
      if (choice.phoneColumn >= headers.length) throw importError('no-phone-column', 'Choose the column of numbers');
      const sameShape =
        choice.encoding === row.format.encoding &&
        choice.delimiter === row.format.delimiter &&
        choice.hasHeader === row.format.hasHeader;
      const format = sameShape
        ? { ...row.format, phoneColumn: choice.phoneColumn }
        : {
            ...formatFields(await detect(row.storedFile as string, Number(row.fileSize), choice)).format,
            phoneColumn: choice.phoneColumn,
          };
      const claimed = await runner.claim(id, row.status, 'analysing', {
        format: { ...format, listKind: choice.listKind },
        summary: null,
        error: null,
      });
      if (!claimed) throw new errors.ApplicationError('This import changed meanwhile', { code: 'IMPORT_STATE' });
      await runner.launch(id, 'analyse');
      return toView(await findRow(id));
    },

    /** The rejected rows (invalid numbers and duplicates) of the analysed file, as CSV. */
    async rejected(id: number, locale?: unknown) {
      const row = await findRow(id);
      if (!row.summary || !row.storedFile) {
        throw new errors.ApplicationError('Analyse the file first', { code: 'IMPORT_STATE', status: row.status });
      }
      const base = row.fileName.replace(/\.[^.]*$/, '');
      return {
        filename: `${base}-rejected.csv`,
        stream: localizeRejected(openRejected(strapi, row.storedFile), rejectedLocale(locale)),
      };
    },

    /**
     * Claims the job, then resolves the target and the mapping and starts the import pass in the
     * background. Claimed first: a second click or another instance is refused before anything is
     * prepared, so that no roll-back ever runs on the winner's rows.
     */
    async start(id: number, input: unknown, user?: { id: number }) {
      const request = parseOrThrow(importStartSchema, input, 'Invalid import');
      const row = await findRow(id);
      assertStatus(row, ['analysed']);
      await assertFile(row);
      if (!row.summary || row.summary.final === 0) {
        throw importError('no-valid-contacts', 'The file holds no number that can be imported');
      }
      const claimed = await runner.claim(id, 'analysed', 'importing', {
        plan: null,
        listId: null,
        rowsWritten: 0,
        rowsToUndo: true,
        error: null,
      });
      if (!claimed) throw new errors.ApplicationError('This import was started already', { code: 'IMPORT_STATE' });
      try {
        await preparePlan(strapi, row, request, user);
      } catch (error) {
        await runner.claim(id, 'importing', 'analysed', { rowsToUndo: false });
        throw error;
      }
      await runner.launch(id, 'import');
      return toView(await findRow(id));
    },

    /** Stops the import; whatever it wrote is removed. A finished import cannot be cancelled. */
    async cancel(id: number) {
      const row = await findRow(id);
      assertStatus(row, ['uploaded', 'analysing', 'analysed', 'importing', 'cancelling', 'failed']);
      if (row.status === 'importing' || row.status === 'analysing') {
        await runner.claim(id, row.status, 'cancelling', {});
        runner.abort(id);
        // The instance running it notices at its next chunk, undoes its writes and ends it.
        await runner.settled(id, 10_000);
        if (row.status === 'analysing' && !runner.isRunning(id)) await runner.claim(id, 'cancelling', 'cancelled', {});
        return toView(await findRow(id));
      }
      if (row.status !== 'cancelling') {
        await runner.claim(id, row.status, 'cancelled', { finishedAt: new Date() });
        await removeStored(strapi, row.storedFile);
      }
      return toView(await findRow(id));
    },

    recoverStale: () => runner.recoverStale(),
    cleanUp: (now?: Date) => runner.cleanUp(now),
    stopAll: () => runner.stopAll(),
  };
};

export type ImportsService = ReturnType<typeof importsService>;
export default importsService;
