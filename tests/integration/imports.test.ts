/**
 * The contact import through the admin API, on the real playground Strapi: upload, detection,
 * analysis, background import, cancel and roll-back, and every bad input of issue 4.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { ListEntry, OptOut } from '../../server/src/contracts';
import type { ImportPlan } from '../../server/src/services/import/plan';
import { importClient, type Job } from '../helpers/imports';
import { bearer, startApp, userWithActions, type TestApp } from '../helpers/strapi';

const PLUGIN = 'plugin::mobile-campaigns';
const importDirectory = mkdtempSync(join(tmpdir(), 'mc-imports-test-'));

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

type Client = ReturnType<typeof importClient>;
// The app and its admin token exist once `beforeAll` has run.
const client = (): Client => importClient(app, admin);
const upload: Client['upload'] = (...args) => client().upload(...args);
const uploaded: Client['uploaded'] = (...args) => client().uploaded(...args);
const settled: Client['settled'] = (...args) => client().settled(...args);
const analysed: Client['analysed'] = (...args) => client().analysed(...args);

const started = async (id: number, body: Record<string, unknown>): Promise<Job> => {
  const response = await api().post(`/mobile-campaigns/imports/${id}/start`).set(admin).send(body);
  expect(response.status).toBe(200);
  return settled(id);
};

type Uid = Parameters<TestApp['strapi']['db']['query']>[0];
/** The Query Engine on one of the plugin's content types, to check what the API cannot show. */
const db = (name: string) => app.strapi.db.query(`${PLUGIN}.${name}` as Uid);
const count = async (uid: string, where: Record<string, unknown> = {}) =>
  db(uid.slice(PLUGIN.length + 1)).count({ where });

const attributeId = async (variable: string) => {
  const response = await api().get('/mobile-campaigns/attributes').set(admin);
  return (response.body.data as { id: number; variable: string }[]).find((item) => item.variable === variable)!.id;
};

const FRENCH_FILE = [
  'Prénom;Nom;Portable;Ville;Naissance',
  'Élodie;Lefèvre;06 12 34 56 78;Besançon;31/03/1990',
  'François;Dupré;+33 7 58 00 11 22;Orléans;1985-02-01',
  'Zoé;Cœur;0612345678;Nîmes;01/01/2000',
  'Noël;Brûlé;12ab;Évry;',
  'Anaïs;=HYPERLINK("http://x");0033 6 99 88 77 66;@SUM(A1);pas une date',
  'Hélène;Martin;06.11.22.33.44;"Saint-Étienne',
  'Loire";02/02/1972',
].join('\r\n');

describe('Given a Windows-1252 file with semicolons, as French spreadsheets export it', () => {
  let job: Job;

  it('When it is uploaded, Then encoding, delimiter, header and phone column are detected', async () => {
    job = await uploaded(iconv.encode(FRENCH_FILE, 'win1252'), 'clients é.csv');
    expect(job.status).toBe('uploaded');
    expect(job.format).toEqual(
      expect.objectContaining({ encoding: 'windows-1252', delimiter: ';', hasHeader: true, phoneColumn: 2 })
    );
    expect(job.format.headers).toEqual(['Prénom', 'Nom', 'Portable', 'Ville', 'Naissance']);
    expect(job.preview.sampleRows[0]).toEqual(['Élodie', 'Lefèvre', '06 12 34 56 78', 'Besançon', '31/03/1990']);
  });

  it('When it is analysed, Then the summary counts valid, invalid, duplicates, countries and empty fields', async () => {
    job = await analysed(job);
    expect(job.status).toBe('analysed');
    expect(job.summary).toEqual(
      expect.objectContaining({
        rowsRead: 6,
        valid: 5,
        invalid: 1,
        duplicates: 1,
        final: 4,
        byCountry: { FR: 4 },
        invalidByReason: { 'invalid-characters': 1 },
      })
    );
    expect(job.summary!.emptyFields.Naissance).toBe(0);
  });

  it('Then the rejected rows download as a CSV, formulas neutralised', async () => {
    const response = await api().get(`/mobile-campaigns/imports/${job.id}/rejected`).set(admin).buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toContain('rejected.csv');
    const text = response.text.replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('Line;Number;Reason;Prénom;Nom;Portable;Ville;Naissance');
    expect(lines).toContainEqual(
      expect.stringContaining('5;12ab;"Contains characters a phone number cannot have (letters, symbols)";Noël;Brûlé')
    );
    expect(lines).toContainEqual(
      expect.stringContaining('4;0612345678;Duplicate: the same number is on an earlier line;Zoé')
    );
  });

  it('When a French admin downloads the rejected rows, Then the header and the reasons are in French words', async () => {
    const response = await api().get(`/mobile-campaigns/imports/${job.id}/rejected?locale=fr`).set(admin).buffer(true);
    expect(response.status).toBe(200);
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Ligne;Numéro;Motif;Prénom;Nom;Portable;Ville;Naissance');
    expect(lines).toContainEqual(
      expect.stringContaining(
        '5;12ab;"Contient des caractères impossibles dans un numéro (lettres, symboles)";Noël;Brûlé'
      )
    );
    expect(lines).toContainEqual(
      expect.stringContaining('4;0612345678;Doublon : le même numéro figure sur une ligne précédente;Zoé')
    );
    expect(lines.join('\n')).not.toMatch(/invalid-characters|duplicate/);
  });

  it('When it is imported into a new list with a mapping, Then the list and the directory hold the contacts', async () => {
    const mapping = [
      { action: 'attribute', attributeId: await attributeId('Prénom') },
      { action: 'attribute', attributeId: await attributeId('Nom') },
      { action: 'skip' },
      { action: 'field', name: 'Ville' },
      { action: 'new-attribute', attribute: { name: 'Naissance', type: 'date', variable: 'Naissance' } },
    ];
    job = await started(job.id, {
      target: { kind: 'new-list', list: { name: 'Clients 2026', kind: 'contacts' } },
      mapping,
    });
    expect(job.status).toBe('completed');
    expect(job.result).toEqual({ added: 4, created: 4, updated: 0, alreadyPresent: 0, invalidValues: 1 });

    const list = (await api().get(`/mobile-campaigns/lists/${job.listId}`).set(admin)).body.data;
    expect(list).toEqual(
      expect.objectContaining({ status: 'active', contactCount: 4, invalidCount: 1, duplicateCount: 1 })
    );
    expect(list.fields).toEqual(['Prénom', 'Nom', 'Ville', 'Naissance']);

    const entries: ListEntry[] = (await api().get(`/mobile-campaigns/lists/${job.listId}/entries`).set(admin)).body
      .data;
    expect(entries.map((entry: ListEntry) => entry.line)).toEqual([2, 3, 5, 6, 7]);
    const helene = entries.find((entry: ListEntry) => entry.line === 7);
    expect(helene!.fields).toEqual({
      Prénom: 'Hélène',
      Nom: 'Martin',
      Ville: 'Saint-Étienne\r\nLoire',
      Naissance: '02/02/1972',
    });
    const anais = entries.find((entry: ListEntry) => entry.line === 6);
    expect(anais!.fields?.Nom).toBe('=HYPERLINK("http://x")');

    const contacts = (await api().get('/mobile-campaigns/contacts').query({ search: 'Élodie' }).set(admin)).body.data;
    expect(contacts).toEqual([
      expect.objectContaining({
        phone: '+33612345678',
        firstName: 'Élodie',
        lastName: 'Lefèvre',
        attributes: { Naissance: '1990-03-31' },
      }),
    ]);

    const exported = await api().get(`/mobile-campaigns/lists/${job.listId}/export`).set(admin).buffer(true);
    expect(exported.text).toContain(`'=HYPERLINK(""http://x"")`);
    expect(exported.text).toContain(`'@SUM(A1)`);
  });
});

describe('Given files a user cannot import as they are', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'empty'],
    ['blank lines only', Buffer.from('\r\n  \r\n'), 'empty'],
    [
      'a PNG renamed .csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
      'binary',
    ],
    [
      'an Excel workbook renamed .csv',
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)]),
      'spreadsheet',
    ],
    [
      'a 2,000-column header',
      Buffer.from(`${Array.from({ length: 2000 }, (_, i) => `c${i}`).join(';')}\n0612345678;x\n`),
      'too-many-columns',
    ],
  ])('When %s is uploaded, Then it is refused with a code and nothing is kept', async (_name, content, code) => {
    const jobsBefore = await count(`${PLUGIN}.import-job`);
    const response = await upload(content);
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe(code);
    expect(await count(`${PLUGIN}.import-job`)).toBe(jobsBefore);
    expect(readdirSync(importDirectory).filter((name) => !name.endsWith('.rejected.csv'))).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^[a-z0-9]+-[0-9a-f]{24}$/)])
    );
  });

  it('When no file is sent, Then it asks for one', async () => {
    const response = await api().post('/mobile-campaigns/imports').set(admin).send({});
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe('no-file');
  });

  it('When no column holds numbers, Then the user is asked to choose one, and a wrong choice imports nothing', async () => {
    const job = await uploaded('Nom;Ville\nMartin;Paris\nDupont;Lyon\n');
    expect(job.format.phoneColumn).toBeNull();
    expect(job.preview.warnings).toContain('no-phone-column');
    const wrong = await analysed(job, { phoneColumn: 1 });
    expect(wrong.summary).toEqual(expect.objectContaining({ rowsRead: 2, valid: 0, final: 0 }));
    const start = await api()
      .post(`/mobile-campaigns/imports/${job.id}/start`)
      .set(admin)
      .send({ target: { kind: 'new-list', list: { name: 'Vide' } }, mapping: [] });
    expect(start.status).toBe(400);
    expect(start.body.error.details.code).toBe('no-valid-contacts');
    expect(await count(`${PLUGIN}.list`, { name: 'Vide' })).toBe(0);
  });

  it('When rows are ragged, Then missing cells read empty, extra cells are dropped and the summary says so', async () => {
    const job = await analysed(
      await uploaded('Tel;Prénom;Ville\n0612345601;Ana\n0612345602;Bob;Lyon;extra\n0612345603;Cy;Nice\n')
    );
    expect(job.summary!.ragged).toEqual(expect.objectContaining({ tooFewCells: 1, tooManyCells: 1 }));
    expect(job.summary!.final).toBe(3);
  });

  it('When a quote is never closed, Then the analysis fails with the line to look at, and nothing is written', async () => {
    const big = `Tel;Note\n0612345601;"never closed\n${'0612345602;x\n'.repeat(120_000)}`;
    const job = await analysed(await uploaded(big));
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({ code: 'row-too-long', details: expect.objectContaining({ line: 2 }) });
    // The user may read the file again with another format (here: the same, as after a fix).
    const again = await api()
      .put(`/mobile-campaigns/imports/${job.id}/format`)
      .set(admin)
      .send({ encoding: 'utf-8', delimiter: ';', hasHeader: true });
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual(expect.objectContaining({ status: 'uploaded', error: null, summary: null }));
  });

  it('When an upload is interrupted, Then no job and no file are left behind', async () => {
    const before = readdirSync(importDirectory).length;
    const jobsBefore = await count(`${PLUGIN}.import-job`);
    const { port } = (app.strapi.server.httpServer.address() ?? (await listen())) as AddressInfo;
    await new Promise<void>((resolve) => {
      const boundary = 'mc-boundary';
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/mobile-campaigns/imports',
        headers: {
          ...admin,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(10 * 1024 * 1024),
        },
      });
      req.on('error', () => resolve());
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`
      );
      req.write('Tel;Nom\n'.concat('0612345678;Martin\n'.repeat(20_000)));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await count(`${PLUGIN}.import-job`)).toBe(jobsBefore);
    expect(readdirSync(importDirectory).length).toBe(before);
  });
});

const listen = () =>
  new Promise<AddressInfo>((resolve) => {
    const server = app.strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
  });

describe('Given a large import under way', () => {
  const rows = 200_000;
  const file = () => {
    let text = 'Portable;Prénom;Ville\n';
    for (let i = 0; i < rows; i += 1) text += `06${String(20_000_000 + i).padStart(8, '0')};Prénom ${i};Lyon\n`;
    return text;
  };

  it('When it is cancelled midway, Then the list, its rows and the new contacts are gone', async () => {
    const contactsBefore = await count(`${PLUGIN}.contact`);
    const listsBefore = await count(`${PLUGIN}.list`);
    const job = await analysed(await uploaded(file()));
    expect(job.summary!.final).toBe(rows);
    const start = await api()
      .post(`/mobile-campaigns/imports/${job.id}/start`)
      .set(admin)
      .send({ target: { kind: 'new-list', list: { name: 'Grosse liste' } }, mapping: [] });
    expect(start.body.data.status).toBe('importing');
    // Wait for rows to be in the database, so that the roll-back has something to undo.
    const deadline = Date.now() + 30_000;
    while ((await count(`${PLUGIN}.list-entry`, { importId: job.id })) === 0) {
      if (Date.now() > deadline) throw new Error('nothing written');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const cancel = await api().post(`/mobile-campaigns/imports/${job.id}/cancel`).set(admin);
    expect(cancel.status).toBe(200);
    const ended = await settled(job.id);
    expect(ended.status).toBe('cancelled');
    expect(await count(`${PLUGIN}.list`)).toBe(listsBefore);
    expect(await count(`${PLUGIN}.list-entry`, { importId: job.id })).toBe(0);
    expect(await count(`${PLUGIN}.contact`)).toBe(contactsBefore);
  });

  it('When Strapi stopped during an import, Then the next check fails it, and the clean-up undoes it once quiet', async () => {
    const job = await analysed(await uploaded('Portable\n0611111111\n0611111112\n'));
    const imports = app.strapi.plugin('mobile-campaigns').service('imports');
    // What a crashed instance leaves: an importing job with rows written and a stale heartbeat.
    const list = await db('list').create({
      data: { name: 'Interrompue', kind: 'contacts', status: 'importing', persistence: 'permanent' },
    });
    const plan: ImportPlan = {
      listId: list.id,
      listKind: 'contacts',
      createdList: true,
      listStatus: 'active',
      createdAttributeIds: [],
      lineOffset: 0,
      appending: false,
      columns: [],
      directory: true,
      updateExisting: false,
    };
    const contact = await db('contact').create({ data: { phone: '+33611111111', country: 'FR', importId: job.id } });
    await db('list-entry').create({
      data: { listId: list.id, contactId: contact.id, phone: '+33611111111', valid: true, importId: job.id, line: 2 },
    });
    await db('import-job').update({
      where: { id: job.id },
      data: { status: 'importing', plan, listId: list.id, heartbeatAt: new Date(Date.now() - 10 * 60_000) },
    });
    expect(await imports.recoverStale()).toEqual([job.id]);
    const after = (await api().get(`/mobile-campaigns/imports/${job.id}`).set(admin)).body.data as Job;
    expect(after.status).toBe('failed');
    expect(after.error!.code).toBe('interrupted');
    // A statement of the lost instance could still be writing: nothing is undone at once.
    await imports.cleanUp();
    expect(await count(`${PLUGIN}.list`, { id: list.id })).toBe(1);
    await imports.cleanUp(new Date(Date.now() + 3 * 60_000));
    expect(await count(`${PLUGIN}.list`, { id: list.id })).toBe(0);
    expect(await count(`${PLUGIN}.contact`, { phone: '+33611111111' })).toBe(0);
  });
});

describe('Given existing lists and contacts', () => {
  it('When numbers are pasted into an exclusion list, Then they are added once and foreign numbers too', async () => {
    const list = (await api().post('/mobile-campaigns/lists').set(admin).send({ name: 'RGPD', kind: 'exclusion' })).body
      .data;
    const response = await api()
      .post('/mobile-campaigns/imports/paste')
      .set(admin)
      .send({ text: '06 12 34 56 78, 0612345678; +44 7911 123456\nnot a number' });
    expect(response.status).toBe(201);
    const job = await analysed(response.body.data, { listKind: 'exclusion' });
    expect(job.summary).toEqual(expect.objectContaining({ rowsRead: 4, final: 2, duplicates: 1, invalid: 1 }));
    const done = await started(job.id, { target: { kind: 'list', listId: list.id }, mapping: [] });
    expect(done.result).toEqual(expect.objectContaining({ added: 2 }));
    const numbers = (await api().get(`/mobile-campaigns/lists/${list.id}/opt-outs`).set(admin)).body.data;
    expect(numbers.map((row: OptOut) => row.phone).sort()).toEqual(['+33612345678', '+447911123456']);
  });

  it('When a file is appended to a list with "update existing contacts", Then known numbers are skipped and contacts updated', async () => {
    const list = (await api().post('/mobile-campaigns/lists').set(admin).send({ name: 'Fidèles' })).body.data;
    await api().post(`/mobile-campaigns/lists/${list.id}/entries`).set(admin).send({ phone: '0698765401' });
    await api().post('/mobile-campaigns/contacts').set(admin).send({ phone: '0698765402', firstName: 'Ancien' });
    const job = await analysed(await uploaded('Mobile;Prénom\n0698765401;Alice\n0698765402;Bruno\n0698765403;Chloé\n'));
    const done = await started(job.id, {
      target: { kind: 'list', listId: list.id },
      mapping: [{ action: 'skip' }, { action: 'attribute', attributeId: await attributeId('Prénom') }],
      updateExisting: true,
    });
    expect(done.result).toEqual({ added: 2, created: 1, updated: 1, alreadyPresent: 1, invalidValues: 0 });
    const after = (await api().get(`/mobile-campaigns/lists/${list.id}`).set(admin)).body.data;
    expect(after).toEqual(expect.objectContaining({ status: 'active', contactCount: 3 }));
    const bruno = (await api().get('/mobile-campaigns/contacts').query({ search: '0698765402' }).set(admin)).body.data;
    expect(bruno[0].firstName).toBe('Bruno');
  });

  it('When "update existing contacts" completes, Then mapped values are written, other attributes kept, and nothing is kept for a roll-back', async () => {
    const first = await analysed(
      await uploaded('Mobile;Prénom;Ville\n0698765501;Ancien;Lyon\n0698765502;Autre;Paris\n')
    );
    const mapping = [
      { action: 'skip' },
      { action: 'attribute', attributeId: await attributeId('Prénom') },
      { action: 'attribute', attributeId: await attributeId('Ville') },
    ];
    await started(first.id, { target: { kind: 'new-list', list: { name: 'Avant' } }, mapping, directory: true });
    // The second file maps the first name only, and leaves one cell empty.
    const second = await analysed(await uploaded('Mobile;Prénom\n0698765501;Nouveau\n0698765502;\n'));
    const done = await started(second.id, {
      target: { kind: 'new-list', list: { name: 'Après' } },
      mapping: mapping.slice(0, 2),
      directory: true,
      updateExisting: true,
    });
    expect(done.result).toEqual(expect.objectContaining({ added: 2, created: 0, updated: 2 }));
    const contacts = (await db('contact').findMany({
      where: { phone: { $in: ['+33698765501', '+33698765502'] } },
      orderBy: { phone: 'asc' },
    })) as { firstName: string; attributes: Record<string, unknown> }[];
    expect(contacts.map(({ firstName, attributes }) => [firstName, attributes.Ville])).toEqual([
      ['Nouveau', 'Lyon'],
      ['Autre', 'Paris'],
    ]);
    // The kept values are dropped just after the job reads "completed": wait for it, bounded.
    const kept = () => count(`${PLUGIN}.list-entry`, { importId: second.id, previousContact: { $notNull: true } });
    for (let tries = 0; tries < 50 && (await kept()) > 0; tries += 1) await new Promise((r) => setTimeout(r, 100));
    expect(await kept()).toBe(0);
  });

  it('When "update existing contacts" is cancelled midway, Then every contact it updated has its values back', async () => {
    const rows = 120_000;
    const file = (name: string) => {
      let text = 'Mobile;Prénom\n';
      for (let i = 0; i < rows; i += 1) text += `07${String(50_000_000 + i).padStart(8, '0')};${name} ${i}\n`;
      return text;
    };
    const mapping = [{ action: 'skip' }, { action: 'attribute', attributeId: await attributeId('Prénom') }];
    const before = await analysed(await uploaded(file('Initial')));
    expect(
      (await started(before.id, { target: { kind: 'new-list', list: { name: 'Base' } }, mapping, directory: true }))
        .status
    ).toBe('completed');

    const job = await analysed(await uploaded(file('Changé')));
    const start = await api()
      .post(`/mobile-campaigns/imports/${job.id}/start`)
      .set(admin)
      .send({
        target: { kind: 'new-list', list: { name: 'Mise à jour' } },
        mapping,
        directory: true,
        updateExisting: true,
      });
    expect(start.status).toBe(200);
    // Wait for a first chunk of contacts to be updated, so that the roll-back has values to put back.
    const deadline = Date.now() + 60_000;
    while ((await count(`${PLUGIN}.contact`, { firstName: { $startsWith: 'Changé' } })) === 0) {
      if (Date.now() > deadline) throw new Error('nothing updated');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const cancel = await api().post(`/mobile-campaigns/imports/${job.id}/cancel`).set(admin);
    expect(cancel.status).toBe(200);
    expect((await settled(job.id)).status).toBe('cancelled');
    expect(await count(`${PLUGIN}.contact`, { firstName: { $startsWith: 'Changé' } })).toBe(0);
    expect(await count(`${PLUGIN}.contact`, { firstName: { $startsWith: 'Initial' } })).toBe(rows);
    expect(await count(`${PLUGIN}.list-entry`, { importId: job.id })).toBe(0);
  });

  it('When a list is imported without the directory (seed 003, option 1), Then it stands alone and no contact is created', async () => {
    const contactsBefore = await count(`${PLUGIN}.contact`);
    const attributesBefore = await count(`${PLUGIN}.attribute`);
    const job = await analysed(await uploaded('GSM;Prénom;Age\n0677000001;Inès;34\n0677000002;Omar;41\n'));
    const done = await started(job.id, {
      target: { kind: 'new-list', list: { name: 'Liste indépendante' } },
      mapping: [
        { action: 'skip' },
        { action: 'attribute', attributeId: await attributeId('Prénom') },
        { action: 'new-attribute', attribute: { name: 'Âge', type: 'integer', variable: 'Âge' } },
      ],
      directory: false,
    });
    expect(done.result).toEqual({ added: 2, created: 0, updated: 0, alreadyPresent: 0, invalidValues: 0 });
    expect(await count(`${PLUGIN}.contact`)).toBe(contactsBefore);
    expect(await count(`${PLUGIN}.attribute`)).toBe(attributesBefore);
    const entries: ListEntry[] = (await api().get(`/mobile-campaigns/lists/${done.listId}/entries`).set(admin)).body
      .data;
    expect(entries.map((entry) => [entry.contactId, entry.fields])).toEqual([
      [null, { Prénom: 'Inès', Âge: '34' }],
      [null, { Prénom: 'Omar', Âge: '41' }],
    ]);
  });

  it('When a user may not manage contacts, Then every import route is refused; rejected rows need the export permission', async () => {
    const reader = bearer(await userWithActions(app, 'Lecteur import', [`${PLUGIN}.campaigns.read`]));
    const response = await api().post('/mobile-campaigns/imports/paste').set(reader).send({ text: '0612345678' });
    expect(response.status).toBe(403);
    const manager = bearer(await userWithActions(app, 'Gestion import', [`${PLUGIN}.contacts.manage`]));
    const job = await analysed(await uploaded('Tel\n0612345678\nabc\n'));
    const rejected = await api().get(`/mobile-campaigns/imports/${job.id}/rejected`).set(manager);
    expect(rejected.status).toBe(403);
  });
});
