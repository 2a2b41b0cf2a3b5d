import type { ImportJob } from '../../../server/src/contracts';

const percent = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0);

/** Rows written against rows read, 0–100: the bar of a running import. */
export const writtenPercent = (job: Pick<ImportJob, 'progress' | 'summary'>) =>
  percent(job.progress.written, job.summary?.rowsRead ?? 0);

/** Bytes read against the file's size, 0–100: the bar of a running analysis. */
export const analysedPercent = (job: Pick<ImportJob, 'progress' | 'fileSize'>) =>
  percent(job.progress.bytes, job.fileSize);
