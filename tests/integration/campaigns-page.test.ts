/**
 * The campaigns page ("Mes campagnes", seed 002) and message templates over HTTP: search by
 * name or ID, filters, sort, authors, the filtered CSV export, and the templates' CRUD with
 * their permissions.
 */
import { campaignClient } from '../helpers/campaigns';
import { bearer, startApp, userWithActions, type TestApp } from '../helpers/strapi';

jest.setTimeout(240_000);

const PLUGIN = 'plugin::mobile-campaigns';

let app: TestApp;
let admin: Record<string, string>;
let client: ReturnType<typeof campaignClient>;

beforeAll(async () => {
  app = await startApp();
  admin = bearer(app.adminToken);
  client = campaignClient(app, admin);
});

afterAll(async () => {
  await app?.stop();
});

const api = () => app.http();

interface Row {
  id: number;
  name: string;
  status: string;
  kind: string;
  channel: string;
  sender: string | null;
  author: { id: number; name: string } | null;
  invalidCount: number | null;
  duplicateCount: number | null;
  excludedCount: number | null;
}

const page = async (query: Record<string, string | number>) => {
  const response = await api().get('/mobile-campaigns/campaigns').query(query).set(admin);
  expect(response.status).toBe(200);
  return response.body as { data: Row[]; meta: { pagination: { total: number; page: number; pageCount: number } } };
};
const names = (rows: Row[]) => rows.map((row) => row.name);

describe('Given campaigns by two authors, of both kinds and channels, some sent', () => {
  const ids: Record<string, number> = {};
  let editor: Record<string, string>;

  beforeAll(async () => {
    const listId = await client.list('Page', ['Portable;Prénom', '0650000001;Anne', '12345;X', ''].join('\n'));
    ids.soldes = (
      await client.draft({ name: 'Soldes d’été', sender: 'Boutique', message: 'Bonjour ${Prénom}', listIds: [listId] })
    ).id;
    ids.rappel = (
      await client.draft({ name: 'Rappel RDV', kind: 'notification', message: 'Rappel', listIds: [listId] })
    ).id;
    ids.vocal = (await client.draft({ name: 'Été indien', channel: 'voice' })).id;
    editor = bearer(await userWithActions(app, 'Éditrice', [`${PLUGIN}.campaigns.read`, `${PLUGIN}.campaigns.write`]));
    const created = await api()
      .post('/mobile-campaigns/campaigns')
      .set(editor)
      .send({ name: 'Nouveautés', kind: 'notification', message: 'Nouveau' });
    expect(created.status).toBe(201);
    ids.nouveautes = created.body.data.id;
    expect((await client.send(ids.rappel)).status).toBe(200);
  });

  it('When the old query is used (status=draft, search, page, pageSize), Then it still works', async () => {
    const drafts = await page({ status: 'draft', page: 1, pageSize: 2 });
    expect(drafts.data).toHaveLength(2);
    expect(drafts.meta.pagination).toEqual(expect.objectContaining({ total: 3, pageCount: 2 }));
    expect(names((await page({ search: 'rappel' })).data)).toEqual(['Rappel RDV']);
  });

  it('When searching a name without its accents or case, or an ID, Then the campaigns are found', async () => {
    expect(names((await page({ search: 'ETE', sort: 'name:asc' })).data)).toEqual(['Été indien', 'Soldes d’été']);
    expect(names((await page({ search: String(ids.vocal) })).data)).toEqual(['Été indien']);
  });

  it('When filtering by status list, channel, kind and author, Then each filter narrows the rows', async () => {
    expect(names((await page({ status: 'scheduled,sending,consolidating,completed' })).data)).toEqual(['Rappel RDV']);
    expect(names((await page({ channel: 'voice' })).data)).toEqual(['Été indien']);
    expect(names((await page({ kind: 'notification', sort: 'name:asc' })).data)).toEqual(['Nouveautés', 'Rappel RDV']);
    const authors = (await api().get('/mobile-campaigns/campaigns/authors').set(admin)).body.data as {
      id: number;
      name: string;
    }[];
    expect(authors.map((author) => author.name).sort()).toEqual(['Éditrice Tester', expect.any(String)].sort());
    const editorAuthor = authors.find((author) => author.name === 'Éditrice Tester')!;
    expect(names((await page({ author: editorAuthor.id })).data)).toEqual(['Nouveautés']);
  });

  it('When the rows are read, Then they carry the author, kind, sender and the audience figures', async () => {
    const rows = (await page({ sort: 'name:asc' })).data;
    const soldes = rows.find((row) => row.id === ids.soldes)!;
    expect(soldes).toEqual(
      expect.objectContaining({
        kind: 'marketing',
        channel: 'sms',
        sender: 'Boutique',
        author: expect.objectContaining({ id: expect.any(Number) }),
      })
    );
    const rappel = rows.find((row) => row.id === ids.rappel)!;
    expect(rappel).toEqual(expect.objectContaining({ invalidCount: 1, duplicateCount: 0, excludedCount: 0 }));
    expect(rows.find((row) => row.id === ids.nouveautes)!.author).toEqual(
      expect.objectContaining({ name: 'Éditrice Tester' })
    );
    expect(rows[0]).not.toHaveProperty('searchName');
  });

  it('When filtering by dates, Then a sent campaign counts by its send date and a draft by its creation', async () => {
    const now = Date.now();
    const iso = (offset: number) => new Date(now + offset).toISOString();
    expect((await page({ from: iso(-3_600_000), to: iso(3_600_000) })).meta.pagination.total).toBe(4);
    expect((await page({ from: iso(3_600_000) })).meta.pagination.total).toBe(0);
    // Moved a year back, the sent campaign leaves today's range, while its creation date is today.
    await app.strapi.db
      .query(`${PLUGIN}.campaign`)
      .update({
        where: { id: ids.rappel },
        data: { startedAt: new Date(now - 365 * 86_400_000), scheduledAt: new Date(now - 365 * 86_400_000) },
      });
    expect(names((await page({ from: iso(-3_600_000), sort: 'name:asc' })).data)).not.toContain('Rappel RDV');
    expect(names((await page({ to: iso(-300 * 86_400_000) })).data)).toEqual(['Rappel RDV']);
  });

  it('When sorting, Then the order follows the field and direction asked', async () => {
    expect(names((await page({ sort: 'name:desc' })).data)).toEqual([
      'Soldes d’été',
      'Rappel RDV',
      'Nouveautés',
      'Été indien',
    ]);
    const bad = await api().get('/mobile-campaigns/campaigns').query({ sort: 'password:asc' }).set(admin);
    expect(bad.status).toBe(400);
  });

  it('When the filtered list is exported, Then a ; CSV with a BOM comes back, its header in French by default', async () => {
    const french = await api()
      .get('/mobile-campaigns/campaigns/export')
      .query({ kind: 'notification', sort: 'name:asc' })
      .set(admin);
    expect(french.status).toBe(200);
    expect(french.headers['content-type']).toMatch(/text\/csv/);
    expect(french.headers['content-disposition']).toMatch(/attachment; filename="campagnes.csv"/);
    const text = french.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^ID;Nom;Statut;Canal;Type;BAT;Auteur;Émetteur;/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(';Nouveautés;Brouillon;SMS;Notification;non;Éditrice Tester;');
    const english = await api()
      .get('/mobile-campaigns/campaigns/export')
      .query({ lang: 'en', channel: 'voice' })
      .set(admin);
    const englishLines = english.text.slice(1).trim().split(/\r?\n/);
    expect(englishLines[0]).toMatch(/^ID;Name;Status;Channel;Type;Proof;Author;Sender;/);
    expect(englishLines.slice(1)).toEqual([expect.stringContaining(';Été indien;Draft;Voicemail drop;Marketing;no;')]);
    expect(english.headers['content-disposition']).toMatch(/campaigns\.csv/);
  });

  it('When a user without the campaigns permission asks, Then the list, authors and export are refused', async () => {
    const contactsOnly = bearer(await userWithActions(app, 'Contacts only', [`${PLUGIN}.contacts.manage`]));
    for (const path of ['/campaigns', '/campaigns/authors', '/campaigns/export']) {
      expect((await api().get(`/mobile-campaigns${path}`).set(contactsOnly)).status).toBe(403);
    }
    const estimate = await api().post(`/mobile-campaigns/campaigns/${ids.soldes}/estimate`).set(contactsOnly).send({});
    expect(estimate.status).toBe(403);
    const audience = await api()
      .post('/mobile-campaigns/campaigns/audience')
      .set(contactsOnly)
      .send({ listIds: [1] });
    expect(audience.status).toBe(403);
    const reader = bearer(await userWithActions(app, 'Reader', [`${PLUGIN}.campaigns.read`]));
    const copy = await api().post(`/mobile-campaigns/campaigns/${ids.soldes}/duplicate`).set(reader).send({});
    expect(copy.status).toBe(403);
    expect((await api().get('/mobile-campaigns/campaigns').set(editor)).status).toBe(200);
  });
});

describe('Given message templates', () => {
  it('When they are created, listed by channel, renamed, changed and deleted, Then each answer says so', async () => {
    const create = (body: Record<string, unknown>) => api().post('/mobile-campaigns/templates').set(admin).send(body);
    const promo = await create({
      name: 'Promo',
      message: 'Bonjour ${Prénom}, -20 %',
      sender: 'Boutique',
      messageOptions: { allowUnicode: false },
    });
    expect(promo.status).toBe(201);
    expect(promo.body.data).toEqual(
      expect.objectContaining({
        name: 'Promo',
        channel: 'sms',
        kind: 'marketing',
        sender: 'Boutique',
        createdAt: expect.any(String),
      })
    );
    await create({ name: 'Annonce vocale', channel: 'voice', kind: 'notification', message: '' });
    const accented = await create({ name: 'Mauvais', message: 'x', sender: 'Été' });
    expect(accented.status).toBe(400);
    expect(accented.body.error.details).toEqual(expect.objectContaining({ code: 'SENDER_INVALID', rule: 'accent' }));

    const sms = await api().get('/mobile-campaigns/templates').query({ channel: 'sms' }).set(admin);
    expect(sms.body.data.map((t: { name: string }) => t.name)).toEqual(['Promo']);
    expect((await api().get('/mobile-campaigns/templates').set(admin)).body.data).toHaveLength(2);

    const id = promo.body.data.id as number;
    const renamed = await api().put(`/mobile-campaigns/templates/${id}`).set(admin).send({ name: 'Promo été' });
    expect(renamed.body.data).toEqual(
      expect.objectContaining({ name: 'Promo été', message: 'Bonjour ${Prénom}, -20 %', sender: 'Boutique' })
    );
    const voice = (await api().get('/mobile-campaigns/templates').query({ channel: 'voice' }).set(admin)).body.data[0];
    const renamedVoice = await api()
      .put(`/mobile-campaigns/templates/${voice.id}`)
      .set(admin)
      .send({ name: 'Annonce' });
    // A rename keeps the channel and kind (the schema's defaults are not applied to what was not sent).
    expect(renamedVoice.body.data).toEqual(expect.objectContaining({ channel: 'voice', kind: 'notification' }));
    const changed = await api()
      .put(`/mobile-campaigns/templates/${id}`)
      .set(admin)
      .send({ message: 'Nouveau texte', sender: '' });
    expect(changed.body.data).toEqual(expect.objectContaining({ message: 'Nouveau texte', sender: null }));

    expect((await api().delete(`/mobile-campaigns/templates/${id}`).set(admin)).status).toBe(200);
    expect((await api().delete(`/mobile-campaigns/templates/${id}`).set(admin)).status).toBe(404);
    expect((await api().put(`/mobile-campaigns/templates/${id}`).set(admin).send({ name: 'x' })).status).toBe(404);
  });

  it('When a reader without the write permission uses them, Then reading works and changes are refused', async () => {
    const reader = bearer(await userWithActions(app, 'Template reader', [`${PLUGIN}.campaigns.read`]));
    expect((await api().get('/mobile-campaigns/templates').set(reader)).status).toBe(200);
    expect((await api().post('/mobile-campaigns/templates').set(reader).send({ name: 'x', message: 'x' })).status).toBe(
      403
    );
    const [any] = (await api().get('/mobile-campaigns/templates').set(admin)).body.data;
    expect((await api().put(`/mobile-campaigns/templates/${any.id}`).set(reader).send({ name: 'y' })).status).toBe(403);
    expect((await api().delete(`/mobile-campaigns/templates/${any.id}`).set(reader)).status).toBe(403);
    const none = bearer(await userWithActions(app, 'No campaigns', [`${PLUGIN}.contacts.manage`]));
    expect((await api().get('/mobile-campaigns/templates').set(none)).status).toBe(403);
  });
});
