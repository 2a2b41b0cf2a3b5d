/**
 * Hardening (issue #9): the playground's binding, settings that fall back field by field,
 * exclusion lists that only opt-out removers may delete or merge away, lists kept while a
 * campaign names them, and first starts on several instances at once.
 */
import { join } from 'node:path';
import { bearer, startApp, userWithActions, type TestApp } from '../helpers/strapi';
import { PLAYGROUND_DIR } from '../helpers/database';

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

/** Strapi's `env` helper, reading a given set of variables instead of process.env. */
const fakeEnv = (vars: Record<string, string>) => {
  const env = (key: string, fallback?: unknown) => vars[key] ?? fallback;
  env.int = (key: string, fallback?: number) => (key in vars ? Number.parseInt(vars[key], 10) : fallback);
  env.array = (key: string, fallback?: string[]) => (key in vars ? vars[key].split(',') : fallback);
  env.bool = (key: string, fallback?: boolean) => (key in vars ? vars[key] === 'true' : fallback);
  return env;
};

describe('Given the playground server config', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const serverConfig = require(join(PLAYGROUND_DIR, 'config', 'server.js'));

  it('When HOST is not set, Then it listens on 127.0.0.1 only', () => {
    expect(serverConfig({ env: fakeEnv({ APP_KEYS: 'a,b' }) }).host).toBe('127.0.0.1');
  });

  it('When HOST is set, Then it listens there', () => {
    expect(serverConfig({ env: fakeEnv({ APP_KEYS: 'a,b', HOST: '0.0.0.0' }) }).host).toBe('0.0.0.0');
  });
});

describe('Given stored settings with one field that no longer parses', () => {
  const store = () => app.strapi.store({ type: 'plugin', name: 'mobile-campaigns', key: 'settings' });

  afterEach(async () => {
    jest.restoreAllMocks();
    await store().delete({});
  });

  it('When the settings are read, Then every other field is kept, the bad one gets its default, and the field is logged', async () => {
    const current = await api().get('/mobile-campaigns/settings').set(admin);
    expect(current.status).toBe(200);
    await store().set({
      value: {
        ...current.body.data,
        creditMode: 'limited',
        maxSegments: 4,
        smsSender: 'Boutique',
        defaultCountry: 'BE',
        allowedCountries: ['BE', 'FR'],
        listRetentionMonths: null,
        timeZone: 42,
      },
    });
    const warn = jest.spyOn(app.strapi.log, 'warn');

    const response = await api().get('/mobile-campaigns/settings').set(admin);

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      ...current.body.data,
      creditMode: 'limited',
      maxSegments: 4,
      smsSender: 'Boutique',
      defaultCountry: 'BE',
      allowedCountries: ['BE', 'FR'],
      listRetentionMonths: null,
      timeZone: 'Europe/Paris',
    });
    const logged = warn.mock.calls.map((call) => String(call[0]));
    expect(logged).toEqual([expect.stringContaining('timeZone')]);
    expect(logged[0]).not.toMatch(/creditMode|maxSegments|smsSender/);
  });

  it('When the stored value is not an object at all, Then the defaults are used and that is logged', async () => {
    await store().set({ value: 'garbage' });
    const warn = jest.spyOn(app.strapi.log, 'warn');

    const response = await api().get('/mobile-campaigns/settings').set(admin);

    expect(response.status).toBe(200);
    expect(response.body.data.creditMode).toBe('unlimited');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

const createList = async (body: Record<string, unknown>) => {
  const response = await api().post('/mobile-campaigns/lists').set(admin).send(body);
  expect(response.status).toBe(201);
  return response.body.data as { id: number; name: string };
};

const exclusionListWith = async (name: string, numbers: string) => {
  const list = await createList({ name, kind: 'exclusion', persistence: 'permanent' });
  const added = await api().post(`/mobile-campaigns/lists/${list.id}/opt-outs`).set(admin).send({ numbers });
  expect(added.status).toBe(200);
  return list;
};

const numbersOf = async (listId: number) => {
  const response = await api().get(`/mobile-campaigns/lists/${listId}/opt-outs`).set(admin);
  return (response.body.data as { phone: string }[]).map((row) => row.phone).sort();
};

/** Asks, as the super admin, to delete a list and to merge it away into another; both answers. */
const deleteAndMergeAway = async (listId: number, intoId: number) => ({
  remove: await api().delete(`/mobile-campaigns/lists/${listId}`).set(admin),
  merge: await api().post(`/mobile-campaigns/lists/${intoId}/merge`).set(admin).send({ sourceListId: listId }),
});

const createCampaign = async (body: Record<string, unknown>) => {
  const response = await api().post('/mobile-campaigns/campaigns').set(admin).send(body);
  expect(response.status).toBe(201);
  return response.body.data as { id: number };
};

describe('Given an editor who writes campaigns but may not manage the settings', () => {
  it('When the wizard reads the settings it writes with, Then it gets them from /settings/campaigns, and still not /settings', async () => {
    const editor = bearer(
      await userWithActions(app, 'Campaign editor', [`${PLUGIN}.campaigns.read`, `${PLUGIN}.campaigns.write`])
    );
    const changed = await api().get('/mobile-campaigns/settings').set(admin);
    const put = await api()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...changed.body.data, stopShortCode: '36105', maxSegments: 3 });
    expect(put.status).toBe(200);
    const read = await api().get('/mobile-campaigns/settings/campaigns').set(editor);
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ stopShortCode: '36105', maxSegments: 3 });
    expect((await api().get('/mobile-campaigns/settings').set(editor)).status).toBe(403);
    expect((await api().get('/mobile-campaigns/settings/campaigns')).status).toBe(401);
    await api().put('/mobile-campaigns/settings').set(admin).send(changed.body.data);
  });
});

describe('Given an exclusion list and a role that manages contacts but may not remove opt-outs', () => {
  let manager: Record<string, string>;
  let remover: Record<string, string>;

  beforeAll(async () => {
    manager = bearer(await userWithActions(app, 'List manager', [`${PLUGIN}.contacts.manage`]));
    remover = bearer(
      await userWithActions(app, 'Opt-out remover', [`${PLUGIN}.contacts.manage`, `${PLUGIN}.opt-outs.remove`])
    );
  });

  it('When it deletes the exclusion list, Then it gets 403 with a code and every number stays', async () => {
    const list = await exclusionListWith('Salon refus', '0612345678\n0612345679');

    const response = await api().delete(`/mobile-campaigns/lists/${list.id}`).set(manager);

    expect(response.status).toBe(403);
    expect(response.body.error.details.code).toBe('OPT_OUTS_REMOVE_FORBIDDEN');
    expect(await numbersOf(list.id)).toEqual(['+33612345678', '+33612345679']);
  });

  it('When it merges the exclusion list away into another, Then it gets 403 and both lists stay', async () => {
    const source = await exclusionListWith('Refus 2024', '0612345670');
    const target = await exclusionListWith('Refus 2025', '0612345671');

    const response = await api()
      .post(`/mobile-campaigns/lists/${target.id}/merge`)
      .set(manager)
      .send({ sourceListId: source.id });

    expect(response.status).toBe(403);
    expect(response.body.error.details.code).toBe('OPT_OUTS_REMOVE_FORBIDDEN');
    expect(await numbersOf(source.id)).toEqual(['+33612345670']);
    expect(await numbersOf(target.id)).toEqual(['+33612345671']);
  });

  it('When a role that may remove opt-outs deletes or merges it away, Then it is done', async () => {
    const deleted = await exclusionListWith('À supprimer', '0612345672');
    const source = await exclusionListWith('À fusionner', '0612345673');
    const target = await exclusionListWith('Cible', '0612345674');

    expect((await api().delete(`/mobile-campaigns/lists/${deleted.id}`).set(remover)).status).toBe(200);
    const merge = await api()
      .post(`/mobile-campaigns/lists/${target.id}/merge`)
      .set(remover)
      .send({ sourceListId: source.id });
    expect(merge.status).toBe(200);
    expect(await numbersOf(target.id)).toEqual(['+33612345673', '+33612345674']);
  });

  it('When a contact list is deleted, Then contacts.manage is enough', async () => {
    const list = await createList({ name: 'Clients' });
    expect((await api().delete(`/mobile-campaigns/lists/${list.id}`).set(manager)).status).toBe(200);
  });

  it('When anyone deletes or merges away the account STOP list, Then it is refused', async () => {
    const lists = await api().get('/mobile-campaigns/lists').query({ kind: 'exclusion' }).set(admin);
    const stop = (lists.body.data as { id: number; system: boolean }[]).find((list) => list.system)!;
    const target = await createList({ name: 'Cible STOP', kind: 'exclusion', persistence: 'permanent' });

    const { remove, merge } = await deleteAndMergeAway(stop.id, target.id);

    expect([remove.status, remove.body.error.details.code]).toEqual([400, 'LIST_SYSTEM']);
    expect([merge.status, merge.body.error.details.code]).toEqual([400, 'LIST_SYSTEM']);
  });
});

describe('Given lists that a campaign not finished yet names', () => {
  it('When an exclusion list it excludes is deleted or merged away, Then it is refused with LIST_IN_USE, until the campaign is cancelled', async () => {
    const excluded = await exclusionListWith('Exclus soldes', '0612345675');
    const other = await exclusionListWith('Autres exclus', '0612345676');
    const contacts = await createList({ name: 'Clients soldes' });
    await api().post(`/mobile-campaigns/lists/${contacts.id}/entries`).set(admin).send({ phone: '0612345670' });
    const campaign = await createCampaign({
      name: 'Soldes',
      message: 'Bonjour',
      listIds: [contacts.id],
      exclusionListIds: [excluded.id],
    });

    const { remove, merge } = await deleteAndMergeAway(excluded.id, other.id);

    expect(remove.status).toBe(400);
    expect(remove.body.error.details).toEqual({
      code: 'LIST_IN_USE',
      campaigns: [{ id: campaign.id, name: 'Soldes' }],
    });
    expect([merge.status, merge.body.error.details.code]).toEqual([400, 'LIST_IN_USE']);
    expect(await numbersOf(excluded.id)).toEqual(['+33612345675']);

    const scheduled = await api()
      .post(`/mobile-campaigns/campaigns/${campaign.id}/send`)
      .set(admin)
      .send({ scheduledAt: '2030-01-02T09:00:00+01:00' });
    expect(scheduled.body.data.status).toBe('scheduled');
    expect((await api().delete(`/mobile-campaigns/lists/${excluded.id}`).set(admin)).status).toBe(400);

    await api().post(`/mobile-campaigns/campaigns/${campaign.id}/cancel`).set(admin);
    expect((await api().delete(`/mobile-campaigns/lists/${excluded.id}`).set(admin)).status).toBe(200);
  });

  it('When a contact list it sends to is deleted or merged away, Then it is refused with LIST_IN_USE', async () => {
    const audience = await createList({ name: 'Audience brouillon' });
    const target = await createList({ name: 'Audience cible' });
    await createCampaign({ name: 'Brouillon', message: 'Bonjour', listIds: [audience.id] });

    const { remove, merge } = await deleteAndMergeAway(audience.id, target.id);

    expect([remove.status, remove.body.error.details.code]).toEqual([400, 'LIST_IN_USE']);
    expect([merge.status, merge.body.error.details.code]).toEqual([400, 'LIST_IN_USE']);
    expect((await api().get(`/mobile-campaigns/lists/${audience.id}`).set(admin)).status).toBe(200);
  });
});

describe('Given several instances starting for the first time at once', () => {
  it('When each creates the built-in attributes and the account opt-out list, Then there is exactly one of each', async () => {
    const { strapi } = app;
    const attributes = strapi.plugin('mobile-campaigns').service('attributes');
    const lists = strapi.plugin('mobile-campaigns').service('lists');
    const ATTRIBUTE = 'plugin::mobile-campaigns.attribute';
    const LIST = 'plugin::mobile-campaigns.list';
    // As on a fresh database: what the first start created is gone.
    await strapi.db.query(ATTRIBUTE).deleteMany({ where: {} });
    await strapi.db.query(LIST).deleteMany({ where: { system: true } });

    const starts = Array.from({ length: 4 }, async () => {
      await attributes.ensureBuiltIns();
      return lists.accountOptOutList();
    });
    const optOutLists = await Promise.all(starts);

    const stopLists = await strapi.db.query(LIST).findMany({ where: { kind: 'exclusion', system: true } });
    expect(stopLists).toHaveLength(1);
    expect(optOutLists.map((list: { id: number }) => list.id)).toEqual(Array(4).fill(stopLists[0].id));
    const rows = (await strapi.db.query(ATTRIBUTE).findMany({})) as { variable: string; builtIn: boolean }[];
    const count = (variable: string) => rows.filter((row) => row.variable === variable).length;
    for (const variable of ['Prénom', 'Nom', 'Email', 'Civilité', 'Date de naissance', 'Code postal', 'Ville']) {
      expect({ variable, count: count(variable) }).toEqual({ variable, count: 1 });
    }
    expect(rows.filter((row) => row.builtIn)).toHaveLength(3);
  });

  it('When the app starts again, Then nothing is created twice and deleted suggestions stay deleted', async () => {
    const { strapi } = app;
    const ATTRIBUTE = 'plugin::mobile-campaigns.attribute';
    await strapi.db.query(ATTRIBUTE).delete({ where: { variable: 'Ville' } });

    await strapi.plugin('mobile-campaigns').service('attributes').ensureBuiltIns();
    await strapi.plugin('mobile-campaigns').service('lists').accountOptOutList();

    const rows = (await strapi.db.query(ATTRIBUTE).findMany({})) as { variable: string }[];
    expect(rows.map((row) => row.variable).sort()).toEqual(
      ['Civilité', 'Code postal', 'Date de naissance', 'Email', 'Nom', 'Prénom'].sort()
    );
    expect(
      await strapi.db.query('plugin::mobile-campaigns.list').count({ where: { kind: 'exclusion', system: true } })
    ).toBe(1);
  });
});
