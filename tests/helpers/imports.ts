/** The import wizard's calls over HTTP, for the integration tests that go through imports. */
import type { ContactImportSummary } from '../../server/src/core';
import type { TestApp } from './strapi';

export interface Job {
  id: number;
  status: string;
  queued: boolean;
  format: { encoding: string; delimiter: string; hasHeader: boolean; phoneColumn: number | null; headers: string[] };
  preview: { sampleRows: string[][]; warnings: string[] };
  summary: (ContactImportSummary & Record<string, unknown>) | null;
  progress: { bytes: number; rows: number; written: number };
  listId: number | null;
  result: Record<string, number> | null;
  error: { code: string; details: Record<string, unknown> } | null;
}

const WORKING = ['analysing', 'importing', 'cancelling'];

export const importClient = (app: TestApp, headers: Record<string, string>) => {
  const api = () => app.http();

  const job = async (id: number): Promise<Job> =>
    (await api().get(`/mobile-campaigns/imports/${id}`).set(headers)).body.data as Job;

  /** Polls the job until it leaves the working statuses (bounded). */
  const settled = async (id: number, timeoutMs = 120_000): Promise<Job> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = await job(id);
      if (!WORKING.includes(current.status)) return current;
      if (Date.now() > deadline) throw new Error(`Import ${id} still ${current.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const upload = (content: Buffer | string, name = 'contacts.csv') =>
    api()
      .post('/mobile-campaigns/imports')
      .set(headers)
      .attach('files', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);

  const uploaded = async (content: Buffer | string, name?: string): Promise<Job> => {
    const response = await upload(content, name);
    if (response.status !== 201) throw new Error(`Upload: ${response.status} ${response.text}`);
    return response.body.data as Job;
  };

  /** Asks for the analysis with the detected format; does not wait for it. */
  const analyse = (current: Job, overrides: Record<string, unknown> = {}) => {
    const { encoding, delimiter, hasHeader, phoneColumn } = current.format;
    return api()
      .post(`/mobile-campaigns/imports/${current.id}/analyse`)
      .set(headers)
      .send({ encoding, delimiter, hasHeader, phoneColumn, ...overrides });
  };

  const analysed = async (current: Job, overrides: Record<string, unknown> = {}): Promise<Job> => {
    const response = await analyse(current, overrides);
    if (response.status !== 200) throw new Error(`Analyse: ${response.status} ${response.text}`);
    return settled(current.id);
  };

  const start = (id: number, body: Record<string, unknown>) =>
    api().post(`/mobile-campaigns/imports/${id}/start`).set(headers).send(body);

  return { job, settled, upload, uploaded, analyse, analysed, start };
};

/** A semicolon file of `rows` distinct French mobile numbers from `first`, with a first name each. */
export const numbersFile = (rows: number, first = 20_000_000): string => {
  let text = 'Portable;Prénom\n';
  for (let i = 0; i < rows; i += 1) text += `06${String(first + i).padStart(8, '0')};Prénom ${i}\n`;
  return text;
};
