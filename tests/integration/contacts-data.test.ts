/**
 * Issue 13, the contacts' data: names that reach the directory, one field vocabulary, search
 * without accents, the French sort, destinations judged with today's settings, bulk deletion,
 * exclusion lists' actions and exports a spreadsheet reads as written. Over HTTP, on the real
 * playground Strapi (any database: DATABASE_CLIENT).
 */
import { bearer, startApp, userWithActions, type TestApp } from '../helpers/strapi';
import { campaignClient } from '../helpers/campaigns';
import { importClient } from '../helpers/imports';

jest.setTimeout(180_000);

const PLUGIN = 'plugin::mobile-campaigns';

let app: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  app = await startApp();
  admin = bearer(app.adminToken);
});

afterAll(async () => {
  await app?.stop();
});

const api = () => app.http();

interface Attribute {
  id: number;
  name: string;
  variable: string;
  builtIn: boolean;
}

const attributes = async () => (await api().get('/mobile-campaigns/attributes').set(admin)).body.data as Attribute[];

const createList = async (name: string, kind = 'contacts') => {
  const response = await api().post('/mobile-campaigns/lists').set(admin).send({ name, kind });
  expect(response.status).toBe(201);
  return response.body.data as { id: number; name: string };
};

const addEntry = async (listId: number, phone: string, fields: Record<string, string> = {}) => {
  const response = await api().post(`/mobile-campaigns/lists/${listId}/entries`).set(admin).send({ phone, fields });
  expect(response.status).toBe(201);
  return response.body.data as { id: number; phone: string; valid: boolean; reason: string | null };
};

const directory = async (query: Record<string, unknown> = {}) => {
  const response = await api()
    .get('/mobile-campaigns/contacts')
    .query({ pageSize: 100, ...query })
    .set(admin);
  expect(response.status).toBe(200);
  return response.body as {
    data: {
      id: number;
      phone: string;
      firstName: string | null;
      lastName: string | null;
      attributes: Record<string, unknown> | null;
      excluded: boolean;
      reason: string | null;
    }[];
    meta: { pagination: { total: number } };
  };
};

const contactByPhone = async (phone: string) =>
  (await app.strapi.db.query(`${PLUGIN}.contact`).findOne({ where: { phone } })) as {
    id: number;
    firstName: string | null;
    lastName: string | null;
    attributes: Record<string, unknown> | null;
  } | null;

/** The body of a CSV download, as text. */
const csvOf = async (path: string, query: Record<string, string> = {}) => {
  const response = await api()
    .get(path)
    .query(query)
    .set(admin)
    .buffer(true)
    .parse((res, done) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => done(null, body));
    });
  expect(response.status).toBe(200);
  return response.body as string;
};

const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe('Given a list edited by hand (item 1)', () => {
  it('When a contact is added with names, Then the directory has the same names and attributes as the row', async () => {
    const list = await createList('Saisie avec noms');
    await addEntry(list.id, '06 41 00 00 01', { Civilité: 'Mme', Prénom: 'Anaïs', Nom: 'Lefèvre', Remarque: 'VIP' });
    const contact = await contactByPhone('+33641000001');
    expect(contact).toEqual(
      expect.objectContaining({ firstName: 'Anaïs', lastName: 'Lefèvre', attributes: { Civilité: 'Mme' } })
    );
  });

  it('When a row’s number and name are corrected, Then the contact of the new number gets them', async () => {
    const list = await createList('Correction');
    const entry = await addEntry(list.id, '06 41 00 00 02', { Prénom: 'Max' });
    const updated = await api()
      .put(`/mobile-campaigns/lists/${list.id}/entries/${entry.id}`)
      .set(admin)
      .send({ phone: '06 41 00 00 03', fields: { Prénom: 'Maxime', Nom: 'Garnier' } });
    expect(updated.status).toBe(200);
    expect(await contactByPhone('+33641000003')).toEqual(
      expect.objectContaining({ firstName: 'Maxime', lastName: 'Garnier' })
    );
    const same = await api()
      .put(`/mobile-campaigns/lists/${list.id}/entries/${entry.id}`)
      .set(admin)
      .send({ phone: '06 41 00 00 03', fields: { Prénom: 'Maxime', Nom: 'Garnier-Martin' } });
    expect(same.status).toBe(200);
    expect((await contactByPhone('+33641000003'))?.lastName).toBe('Garnier-Martin');
  });
});

describe('Given a list built from a selection of the directory (items 1 and 2)', () => {
  it('Then its rows carry every attribute under its variable, and ${Prénom} personalises a campaign sent to it', async () => {
    const civility = (await attributes()).find((attribute) => attribute.variable === 'Civilité');
    expect(civility).toBeDefined();
    const created = await api()
      .post('/mobile-campaigns/contacts')
      .set(admin)
      .send({
        phone: '06 42 00 00 01',
        firstName: 'Élise',
        lastName: 'Morel',
        email: 'elise@exemple.fr',
        attributes: { Civilité: 'Mme', Ville: 'Nantes' },
      });
    expect(created.status).toBe(201);
    const response = await api()
      .post('/mobile-campaigns/contacts/create-list')
      .set(admin)
      .send({ name: 'Sélection', contactIds: [created.body.data.id] });
    expect(response.status).toBe(201);
    const list = response.body.data as { id: number; fields: string[] };
    expect(list.fields).toEqual(expect.arrayContaining(['Prénom', 'Nom', 'Email', 'Civilité', 'Ville']));
    expect(list.fields).not.toContain('firstName');
    const rows = (await api().get(`/mobile-campaigns/lists/${list.id}/entries`).set(admin)).body.data;
    expect(rows[0].fields).toEqual({
      Prénom: 'Élise',
      Nom: 'Morel',
      Email: 'elise@exemple.fr',
      Civilité: 'Mme',
      Ville: 'Nantes',
    });

    const campaigns = campaignClient(app, admin);
    const draft = await campaigns.draft({
      name: 'Sélection personnalisée',
      kind: 'notification',
      message: 'Bonjour ${Civilité} ${Prénom} ${Nom}',
      listIds: [list.id],
    });
    const sent = await campaigns.send(draft.id);
    expect(sent.status).toBe(200);
    const recipients = await app.strapi.db.query(`${PLUGIN}.recipient`).findMany({ where: { campaignId: draft.id } });
    expect(recipients.map((row: { text: string }) => row.text)).toEqual(['Bonjour Mme Élise Morel']);
    await campaigns.reaches(draft.id, ['completed']);
  });

  it('When contacts are added to a pasted list, Then the list shows their fields, and a merge keeps the fields of both', async () => {
    const pasted = await createList('Numéros collés');
    await addEntry(pasted.id, '06 43 00 00 01');
    const contact = await api()
      .post('/mobile-campaigns/contacts')
      .set(admin)
      .send({ phone: '06 43 00 00 02', firstName: 'Léa', lastName: 'Petit' });
    const added = await api()
      .post('/mobile-campaigns/contacts/add-to-list')
      .set(admin)
      .send({ listId: pasted.id, contactIds: [contact.body.data.id] });
    expect(added.body.data.added).toBe(1);
    const after = (await api().get(`/mobile-campaigns/lists/${pasted.id}`).set(admin)).body.data;
    expect(after.fields).toEqual(['Prénom', 'Nom']);

    const other = await createList('Autre');
    await addEntry(other.id, '06 43 00 00 03', { Prénom: 'Zoé', Ville: 'Brest' });
    await app.strapi.db
      .query(`${PLUGIN}.list`)
      .update({ where: { id: other.id }, data: { fields: ['Prénom', 'Ville'] } });
    const merged = await api()
      .post(`/mobile-campaigns/lists/${pasted.id}/merge`)
      .set(admin)
      .send({ sourceListId: other.id });
    expect(merged.status).toBe(200);
    expect(merged.body.data.fields).toEqual(['Prénom', 'Nom', 'Ville']);
    expect(await contactByPhone('+33643000003')).toEqual(expect.objectContaining({ firstName: 'Zoé' }));
  });
});

describe('Given people with accented names (items 7 and 8)', () => {
  let listId: number;
  beforeAll(async () => {
    const list = await createList('Clients Noël');
    listId = list.id;
    await addEntry(list.id, '06 12 34 56 01', { Prénom: 'Jean-François', Nom: 'Dupré' });
    await addEntry(list.id, '06 12 34 56 02', { Prénom: 'Jérôme', Nom: 'Bouchard' });
    await addEntry(list.id, '06 55 00 00 03', { Prénom: 'Noël', Nom: 'Bénard' });
    await addEntry(list.id, '06 55 00 00 04', { Prénom: 'Anne', Nom: 'bernard' });
  });

  const names = (rows: { firstName: string | null }[]) => rows.map((row) => row.firstName).sort();

  it.each([
    ['dupre', ['Jean-François']],
    ['DUPRÉ', ['Jean-François']],
    ['jerome', ['Jérôme']],
    ['noel', ['Noël']],
    ['Jean-François Dupré', ['Jean-François']],
    ['dupre jean', ['Jean-François']],
    ['06 12 34', ['Jean-François', 'Jérôme']],
    ['+33 6 55', ['Anne', 'Noël']],
    ['00 00 04', ['Anne']],
  ])('When the directory is searched for “%s”, Then it finds %j', async (search, expected) => {
    expect(names((await directory({ search })).data)).toEqual(expected);
  });

  it.each([
    ['dupre', ['Dupré']],
    ['jerome', ['Bouchard']],
    ['noel', ['Bénard']],
    ['jean francois dupre', ['Dupré']],
    ['06 12 34', ['Dupré', 'Bouchard']],
  ])('When the list editor is searched for “%s”, Then it finds %j', async (search, expected) => {
    const response = await api().get(`/mobile-campaigns/lists/${listId}/entries`).query({ search }).set(admin);
    expect(response.body.data.map((row: { fields: { Nom: string } }) => row.fields.Nom)).toEqual(expected);
  });

  it('When lists are searched without the accent, Then “noel” finds “Clients Noël”', async () => {
    const response = await api().get('/mobile-campaigns/lists').query({ search: 'noel' }).set(admin);
    expect(response.body.data.map((list: { name: string }) => list.name)).toEqual(['Clients Noël']);
  });

  it('Then the directory sorts names the French way, nameless contacts last, with its total count', async () => {
    const page = await directory();
    const lastNames = page.data.map((row) => row.lastName);
    const ours = lastNames.filter((name) => ['Bénard', 'bernard', 'Bouchard', 'Dupré'].includes(name ?? ''));
    expect(ours).toEqual(['Bénard', 'bernard', 'Bouchard', 'Dupré']);
    const nameless = page.data.map((row) => row.firstName === null && row.lastName === null);
    expect(nameless.indexOf(true)).toBeGreaterThan(0);
    expect(nameless.slice(nameless.indexOf(true)).every(Boolean)).toBe(true);
    expect(page.meta.pagination.total).toBe(page.data.length);
  });

  it('Then a number in the STOP list or an exclusion list is marked in the directory', async () => {
    const exclusion = await createList('RGPD', 'exclusion');
    await api().post(`/mobile-campaigns/lists/${exclusion.id}/opt-outs`).set(admin).send({ numbers: '06 55 00 00 04' });
    const rows = (await directory({ search: '06 55' })).data;
    expect(rows.map((row) => [row.firstName, row.excluded])).toEqual([
      ['Noël', false],
      ['Anne', true],
    ]);
  });

  it('When rows were written without search keys (before the column), Then the start-up fill makes them searchable, once', async () => {
    const knex = app.strapi.db.connection;
    const table = app.strapi.db.metadata.get(`${PLUGIN}.contact` as never).tableName;
    await knex(table).whereIn('phone', ['+33612345601', '+33655000003']).update({ search_text: null, sort_name: null });
    expect(names((await directory({ search: 'dupre' })).data)).toEqual([]);
    const fill = app.strapi.plugin('mobile-campaigns').service('searchIndex');
    expect(await fill.backfill()).toEqual({ contacts: 2, entries: 0, lists: 0, campaigns: 0 });
    expect(await fill.backfill()).toEqual({ contacts: 0, entries: 0, lists: 0, campaigns: 0 });
    expect(names((await directory({ search: 'dupre' })).data)).toEqual(['Jean-François']);
    expect((await contactByPhone('+33655000003')) as unknown).toEqual(
      expect.objectContaining({ sortName: 'benard noel' })
    );
  });

  it('When a file is imported with names, Then its contacts and rows are found without accents', async () => {
    const imports = importClient(app, admin);
    const all = await attributes();
    const byVariable = (variable: string) => all.find((attribute) => attribute.variable === variable)!.id;
    const job = await imports.analysed(await imports.uploaded('Portable;Prénom;Nom\r\n0656000001;Hélène;Géraud\r\n'));
    const started = await imports.start(job.id, {
      target: { kind: 'new-list', list: { name: 'Import accents' } },
      mapping: [
        { action: 'skip' },
        { action: 'attribute', attributeId: byVariable('Prénom') },
        { action: 'attribute', attributeId: byVariable('Nom') },
      ],
    });
    expect(started.status).toBe(200);
    const done = await imports.settled(job.id);
    expect(done.status).toBe('completed');
    expect(names((await directory({ search: 'helene geraud' })).data)).toEqual(['Hélène']);
    const rows = await api()
      .get(`/mobile-campaigns/lists/${done.listId}/entries`)
      .query({ search: 'geraud' })
      .set(admin);
    expect(rows.body.data).toHaveLength(1);
  });
});

describe('Given destinations changed in the settings (item 5)', () => {
  it('When Belgium is allowed, Then a Belgian number refused before reads as valid in the list and the directory', async () => {
    const list = await createList('Belgique');
    const typed = await addEntry(list.id, '+32 470 12 34 56', { Prénom: 'Lotte' });
    expect(typed).toEqual(expect.objectContaining({ valid: false, reason: 'not-allowed-country' }));
    // A row an import refused for its destination, as it stores it.
    await app.strapi.db.query(`${PLUGIN}.list-entry`).create({
      data: {
        listId: list.id,
        line: 9,
        phoneRaw: '0032 471 00 00 00',
        phone: '+32471000000',
        country: 'BE',
        valid: false,
        reason: 'not-allowed-country',
      },
    });
    const read = async () =>
      (await api().get(`/mobile-campaigns/lists/${list.id}/entries`).set(admin)).body.data.map(
        (row: { valid: boolean; reason: string | null }) => [row.valid, row.reason]
      );
    expect(await read()).toEqual([
      [false, 'not-allowed-country'],
      [false, 'not-allowed-country'],
    ]);
    expect((await directory({ search: '+32 470' })).data[0].reason).toBe('not-allowed-country');

    const settings = (await api().get('/mobile-campaigns/settings').set(admin)).body.data;
    await api()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...settings, allowedCountries: ['FR', 'BE'] })
      .expect(200);
    try {
      expect(await read()).toEqual([
        [true, null],
        [true, null],
      ]);
      expect((await directory({ search: '+32 470' })).data[0].reason).toBeNull();
    } finally {
      await api().put('/mobile-campaigns/settings').set(admin).send(settings).expect(200);
    }
  });
});

describe('Given the directory’s bulk delete (item 15)', () => {
  it('Then it says how many contacts and lists are affected, and erases them and their rows', async () => {
    const a = await createList('Bulk A');
    const b = await createList('Bulk B');
    await addEntry(a.id, '06 57 00 00 01', { Prénom: 'Un' });
    await addEntry(b.id, '06 57 00 00 01', { Prénom: 'Un' });
    await addEntry(b.id, '06 57 00 00 02', { Prénom: 'Deux' });
    const ids = [(await contactByPhone('+33657000001'))!.id, (await contactByPhone('+33657000002'))!.id];
    const impact = await api().post('/mobile-campaigns/contacts/deletion-impact').set(admin).send({ contactIds: ids });
    expect(impact.body.data).toEqual({ contacts: 2, lists: 2 });
    const deleted = await api().post('/mobile-campaigns/contacts/delete-many').set(admin).send({ contactIds: ids });
    expect(deleted.body.data).toEqual({ contacts: 2, lists: 2 });
    expect(await contactByPhone('+33657000001')).toBeNull();
    const listB = (await api().get(`/mobile-campaigns/lists/${b.id}`).set(admin)).body.data;
    expect(listB.contactCount).toBe(0);
    const empty = await api().post('/mobile-campaigns/contacts/delete-many').set(admin).send({ contactIds: [] });
    expect(empty.status).toBe(400);
  });
});

describe('Given exclusion lists (item 15)', () => {
  it('Then one is renamed, exported only with the export permission, and deleted only with opt-outs.remove', async () => {
    const list = await createList('Désinscrits salon', 'exclusion');
    await api().post(`/mobile-campaigns/lists/${list.id}/opt-outs`).set(admin).send({ numbers: '06 58 00 00 01' });
    const found = await api()
      .get(`/mobile-campaigns/lists/${list.id}/opt-outs`)
      .query({ search: '06 58 00' })
      .set(admin);
    expect(found.body.data.map((row: { phone: string }) => row.phone)).toEqual(['+33658000001']);
    const renamed = await api().put(`/mobile-campaigns/lists/${list.id}`).set(admin).send({ name: 'Désinscrits 2026' });
    expect(renamed.body.data.name).toBe('Désinscrits 2026');

    const stop = (await api().get('/mobile-campaigns/lists').query({ kind: 'exclusion' }).set(admin)).body.data.find(
      (row: { system: boolean }) => row.system
    );
    const renameStop = await api().put(`/mobile-campaigns/lists/${stop.id}`).set(admin).send({ name: 'Autre' });
    expect(renameStop.status).toBe(400);

    const exported = await csvOf(`/mobile-campaigns/lists/${list.id}/export`, { locale: 'fr' });
    const lines = csvLines(exported);
    expect(lines[0]).toBe('Numéro de mobile;Origine;Note;Ajouté le');
    expect(lines[1]).toMatch(/^\+33 6 58 00 00 01;Ajout manuel;;/);

    const manager = bearer(await userWithActions(app, 'Exclusions, no removal', [`${PLUGIN}.contacts.manage`]));
    expect((await api().get(`/mobile-campaigns/lists/${list.id}/export`).set(manager)).status).toBe(403);
    expect((await api().delete(`/mobile-campaigns/lists/${list.id}`).set(manager)).status).toBe(403);
    expect((await api().delete(`/mobile-campaigns/lists/${list.id}`).set(admin)).status).toBe(200);
  });
});

describe('Given exports of contacts and lists (item 16)', () => {
  it('Then numbers are written as a spreadsheet keeps them, with headers in the admin’s language', async () => {
    const list = await createList('Export lisible');
    await addEntry(list.id, '0659000001', { Prénom: 'Maël' });
    await app.strapi.db.query(`${PLUGIN}.list`).update({ where: { id: list.id }, data: { fields: ['Prénom'] } });
    const english = await csvOf(`/mobile-campaigns/lists/${list.id}/export`);
    expect(csvLines(english)).toEqual([
      'Line;Mobile number;Valid;Country;Reason;Prénom',
      '1;+33 6 59 00 00 01;yes;FR;;Maël',
    ]);
    const french = await csvOf(`/mobile-campaigns/lists/${list.id}/export`, { locale: 'fr' });
    expect(csvLines(french)[0]).toBe('Ligne;Numéro de mobile;Valide;Pays;Motif;Prénom');

    const contacts = await csvOf('/mobile-campaigns/contacts/export', { locale: 'fr' });
    const lines = csvLines(contacts);
    expect(lines[0].split(';').slice(0, 5)).toEqual(['Numéro de mobile', 'Pays', 'Prénom', 'Nom', 'Email']);
    expect(lines.find((line) => line.startsWith('+33 6 59 00 00 01;'))).toContain('Maël');
    expect((await api().get('/mobile-campaigns/contacts/export').query({ locale: 'de' }).set(admin)).status).toBe(400);
  });
});
