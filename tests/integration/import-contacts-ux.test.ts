/**
 * Issue 13, over HTTP on the real playground Strapi: landlines in a contact list, what the summary
 * says the import will write (refused destinations, numbers already known, invalid rows kept or
 * not), pasted numbers without file warnings, and SMS senders refused whole, never cut.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListEntry } from '../../server/src/contracts';
import { importClient, type Job } from '../helpers/imports';
import { bearer, startApp, type TestApp } from '../helpers/strapi';

const importDirectory = mkdtempSync(join(tmpdir(), 'mc-imports-ux-test-'));

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
const client = () => importClient(app, admin);

const started = async (id: number, body: Record<string, unknown>): Promise<Job> => {
  const response = await api().post(`/mobile-campaigns/imports/${id}/start`).set(admin).send(body);
  expect(response.status).toBe(200);
  return client().settled(id);
};

const entriesOf = async (listId: number): Promise<ListEntry[]> =>
  (await api().get(`/mobile-campaigns/lists/${listId}/entries`).set(admin)).body.data;

const FILE = [
  'Prénom;Portable',
  'Élodie;06 12 34 56 78',
  'Gérard;+33 1 23 45 67 89',
  'Bob;+1 202 555 0123',
  'Anke;+32 470 12 34 56',
  'Urs;+41 79 123 45 67',
  'Lina;0692 12 34 56',
  'Noël;06 98 76 54 32',
  'Zoé;07 58 00 11 22',
].join('\n');

describe('Given a contact list file with a landline, foreign numbers and numbers the account knows', () => {
  let job: Job;

  beforeAll(async () => {
    // The United States are allowed, so that Bob's number is judged on its type only.
    const current = (await api().get('/mobile-campaigns/settings').set(admin)).body.data;
    const saved = await api()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...current, allowedCountries: ['FR', 'US'] });
    expect(saved.status).toBe(200);
    // The directory knows Élodie; Noël replied STOP; Zoé is in the RGPD exclusion list.
    expect((await api().post('/mobile-campaigns/contacts').set(admin).send({ phone: '0612345678' })).status).toBe(201);
    const exclusions = (await api().get('/mobile-campaigns/lists').query({ kind: 'exclusion' }).set(admin)).body.data;
    const stop = exclusions.find((list: { system: boolean }) => list.system);
    await api().post(`/mobile-campaigns/lists/${stop.id}/opt-outs`).set(admin).send({ numbers: '0698765432' });
    const rgpd = (await api().post('/mobile-campaigns/lists').set(admin).send({ name: 'RGPD', kind: 'exclusion' })).body
      .data;
    await api().post(`/mobile-campaigns/lists/${rgpd.id}/opt-outs`).set(admin).send({ numbers: '07 58 00 11 22' });
  });

  it('When it is analysed, Then the landline is counted apart, the refused destinations are named, and known numbers counted', async () => {
    job = await client().analysed(await client().uploaded(FILE, 'clients.csv'));
    expect(job.status).toBe('analysed');
    expect(job.summary).toEqual(
      expect.objectContaining({
        rowsRead: 8,
        final: 4,
        invalidByReason: { 'fixed-line': 1, 'not-allowed-country': 3 },
        refusedByCountry: { BE: 1, CH: 1, RE: 1 },
        alreadyKnown: { directory: 1, optOut: 1, exclusion: 1 },
      })
    );
    // Bob's +1 202 number: the plan cannot tell a fixed line from a mobile there, so it stays valid.
    expect(job.summary!.byCountry).toEqual({ FR: 3, US: 1 });
  });

  it('When it is imported, keeping the invalid rows, Then the landline is in the list flagged fixed-line', async () => {
    const done = await started(job.id, {
      target: { kind: 'new-list', list: { name: 'Avec fixes', kind: 'contacts' } },
      mapping: [{ action: 'field', name: 'Prénom' }, { action: 'skip' }],
    });
    expect(done.status).toBe('completed');
    const gerard = (await entriesOf(done.listId!)).find((entry) => entry.fields?.Prénom === 'Gérard');
    expect(gerard).toEqual(expect.objectContaining({ phone: '+33123456789', valid: false, reason: 'fixed-line' }));
    const list = (await api().get(`/mobile-campaigns/lists/${done.listId}`).set(admin)).body.data;
    expect(list).toEqual(expect.objectContaining({ contactCount: 4, invalidCount: 4 }));
  });

  it('When it is imported choosing not to keep the invalid rows, Then the list holds the valid contacts only', async () => {
    const again = await client().analysed(await client().uploaded(FILE, 'clients.csv'));
    const done = await started(again.id, {
      target: { kind: 'new-list', list: { name: 'Sans invalides', kind: 'contacts' } },
      mapping: [{ action: 'field', name: 'Prénom' }, { action: 'skip' }],
      keepInvalid: false,
    });
    expect(done.status).toBe('completed');
    const entries = await entriesOf(done.listId!);
    expect(entries.map((entry) => entry.fields?.Prénom).sort()).toEqual(['Bob', 'Noël', 'Zoé', 'Élodie']);
    expect(entries.every((entry) => entry.valid)).toBe(true);
  });

  it('When the same file goes to an exclusion list, Then the landline is a number to exclude like any other', async () => {
    const exclusion = await client().analysed(await client().uploaded(FILE, 'clients.csv'), { listKind: 'exclusion' });
    expect(exclusion.summary!.invalidByReason).toEqual({});
    expect(exclusion.summary!.alreadyKnown).toBeUndefined();
  });
});

describe('Given numbers pasted rather than a file', () => {
  it('When they are sent, Then detection says nothing of an encoding or a separator', async () => {
    const response = await api()
      .post('/mobile-campaigns/imports/paste')
      .set(admin)
      .send({ text: '06 12 34 56 78\n07 58 00 11 22' });
    expect(response.status).toBe(201);
    const job: Job = response.body.data;
    expect((job as Job & { source: string }).source).toBe('paste');
    expect(job.preview.warnings).not.toContain('encoding-ascii-only');
    expect(job.preview.warnings).not.toContain('single-column');
    expect(job.preview.warnings).toEqual([]);
  });

  it('When a file holds the same, Then its warnings are still given', async () => {
    const job = await client().uploaded('06 12 34 56 78\n07 58 00 11 22\n', 'numeros.txt');
    expect(job.preview.warnings).toEqual(expect.arrayContaining(['encoding-ascii-only', 'single-column']));
  });
});

describe('Given an SMS sender typed in Settings', () => {
  it.each([
    ['BoutiqueLyon', 'too-long'],
    ['Boulangère', 'invalid-characters'],
    ['Ma Boutique', 'invalid-characters'],
    ['36184', 'all-digits'],
    ['0612345678', 'phone-number'],
  ])(
    'When %p is saved, Then it is refused (%s) and nothing is stored, not even a cut copy',
    async (smsSender, reason) => {
      const current = (await api().get('/mobile-campaigns/settings').set(admin)).body.data;
      const response = await api()
        .put('/mobile-campaigns/settings')
        .set(admin)
        .send({ ...current, smsSender });
      expect(response.status).toBe(400);
      const errors = response.body.error.details.errors as { path: string[]; message: string }[];
      expect(errors).toEqual([expect.objectContaining({ path: ['smsSender'], message: reason })]);
      expect((await api().get('/mobile-campaigns/settings').set(admin)).body.data.smsSender).toBe(current.smsSender);
    }
  );
});
