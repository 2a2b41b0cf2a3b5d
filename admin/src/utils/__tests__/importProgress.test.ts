import { analysedPercent, writtenPercent } from '../importProgress';

const summary = { rowsRead: 1000, duplicates: 50 } as never;
const job = (bytes: number, written: number) => ({ fileSize: 2000, summary, progress: { bytes, rows: 0, written } });

describe('import progress', () => {
  it('Given an import reading its file, Then the first half of the bar follows the bytes read', () => {
    expect(writtenPercent(job(0, 0))).toBe(0);
    expect(writtenPercent(job(1000, 0))).toBe(25);
    expect(writtenPercent(job(2000, 0))).toBe(50);
  });

  it('Given an import writing its rows, Then the second half follows the rows written out of those kept', () => {
    expect(writtenPercent(job(2000, 475))).toBe(75);
    expect(writtenPercent(job(2000, 950))).toBe(100);
  });

  it('Given a job without its summary or its size, Then the bar stays at 0 instead of dividing by 0', () => {
    expect(writtenPercent({ fileSize: 0, summary: null, progress: { bytes: 5, rows: 0, written: 5 } })).toBe(0);
    expect(analysedPercent({ fileSize: 0, progress: { bytes: 5, rows: 0, written: 0 } })).toBe(0);
    expect(analysedPercent({ fileSize: 200, progress: { bytes: 50, rows: 0, written: 0 } })).toBe(25);
  });
});
