import type { ContactImportSummary, CsvLineEnding } from '../../core';
import type { ImportJob, ImportStatus } from '../../contracts';
import type { ImportPlan } from './plan';

/** A job as stored (the view the admin gets is built from it). */
export interface JobRow {
  id: number;
  status: ImportStatus;
  source: 'file' | 'paste';
  fileName: string;
  fileSize: number | string | null;
  storedFile: string | null;
  format: ImportJob['format'] & { lineEnding?: CsvLineEnding; listKind?: 'contacts' | 'exclusion' };
  preview: ImportJob['preview'];
  summary: ContactImportSummary | null;
  plan: ImportPlan | null;
  listId: number | null;
  bytesRead: number | string | null;
  rowsRead: number | null;
  rowsWritten: number | null;
  result: ImportJob['result'];
  error: ImportJob['error'];
  /** Analysing or importing, waiting for a free worker of its instance. */
  queued: boolean | null;
  /** The import wrote rows that are not undone yet (set when it starts, cleared once completed or rolled back). */
  rowsToUndo: boolean | null;
  heartbeatAt: string | null;
  finishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
