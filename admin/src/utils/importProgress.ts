import type { ImportJob } from '../../../server/src/contracts';

const percent = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0);

/**
 * The bar of a running import, 0–100: its first half is the file being read and its rows staged
 * (bytes read against the file's size), its second half the rows written into the list (against
 * the rows the summary keeps: every row but the duplicates).
 */
export const writtenPercent = (job: Pick<ImportJob, 'progress' | 'summary' | 'fileSize'>) => {
  const rows = job.summary ? job.summary.rowsRead - job.summary.duplicates : 0;
  return Math.round((percent(job.progress.bytes, job.fileSize) + percent(job.progress.written, rows)) / 2);
};

/** Bytes read against the file's size, 0–100: the bar of a running analysis. */
export const analysedPercent = (job: Pick<ImportJob, 'progress' | 'fileSize'>) =>
  percent(job.progress.bytes, job.fileSize);
