/**
 * Hardening of the CSV paths (issue 9, "Bad input and resource limits"), through the admin API on
 * the real playground Strapi: hostile cells in every export, a NUL byte past detection's sample,
 * column names and rows that would inflate what is stored, and the rejected-rows file's lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { ContactImportSummary } from '../../server/src/core';
import { bearer, startApp, type TestApp } from '../helpers/strapi';

const PLUGIN = 'plugin::mobile-campaigns';
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

type Uid = Parameters<TestApp['strapi']['db']['query']>[0];
const db = (name: string) => app.strapi.db.query(`${PLUGIN}.${name}` as Uid);

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

const started = async (id: number, listName: string): Promise<Job> => {
  const response = await api()
    .post(`/mobile-campaigns/imports/${id}/start`)
    .set(admin)
    .send({ target: { kind: 'new-list', list: { name: listName, kind: 'contacts' } }, mapping: [] });
  expect(response.status).toBe(200);
  return settled(id);
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

/** A `;` CSV cell written by hand (every cell quoted), so that the input is exactly the value. */
const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;

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
    const invalid = '"Contains characters a phone number cannot have (letters, symbols)"';
    expect(lines).toEqual([
      'Line;Number;Reason;Portable;Nom',
      `3;12ab;${invalid};12ab;Bob`,
      `4;zz;${invalid};zz;Chloé`,
      '5;0612345678;Duplicate: the same number is on an earlier line;0612345678;Dup',
      '',
    ]);
  });
});

describe('Given a file whose first 64 KiB are clean and a later row holds a NUL byte', () => {
  const clean = Array.from({ length: 3000 }, (_, i) => `06 12 ${String(i).padStart(6, '0')};Nom ${i}`);
  const after = Array.from({ length: 10 }, (_, i) => `07 75 00 00 ${String(i).padStart(2, '0')};Après ${i}`);
  const file = Buffer.from(['Portable;Nom', ...clean, '0698765432;Zo\u0000é', ...after].join('\r\n') + '\r\n', 'utf8');
  const nulLine = 1 + clean.length + 1;
  let job: Job;

  it('When it is uploaded, Then detection finds nothing wrong (the NUL is past its sample)', async () => {
    expect(file.indexOf(0)).toBeGreaterThan(64 * 1024);
    job = await uploaded(file);
    expect(job.status).toBe('uploaded');
    expect(job.format.phoneColumn).toBe(0);
  });

  it('When it is analysed, Then that row is rejected with the reason control-character, in the summary and the rejected rows', async () => {
    job = await analysed(job);
    expect(job.status).toBe('analysed');
    expect(job.summary).toEqual(
      expect.objectContaining({ rowsRead: 3011, invalid: 1, final: 3010, invalidByReason: { 'control-character': 1 } })
    );
    const lines = await rejectedLines(job.id);
    expect(lines.filter((line) => line.includes('NUL character'))).toEqual([
      expect.stringMatching(new RegExp(`^${nulLine};0698765432;"Contains a NUL character, which cannot be stored`)),
    ]);
  });

  it('When it is imported, Then the import completes and every other row is in the list, the NUL row is not', async () => {
    job = await started(job.id, 'Avec NUL');
    expect(job.error).toBeNull();
    expect(job.status).toBe('completed');
    expect(await db('list-entry').count({ where: { listId: job.listId } })).toBe(3010);
    expect(await db('list-entry').count({ where: { listId: job.listId, phone: '+33698765432' } })).toBe(0);
    expect(await db('list-entry').count({ where: { listId: job.listId, phone: '+33775000009' } })).toBe(1);
  });
});

describe('Given a file with very long column names, empty cells and one oversized row', () => {
  const names = Array.from({ length: 10 }, (_, i) => `${'Colonne très longue '.repeat(150)}${i}`);
  const empties = ';'.repeat(names.length);
  const file = [
    ['Portable', ...names].join(';'),
    `0612000001${empties}`,
    `0612000002;Alice${';'.repeat(names.length - 1)}`,
    `0612000003;${'x'.repeat(9000)}${';'.repeat(names.length - 1)}`,
    `0612000004${empties}`,
  ].join('\r\n');
  let job: Job;

  it('When it is uploaded, Then every column name is cut to 100 characters, and the names stay unique', async () => {
    job = await uploaded(file);
    const headers = job.format.headers;
    expect(headers).toHaveLength(11);
    expect(Math.max(...headers.map((name) => name.length))).toBeLessThanOrEqual(100);
    expect(new Set(headers).size).toBe(11);
  });

  it('When it is analysed, Then the oversized row is rejected with the reason row-too-large, in the summary and the rejected rows', async () => {
    job = await analysed(job);
    expect(job.summary).toEqual(
      expect.objectContaining({ rowsRead: 4, invalid: 1, final: 3, invalidByReason: { 'row-too-large': 1 } })
    );
    const lines = await rejectedLines(job.id);
    expect(lines.filter((line) => line.includes('Too much text'))).toEqual([
      expect.stringMatching(/^4;0612000003;Too much text in this row to be stored \(more than 8 KB\);/),
    ]);
  });

  it('When it is imported, Then empty cells are not stored, names are at most 100 characters, and the oversized row is not written', async () => {
    job = await started(job.id, 'Noms longs');
    expect(job.status).toBe('completed');
    const entries = (await db('list-entry').findMany({ where: { listId: job.listId }, orderBy: { line: 'asc' } })) as {
      line: number;
      fields: Record<string, string> | string;
    }[];
    const fields = entries.map((entry) => (typeof entry.fields === 'string' ? JSON.parse(entry.fields) : entry.fields));
    expect(entries.map((entry) => entry.line)).toEqual([2, 3, 5]);
    expect(fields[0]).toEqual({});
    expect(Object.values(fields[1])).toEqual(['Alice']);
    expect(Object.keys(fields[1])[0]).toBe(job.format.headers[1]);
    expect(fields[2]).toEqual({});
    const list = (await api().get(`/mobile-campaigns/lists/${job.listId}`).set(admin)).body.data;
    expect(Math.max(...(list.fields as string[]).map((name) => name.length))).toBeLessThanOrEqual(100);
  });
});

describe('Given hostile cells in every export', () => {
  /** Values a spreadsheet could run as formulas, one way or another. */
  const HOSTILE = [
    'a,=1+1',
    '  =cmd',
    '\u00a0=1',
    '\u200b=1',
    '\ufeff=1',
    'x; =1',
    'y\t@SUM(1)',
    "1,5+cmd|' /C calc'!A0",
    'a,"=1"',
    'l1\n=2',
    '@x',
    '-2+3',
  ];
  const SIGNED_NUMBER = /^[+-][\d\s.,()/-]*\d[\d\s.,()/-]*$/;

  /**
   * Cells that a spreadsheet would take for a formula once the file is read with `delimiter`: after
   * spaces, NBSP, ZWSP, BOM and quotes, an `=` or `@`, or a `+`/`-` that is not a plain number up
   * to the next `;`, tab or line break (a phone number such as +33612345678 stays as it is: what
   * follows a `;` or a stray closing quote cannot continue a formula).
   */
  const formulas = (text: string, delimiter: string) => {
    const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter });
    return data.flat().filter((value) => {
      const visible = value.replace(/^[\s\u200b\ufeff"]+/, '');
      if (/^[=@]/.test(visible)) return true;
      return /^[+-]/.test(visible) && !SIGNED_NUMBER.test(visible.split(/[;\t\r\n]/)[0]!.replace(/"/g, ''));
    });
  };

  /** The export, read with each separator a spreadsheet may be set to: no formula, and every value there. */
  const expectSafe = (text: string, values: readonly string[]) => {
    for (const delimiter of [',', ';', '\t'])
      expect({ delimiter, formulas: formulas(text, delimiter) }).toEqual({
        delimiter,
        formulas: [],
      });
    const cells = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';' }).data.flat();
    const unquoted = (value: string) => value.replace(/'/g, '');
    const shown = (value: string) => cells.some((c) => unquoted(c) === unquoted(value));
    expect(values.filter((value) => !shown(value))).toEqual([]);
  };

  it('When a list holding them is exported, Then no cell is a formula with any separator', async () => {
    const list = (await api().post('/mobile-campaigns/lists').set(admin).send({ name: 'Hostile' })).body.data;
    for (const [i, value] of HOSTILE.entries()) {
      const response = await api()
        .post(`/mobile-campaigns/lists/${list.id}/entries`)
        .set(admin)
        .send({ phone: `06 13 00 00 ${String(i).padStart(2, '0')}`, fields: { Note: value } });
      expect(response.status).toBe(201);
    }
    await db('list').update({ where: { id: list.id }, data: { fields: ['Note'] } });
    expectSafe(await download(`/mobile-campaigns/lists/${list.id}/export`), HOSTILE);
  });

  it('When contacts holding them are exported, Then no cell is a formula with any separator', async () => {
    const attribute = await api()
      .post('/mobile-campaigns/attributes')
      .set(admin)
      .send({ name: 'Remarque', type: 'text', variable: 'Remarque' });
    expect(attribute.status).toBe(201);
    for (const [i, value] of HOSTILE.entries()) {
      const response = await api()
        .post('/mobile-campaigns/contacts')
        .set(admin)
        .send({
          phone: `06 14 00 00 ${String(i).padStart(2, '0')}`,
          firstName: value,
          attributes: { Remarque: value },
        });
      expect(response.status).toBe(201);
    }
    expectSafe(await download('/mobile-campaigns/contacts/export'), HOSTILE);
  });

  it('When rejected rows holding them are downloaded, Then no cell is a formula with any separator', async () => {
    const file = ['Portable;=Note', ...HOSTILE.map((value, i) => `${cell(`bad ${i}`)};${cell(value)}`)].join('\r\n');
    const job = await analysed(await uploaded(file));
    expect(job.status).toBe('analysed');
    expect(job.summary!.invalid).toBe(HOSTILE.length);
    // The import trims each cell, as it stores them.
    expectSafe(await download(`/mobile-campaigns/imports/${job.id}/rejected`), [
      ...HOSTILE.map((value) => value.trim()),
      '=Note',
    ]);
  });
});

describe('Given cells longer than the database columns that keep them (255 characters)', () => {
  const raw = `${'06 12 34 56 78 '.repeat(30)}x`;
  const longName = 'Anne-Sophie '.repeat(30).trim();

  const attributeId = async (variable: string) => {
    const response = await api().get('/mobile-campaigns/attributes').set(admin);
    return (response.body.data as { id: number; variable: string }[]).find((item) => item.variable === variable)!.id;
  };

  it('When an invalid number that long is imported into a contact list, Then the import completes and the row is kept, flagged invalid', async () => {
    let job = await analysed(await uploaded(['Portable;Nom', '0622000001;Ana', `${raw};Bob`].join('\r\n')));
    expect(job.summary).toEqual(expect.objectContaining({ rowsRead: 2, invalid: 1, final: 1 }));
    job = await started(job.id, 'Numéro trop long');
    expect(job.error).toBeNull();
    expect(job.status).toBe('completed');
    const entries = (await db('list-entry').findMany({ where: { listId: job.listId }, orderBy: { line: 'asc' } })) as {
      valid: boolean;
      phoneRaw: string;
    }[];
    expect(entries.map((entry) => Boolean(entry.valid))).toEqual([true, false]);
    expect(entries[1]!.phoneRaw.length).toBeLessThanOrEqual(255);
    expect(raw.startsWith(entries[1]!.phoneRaw)).toBe(true);
  });

  it.each([
    ['a new contact', false, '0622000002'],
    ['an existing contact, updated', true, '0622000001'],
  ])(
    'When a first name that long is mapped to the contact for %s, Then the import completes, the list keeps it, the contact does not',
    async (_, updateExisting, phone) => {
      const file = ['Portable;Prénom', `${phone};${longName}`].join('\r\n');
      let job = await analysed(await uploaded(file));
      const response = await api()
        .post(`/mobile-campaigns/imports/${job.id}/start`)
        .set(admin)
        .send({
          target: { kind: 'new-list', list: { name: `Prénom long ${phone}`, kind: 'contacts' } },
          mapping: [{ action: 'skip' }, { action: 'attribute', attributeId: await attributeId('Prénom') }],
          updateExisting,
        });
      expect(response.status).toBe(200);
      job = await settled(job.id);
      expect(job.error).toBeNull();
      expect(job.status).toBe('completed');
      expect((job as unknown as { result: { invalidValues: number } }).result.invalidValues).toBe(1);
      const [entry] = (await db('list-entry').findMany({ where: { listId: job.listId } })) as {
        fields: Record<string, string> | string;
      }[];
      const fields = typeof entry!.fields === 'string' ? JSON.parse(entry!.fields) : entry!.fields;
      expect(fields).toEqual({ Prénom: longName });
      const contact = (await db('contact').findOne({ where: { phone: `+33${phone.slice(1)}` } })) as {
        firstName: string | null;
      };
      expect(contact.firstName).toBeNull();
    }
  );
});
