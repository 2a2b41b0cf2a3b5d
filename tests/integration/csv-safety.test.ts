/**
 * Hardening of the CSV paths (issue 9, "Bad input and resource limits"), through the admin API on
 * the real playground Strapi: hostile cells in every export, a NUL byte past detection's sample,
 * column names and rows that would inflate what is stored, and the rejected-rows file's lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContactImportSummary } from '../../server/src/core';
import { bearer, startApp, type TestApp } from '../helpers/strapi';

const importDirectory = mkdtempSync(join(tmpdir(), 'mc-csv-safety-test-'));

let app: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  process.env.IMPORT_DIRECTORY = importDirectory;
  app = await startApp();
  admin = bearer(app.adminToken);
});

afterAll(async () => {
  await app?.stop();
  delete process.env.IMPORT_DIRECTORY;
  rmSync(importDirectory, { recursive: true, force: true });
});

const api = () => app.http();

interface Job {
  id: number;
  status: string;
  format: { encoding: string; delimiter: string; hasHeader: boolean; phoneColumn: number | null; headers: string[] };
  summary: ContactImportSummary | null;
  listId: number | null;
  error: { code: string; details: Record<string, unknown> } | null;
}

const uploaded = async (content: Buffer | string): Promise<Job> => {
  const response = await api()
    .post('/mobile-campaigns/imports')
    .set(admin)
    .attach('files', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), 'contacts.csv');
  expect(response.status).toBe(201);
  return response.body.data;
};

/** Polls the job until it leaves the working statuses (bounded: 60 s). */
const settled = async (id: number): Promise<Job> => {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = (await api().get(`/mobile-campaigns/imports/${id}`).set(admin)).body.data as Job;
    if (!['analysing', 'importing', 'cancelling'].includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`Import ${id} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const analysed = async (job: Job): Promise<Job> => {
  const { encoding, delimiter, hasHeader, phoneColumn } = job.format;
  const response = await api()
    .post(`/mobile-campaigns/imports/${job.id}/analyse`)
    .set(admin)
    .send({ encoding, delimiter, hasHeader, phoneColumn });
  expect(response.status).toBe(200);
  return settled(job.id);
};

/** A download's body as text, whatever its content type. */
const download = async (path: string): Promise<string> => {
  const response = await api()
    .get(path)
    .set(admin)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
  expect(response.status).toBe(200);
  return response.body as string;
};

/** The lines of a download: CRLF-separated records, with the final CRLF. */
const linesOf = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

const rejectedLines = async (id: number) => linesOf(await download(`/mobile-campaigns/imports/${id}/rejected`));

describe('Given an import with rejected rows', () => {
  it('When the rejected rows are downloaded, Then each record is one line, with no blank line between records', async () => {
    const job = await analysed(
      await uploaded(['Portable;Nom', '0612345678;Ana', '12ab;Bob', 'zz;Chloé', '0612345678;Dup'].join('\r\n'))
    );
    expect(job.status).toBe('analysed');
    const lines = await rejectedLines(job.id);
    expect(lines).toEqual([
      'line;number;reason;Portable;Nom',
      '3;12ab;invalid-characters;12ab;Bob',
      '4;zz;invalid-characters;zz;Chloé',
      '5;0612345678;duplicate;0612345678;Dup',
      '',
    ]);
  });
});
