/**
 * Imports under double clicks, concurrent imports, other instances and failures (issue 9, items
 * 5, 6, 7, 9 and 11), on the real playground Strapi. One worker per instance here, so that the
 * queue shows.
 */
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexNames } from '../helpers/database';
import { importClient, numbersFile, type Job } from '../helpers/imports';
import { bearer, startApp, type TestApp } from '../helpers/strapi';

const PLUGIN = 'plugin::mobile-campaigns';
const importDirectory = mkdtempSync(join(tmpdir(), 'mc-import-races-'));

let app: TestApp;
let admin: Record<string, string>;
let imports: ReturnType<typeof importClient>;

beforeAll(async () => {
  process.env.IMPORT_DIRECTORY = importDirectory;
  process.env.IMPORT_MAX_WORKERS = '1';
  app = await startApp();
  admin = bearer(app.adminToken);
  imports = importClient(app, admin);
});

afterAll(async () => {
  await app?.stop();
  delete process.env.IMPORT_DIRECTORY;
  delete process.env.IMPORT_MAX_WORKERS;
  rmSync(importDirectory, { recursive: true, force: true });
});

type Uid = Parameters<TestApp['strapi']['db']['query']>[0];
const db = (name: string) => app.strapi.db.query(`${PLUGIN}.${name}` as Uid);
const api = () => app.http();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 20 ms until it holds (bounded). */
const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await wait(20);
  }
};

const newList = async (name: string, kind: 'contacts' | 'exclusion' = 'contacts') => {
  const response = await api().post('/mobile-campaigns/lists').set(admin).send({ name, kind });
  expect(response.status).toBe(201);
  return response.body.data as { id: number };
};

/** Numbers held more than once by one list: none, ever. */
const repeatedNumbers = async (listId: number) => {
  const rows = (await db('list-entry').findMany({
    select: ['phone'],
    where: { listId, phone: { $notNull: true } },
  })) as {
    phone: string;
  }[];
  const seen = new Set<string>();
  return rows.filter((row) => (seen.has(row.phone) ? true : (seen.add(row.phone), false))).map((row) => row.phone);
};

const errorCode = (response: { body: { error?: { details?: { code?: string } } } }) =>
  response.body.error?.details?.code;

describe('Given an analysed import', () => {
  it('When "start" is sent twice at once, Then one import runs, the other is refused, and every row stays', async () => {
    const job = await imports.analysed(await imports.uploaded(numbersFile(3_000)));
    const body = { target: { kind: 'new-list', list: { name: 'Double clic' } }, mapping: [] };
    const responses = await Promise.all([imports.start(job.id, body), imports.start(job.id, body)]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 400]);
    expect(errorCode(responses.find((response) => response.status === 400)!)).toBe('IMPORT_STATE');

    const ended = await imports.settled(job.id);
    expect(ended.status).toBe('completed');
    expect(ended.result!.added).toBe(3_000);
    expect(await db('list').count({ where: { name: 'Double clic' } })).toBe(1);
    expect(await db('list-entry').count({ where: { listId: ended.listId } })).toBe(3_000);
  });
});

describe('Given two imports into one list', () => {
  it('When both start at once, Then the list is locked by the first, and no number is ever twice in it', async () => {
    const list = await newList('Deux imports');
    // Overlapping numbers: 0–29,999 and 20,000–49,999.
    const first = await imports.analysed(await imports.uploaded(numbersFile(30_000, 30_000_000)));
    const second = await imports.analysed(await imports.uploaded(numbersFile(30_000, 30_020_000)));
    const body = { target: { kind: 'list', listId: list.id }, mapping: [] };
    const responses = await Promise.all([imports.start(first.id, body), imports.start(second.id, body)]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 400]);
    const refused = responses.find((response) => response.status === 400)!;
    expect(errorCode(refused)).toBe('LIST_IMPORTING');
    const [winner, loser] = responses[0].status === 200 ? [first, second] : [second, first];
    expect((await imports.job(loser.id)).status).toBe('analysed');

    expect((await imports.settled(winner.id)).status).toBe('completed');
    const again = await imports.start(loser.id, body);
    expect(again.status).toBe(200);
    const ended = await imports.settled(loser.id);
    expect(ended.status).toBe('completed');
    expect(ended.result!.alreadyPresent).toBe(10_000);
    expect(await db('list-entry').count({ where: { listId: list.id } })).toBe(50_000);
    expect(await repeatedNumbers(list.id)).toEqual([]);
  });

  it('When a file holds a number the list cannot use twice, and is appended again, Then the list holds it once', async () => {
    // A British mobile: a destination the account does not send to, kept in the list flagged invalid.
    const file = 'Portable\n+44 7911 123456\n0612000010\n+447911123456\n';
    const body = { target: { kind: 'new-list', list: { name: 'Étrangers' } }, mapping: [] };
    const first = await imports.settled(
      (await imports.start((await imports.analysed(await imports.uploaded(file))).id, body)).body.data.id
    );
    expect(first.status).toBe('completed');
    const again = await imports.analysed(await imports.uploaded(file));
    const appended = await imports.settled(
      (await imports.start(again.id, { target: { kind: 'list', listId: first.listId }, mapping: [] })).body.data.id
    );
    expect(appended.status).toBe('completed');
    expect(await db('list-entry').count({ where: { listId: first.listId } })).toBe(2);
    expect(await repeatedNumbers(first.listId!)).toEqual([]);
  });

  it('When a row is corrected by hand to a number the list holds, Then it is refused with the reason', async () => {
    const list = await newList('Correction');
    const add = (phone: string) =>
      api().post(`/mobile-campaigns/lists/${list.id}/entries`).set(admin).send({ phone, fields: {} });
    expect((await add('0612000020')).status).toBe(201);
    const second = await add('0612000021');
    const update = await api()
      .put(`/mobile-campaigns/lists/${list.id}/entries/${second.body.data.id}`)
      .set(admin)
      .send({ phone: '06 12 00 00 20', fields: {} });
    expect(update.status).toBe(400);
    expect(JSON.stringify(update.body.error.details)).toContain('duplicate');
    expect(await repeatedNumbers(list.id)).toEqual([]);
  });

  it('Then the database itself holds a number once per list (a unique index on the list and the number)', async () => {
    expect(await indexNames(app, 'mc_list_entries', { unique: true })).toContain('mc_list_entries_list_phone');
  });
});

describe('Given a list locked by an import', () => {
  it('Then merge, delete, add-to-list, hand additions and exclusion-list additions are refused', async () => {
    const locked = await newList('Verrouillée');
    const other = await newList('Autre');
    const exclusion = await newList('Exclusions verrouillées', 'exclusion');
    const contact = await api().post('/mobile-campaigns/contacts').set(admin).send({ phone: '0612000002' });
    expect(contact.status).toBe(201);
    // What `start` leaves on the target while the import runs.
    await db('list').updateMany({ where: { id: { $in: [locked.id, exclusion.id] } }, data: { status: 'importing' } });

    const refusals = [
      () => api().delete(`/mobile-campaigns/lists/${locked.id}`),
      () => api().post(`/mobile-campaigns/lists/${other.id}/merge`).send({ sourceListId: locked.id }),
      () => api().post(`/mobile-campaigns/lists/${locked.id}/merge`).send({ sourceListId: other.id }),
      () =>
        api()
          .post('/mobile-campaigns/contacts/add-to-list')
          .send({ listId: locked.id, contactIds: [contact.body.data.id] }),
      () => api().post(`/mobile-campaigns/lists/${locked.id}/entries`).send({ phone: '0612000003', fields: {} }),
      () => api().post(`/mobile-campaigns/lists/${exclusion.id}/opt-outs`).send({ numbers: '0612000004' }),
    ];
    for (const request of refusals) {
      const response = await request().set(admin);
      expect({ status: response.status, code: errorCode(response) }).toEqual({ status: 400, code: 'LIST_IMPORTING' });
    }
    expect(await db('list').count({ where: { id: { $in: [locked.id, other.id, exclusion.id] } } })).toBe(3);
    expect(await db('list-entry').count({ where: { listId: locked.id } })).toBe(0);
    expect(await db('opt-out').count({ where: { listId: exclusion.id } })).toBe(0);
  });
});

describe('Given an import under way on this instance', () => {
  it('When another instance marks it failed, Then its writer stops, its rows are undone, and none arrive after', async () => {
    const job = await imports.analysed(await imports.uploaded(numbersFile(150_000, 40_000_000)));
    const start = await imports.start(job.id, {
      target: { kind: 'new-list', list: { name: 'Reprise ailleurs' } },
      mapping: [],
    });
    expect(start.status).toBe(200);
    const listId = start.body.data.listId as number;
    await until('rows written', async () => (await db('list-entry').count({ where: { importId: job.id } })) > 0);
    // What another instance's recovery writes when it takes this one for dead.
    await db('import-job').update({ where: { id: job.id }, data: { status: 'failed' } });

    await until('the roll-back', async () => {
      const row = (await db('import-job').findOne({ where: { id: job.id } })) as { rowsToUndo: boolean };
      return !row.rowsToUndo;
    });
    expect(await db('list-entry').count({ where: { importId: job.id } })).toBe(0);
    expect(await db('contact').count({ where: { importId: job.id } })).toBe(0);
    expect(await db('list').count({ where: { id: listId } })).toBe(0);
    // A statement still running when the roll-back started would commit now: none does.
    await wait(1500);
    expect(await db('list-entry').count({ where: { importId: job.id } })).toBe(0);
    expect((await imports.job(job.id)).status).toBe('failed');
  });
});

describe('Given one worker per instance', () => {
  it('When a second analysis is asked while one runs, Then it waits its turn, shown as queued, and then runs', async () => {
    const big = await imports.uploaded(numbersFile(150_000, 50_000_000));
    const small = await imports.uploaded(numbersFile(10, 60_000_000));
    expect((await imports.analyse(big)).status).toBe(200);
    const queued = await imports.analyse(small);
    expect(queued.status).toBe(200);
    expect((queued.body.data as Job).status).toBe('analysing');
    expect((queued.body.data as Job).queued).toBe(true);

    expect((await imports.settled(big.id)).status).toBe('analysed');
    const ran = await imports.settled(small.id);
    expect(ran.status).toBe('analysed');
    expect(ran.queued).toBe(false);
    expect(ran.summary!.final).toBe(10);
  });

  it('When a queued analysis is cancelled, Then it leaves the queue at once', async () => {
    const big = await imports.uploaded(numbersFile(150_000, 70_000_000));
    const small = await imports.uploaded(numbersFile(10, 80_000_000));
    await imports.analyse(big);
    await imports.analyse(small);
    const cancel = await api().post(`/mobile-campaigns/imports/${small.id}/cancel`).set(admin);
    expect(cancel.status).toBe(200);
    expect((await imports.settled(small.id, 5_000)).status).toBe('cancelled');
    expect((await imports.settled(big.id)).status).toBe('analysed');
  });
});

describe('Given the import folder', () => {
  const storedFile = async (id: number) =>
    ((await db('import-job').findOne({ where: { id } })) as { storedFile: string | null }).storedFile;

  it('Then it is private to Strapi, and so is every upload', async () => {
    const job = await imports.uploaded(numbersFile(5, 90_000_000));
    expect(statSync(importDirectory).mode & 0o777).toBe(0o700);
    expect(statSync(join(importDirectory, (await storedFile(job.id))!)).mode & 0o777).toBe(0o600);
    await imports.analysed(job);
    expect(statSync(join(importDirectory, `${await storedFile(job.id)}.rejected.csv`)).mode & 0o777).toBe(0o600);
  });

  it("When the clean-up runs, Then files no job refers to are swept, and another host's file keeps its reference", async () => {
    const stray = join(importDirectory, 'stray-old');
    const fresh = join(importDirectory, 'stray-fresh');
    writeFileSync(stray, 'x');
    writeFileSync(fresh, 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    utimesSync(stray, twoHoursAgo, twoHoursAgo);
    const here = await imports.uploaded(numbersFile(5, 91_000_000));
    const elsewhere = await imports.uploaded(numbersFile(5, 92_000_000));
    // Uploaded on another host whose folder this one does not see.
    rmSync(join(importDirectory, (await storedFile(elsewhere.id))!));
    const elsewhereName = await storedFile(elsewhere.id);

    await app.strapi.plugin('mobile-campaigns').service('imports').cleanUp();
    expect(existsSync(stray)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(join(importDirectory, (await storedFile(here.id))!))).toBe(true);

    // A day later, the abandoned uploads are cancelled; only the file held here is removed.
    await app.strapi
      .plugin('mobile-campaigns')
      .service('imports')
      .cleanUp(new Date(Date.now() + 2 * 24 * 60 * 60_000));
    expect(await storedFile(here.id)).toBeNull();
    expect(await storedFile(elsewhere.id)).toBe(elsewhereName);
    expect((await imports.job(elsewhere.id)).status).toBe('cancelled');
  });
});
