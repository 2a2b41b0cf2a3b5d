/**
 * The foundation, seen from outside: the real playground Strapi, its admin API over HTTP,
 * on whichever database DATABASE_CLIENT names.
 */
import routers from '../../server/src/routes';
import { PERMISSIONS } from '../../server/src/permissions';
import { indexNames } from '../helpers/database';
import { bearer, startApp, userWithActions, type TestApp } from '../helpers/strapi';

const PLUGIN = 'plugin::mobile-campaigns';
const CONTENT_TYPES = [
  'campaign',
  'recipient',
  'list',
  'list-entry',
  'contact',
  'attribute',
  'opt-out',
  'template',
  'short-link',
  'credit-account',
  'credit-transaction',
  'import-job',
  'inbound-message',
  'message-part',
];

let app: TestApp;
let admin: Record<string, string>;

/** A contact list with one number: what a draft needs to be sent. */
let listId: number;

beforeAll(async () => {
  app = await startApp();
  admin = bearer(app.adminToken);
  const list = await app.http().post('/mobile-campaigns/lists').set(admin).send({ name: 'Audience' });
  listId = list.body.data.id;
  await app.http().post(`/mobile-campaigns/lists/${listId}/entries`).set(admin).send({ phone: '0612345678' });
});

afterAll(async () => {
  await app?.stop();
});

const createDraft = async (body: Record<string, unknown>, headers = admin) => {
  const response = await app.http().post('/mobile-campaigns/campaigns').set(headers).send(body);
  expect(response.status).toBe(201);
  return response.body.data as { id: number; status: string; name: string };
};

describe('Given the plugin loaded in the playground', () => {
  it('registers every content type of the data model, hidden from the Content Manager', async () => {
    const response = await app.http().get('/content-type-builder/content-types').set(admin);
    expect(response.status).toBe(200);
    const ours = (response.body.data as { uid: string; schema: { pluginOptions?: any } }[]).filter((ct) =>
      ct.uid.startsWith(PLUGIN)
    );
    expect(ours.map((ct) => ct.uid.slice(PLUGIN.length + 1)).sort()).toEqual([...CONTENT_TYPES].sort());
    for (const ct of ours) {
      expect(ct.schema.pluginOptions?.['content-manager']?.visible).toBe(false);
    }
  });

  it('creates the indexes the hot paths need', async () => {
    const names = await indexNames(app, 'mc_recipients');
    expect(names).toEqual(
      expect.arrayContaining([
        'mc_recipients_campaign_status',
        'mc_recipients_campaign_id',
        'mc_recipients_provider_id',
        'mc_recipients_lease',
      ])
    );
    expect(await indexNames(app, 'mc_opt_outs')).toEqual(expect.arrayContaining(['mc_opt_outs_list_phone']));
    // Unique, so that instances starting at once cannot create a second STOP list or built-in.
    expect(await indexNames(app, 'mc_lists')).toEqual(expect.arrayContaining(['mc_lists_system_key']));
    expect(await indexNames(app, 'mc_attributes')).toEqual(expect.arrayContaining(['mc_attributes_system_key']));
  });

  it("registers the plugin's admin actions", async () => {
    const response = await app.http().get('/admin/permissions').set(admin);
    expect(response.status).toBe(200);
    const actions = JSON.stringify(response.body.data);
    for (const action of [
      'campaigns.read',
      'campaigns.write',
      'campaigns.send',
      'contacts.manage',
      'opt-outs.remove',
      'exports.personal-data',
      'settings.manage',
    ]) {
      expect(actions).toContain(`${PLUGIN}.${action}`);
    }
  });

  it('starts the simulator gateway for both channels', async () => {
    const response = await app.http().get('/mobile-campaigns/providers').set(admin);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'sms', provider: 'simulator' }),
        expect.objectContaining({ channel: 'voice', provider: 'simulator' }),
      ])
    );
  });
});

describe('Given the permissions', () => {
  interface DeclaredRoute {
    method: string;
    path: string;
    config: { auth?: false; policies: ({ name: string; config?: { actions?: string[] } } | string)[] };
  }
  /**
   * The only routes without a permission, on purpose: gateways call them without a session, and
   * each call is authenticated by its HMAC signature (tests/integration/webhooks.test.ts).
   * Adding a route here is a security decision.
   */
  const PUBLIC_SIGNED_ROUTES = ['POST /webhooks/:channel/:kind'];
  const declared = Object.values(routers).flatMap((router) => router.routes as DeclaredRoute[]);
  const isPublic = (route: DeclaredRoute) => route.config.auth === false;
  const routes = declared
    .filter((route) => !isPublic(route))
    .map((route) => ({
      method: route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete',
      // A dummy id: the permission is checked before the route looks anything up.
      path: `/mobile-campaigns${route.path.replace(/:[A-Za-z]+/g, '1')}`,
      label: `${route.method} ${route.path}`,
      actions: route.config.policies.flatMap((policy) =>
        typeof policy === 'object' && policy.name === 'admin::hasPermissions' ? (policy.config?.actions ?? []) : []
      ),
    }));
  const ALL_ACTIONS: string[] = Object.values(PERMISSIONS);

  it('Then the only public routes are the signed webhooks, declared as such', () => {
    expect(declared.filter(isPublic).map((route) => `${route.method} ${route.path}`)).toEqual(PUBLIC_SIGNED_ROUTES);
  });

  it('Then every other route names at least one of the declared actions', () => {
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect({ route: route.label, guarded: route.actions.length > 0 }).toEqual({ route: route.label, guarded: true });
      for (const action of route.actions) expect(ALL_ACTIONS).toContain(action);
    }
  });

  it('When nobody is logged in, Then every admin route answers 401', async () => {
    const answers: string[] = [];
    for (const route of routes) {
      const response = await app.http()[route.method](route.path);
      answers.push(`${route.label} ${response.status}`);
    }
    expect(answers).toEqual(routes.map((route) => `${route.label} 401`));
  });

  it('When a role holds every action but one a route needs, Then that route answers 403', async () => {
    // One role per action left out, each holding all the others.
    const tokens = new Map<string, Record<string, string>>();
    for (const omitted of new Set(routes.flatMap((route) => route.actions))) {
      const name = `Everything but ${omitted.slice(PLUGIN.length + 1)}`;
      const token = await userWithActions(
        app,
        name,
        ALL_ACTIONS.filter((action) => action !== omitted)
      );
      tokens.set(omitted, bearer(token));
    }
    const expected: string[] = [];
    const answers: string[] = [];
    for (const route of routes) {
      for (const omitted of route.actions) {
        const response = await app.http()[route.method](route.path).set(tokens.get(omitted)!);
        expected.push(`${route.label} without ${omitted}: 403`);
        answers.push(`${route.label} without ${omitted}: ${response.status}`);
      }
    }
    expect(answers).toEqual(expected);
  });

  it('When a role can read and write campaigns but not send them, Then the send route answers 403 and nothing changes', async () => {
    const token = await userWithActions(app, 'Editor without send', [
      `${PLUGIN}.campaigns.read`,
      `${PLUGIN}.campaigns.write`,
    ]);
    const editor = bearer(token);
    const draft = await createDraft({ name: 'Soldes', message: 'Bonjour', listIds: [listId] }, editor);

    const send = await app.http().post(`/mobile-campaigns/campaigns/${draft.id}/send`).set(editor).send({});
    expect(send.status).toBe(403);

    const after = await app.http().get(`/mobile-campaigns/campaigns/${draft.id}`).set(editor);
    expect(after.body.data.status).toBe('draft');
    const settings = await app.http().get('/mobile-campaigns/settings').set(editor);
    expect(settings.status).toBe(403);
  });

  it('When a role holds the send action, Then it can schedule a ready draft', async () => {
    const token = await userWithActions(app, 'Sender', [
      `${PLUGIN}.campaigns.read`,
      `${PLUGIN}.campaigns.write`,
      `${PLUGIN}.campaigns.send`,
    ]);
    const draft = await createDraft({ name: 'Rentrée', message: 'Bonjour', listIds: [listId] }, bearer(token));
    const send = await app
      .http()
      .post(`/mobile-campaigns/campaigns/${draft.id}/send`)
      .set(bearer(token))
      .send({ scheduledAt: '2030-09-02T09:00:00+02:00' });
    expect(send.status).toBe(200);
    expect(send.body.data.status).toBe('scheduled');
  });
});

describe('Given campaigns', () => {
  it('When a draft lacks a message and lists, Then send is refused with the missing fields', async () => {
    const draft = await createDraft({ name: 'Incomplete' });
    const send = await app.http().post(`/mobile-campaigns/campaigns/${draft.id}/send`).set(admin).send({});
    expect(send.status).toBe(400);
    expect(send.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual([
      'listIds',
      'message',
    ]);
  });

  it('When the same draft is sent twice at once, Then exactly one send succeeds', async () => {
    const draft = await createDraft({ name: 'Double click', message: 'Hello', listIds: [listId] });
    // Scheduled for later, so that it does not go on sending under the tests that follow.
    const body = { scheduledAt: '2030-03-02T09:00:00+01:00' };
    const [first, second] = await Promise.all([
      app.http().post(`/mobile-campaigns/campaigns/${draft.id}/send`).set(admin).send(body),
      app.http().post(`/mobile-campaigns/campaigns/${draft.id}/send`).set(admin).send(body),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 400]);
    const conflict = first.status === 400 ? first : second;
    expect(conflict.body.error.details.code).toBe('CAMPAIGN_STATUS_CONFLICT');
  });

  it('When a campaign is scheduled, Then it can be neither edited nor deleted until cancelled', async () => {
    const draft = await createDraft({ name: 'Locked', message: 'Hello', listIds: [listId] });
    await app
      .http()
      .post(`/mobile-campaigns/campaigns/${draft.id}/send`)
      .set(admin)
      .send({ scheduledAt: '2030-01-02T09:00:00+01:00' });

    const edit = await app.http().put(`/mobile-campaigns/campaigns/${draft.id}`).set(admin).send({ name: 'Changed' });
    expect(edit.status).toBe(400);
    const remove = await app.http().delete(`/mobile-campaigns/campaigns/${draft.id}`).set(admin);
    expect(remove.status).toBe(400);

    const cancel = await app.http().post(`/mobile-campaigns/campaigns/${draft.id}/cancel`).set(admin);
    expect(cancel.body.data.status).toBe('cancelled');
    const removeAfter = await app.http().delete(`/mobile-campaigns/campaigns/${draft.id}`).set(admin);
    expect(removeAfter.status).toBe(200);
    const gone = await app.http().get(`/mobile-campaigns/campaigns/${draft.id}`).set(admin);
    expect(gone.status).toBe(404);
  });

  it('When a draft is created with bad input, Then the error names the field', async () => {
    const response = await app.http().post('/mobile-campaigns/campaigns').set(admin).send({ name: '', channel: 'fax' });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['name', 'channel']));
  });

  it('lists campaigns with search and status filters and pagination', async () => {
    await createDraft({ name: 'Promo printemps' });
    const response = await app
      .http()
      .get('/mobile-campaigns/campaigns')
      .query({ search: 'PRINTEMPS', status: 'draft', pageSize: 5 })
      .set(admin);
    expect(response.status).toBe(200);
    expect(response.body.data.map((c: { name: string }) => c.name)).toEqual(['Promo printemps']);
    expect(response.body.meta.pagination).toEqual(expect.objectContaining({ page: 1, pageSize: 5, total: 1 }));
  });
});

describe('Given the dashboard', () => {
  it('shows the 10 latest drafts, the 10 latest campaigns under way or done, and the credits', async () => {
    for (let i = 1; i <= 12; i += 1) await createDraft({ name: `Draft ${i}`, message: 'Hi', listIds: [listId] });
    const sent = await createDraft({ name: 'Scheduled one', message: 'Hi', listIds: [listId] });
    await app
      .http()
      .post(`/mobile-campaigns/campaigns/${sent.id}/send`)
      .set(admin)
      .send({ scheduledAt: '2030-01-02T09:00:00+01:00' });

    const response = await app.http().get('/mobile-campaigns/dashboard').set(admin);
    expect(response.status).toBe(200);
    const { drafts, latest, credits } = response.body.data;
    expect(drafts).toHaveLength(10);
    expect(drafts[0].name).toBe('Draft 12');
    expect(drafts.every((c: { status: string }) => c.status === 'draft')).toBe(true);
    expect(latest[0]).toEqual(expect.objectContaining({ name: 'Scheduled one', status: 'scheduled' }));
    expect(latest.every((c: { status: string }) => c.status !== 'draft' && c.status !== 'cancelled')).toBe(true);
    // Unlimited credits: campaigns move nothing in the ledger.
    expect(credits).toEqual({ mode: 'unlimited', balance: 0, reserved: 0, available: null });
  });
});

describe('Given the settings', () => {
  it('returns the defaults of the seeds at first', async () => {
    const response = await app.http().get('/mobile-campaigns/settings').set(admin);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual(
      expect.objectContaining({
        stopShortCode: '36184',
        smsWindowPreset: 'seeds',
        timeZone: 'Europe/Paris',
        creditMode: 'unlimited',
        listRetentionMonths: 3,
      })
    );
    // No window of the host's own in the playground's config by default.
    // Tracked links under Strapi's own address and /l until a short domain is set: 8-character codes.
    expect(response.body.meta).toEqual({
      sendingWindows: { sms: null, voice: null },
      shortLinks: { base: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/l$/), length: expect.any(Number) },
    });
    expect(response.body.meta.shortLinks.length).toBe(response.body.meta.shortLinks.base.length + 9);
  });

  it('When a value is invalid, Then nothing is saved and the error names each field', async () => {
    const current = (await app.http().get('/mobile-campaigns/settings').set(admin)).body.data;
    const response = await app
      .http()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({
        ...current,
        stopShortCode: 'abc',
        maxSegments: 40,
        smsSender: '0612345678',
        voiceSender: '06 12 34 56 78',
      });
    expect(response.status).toBe(400);
    const errors = response.body.error.details.errors as { path: string[]; message: string }[];
    expect(errors.map((e) => e.path[0]).sort()).toEqual(['maxSegments', 'smsSender', 'stopShortCode', 'voiceSender']);
    expect(errors.find((e) => e.path[0] === 'smsSender')?.message).toBe('phone-number');
    const zone = await app
      .http()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...current, timeZone: 'Mars/Olympus' });
    expect(zone.status).toBe(400);
    expect((await app.http().get('/mobile-campaigns/settings').set(admin)).body.data).toEqual(current);
  });

  it('When limited credits are chosen and topped up, Then the balance follows the ledger', async () => {
    const current = (await app.http().get('/mobile-campaigns/settings').set(admin)).body.data;
    const saved = await app
      .http()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...current, creditMode: 'limited', smsSender: 'MaBoutique' });
    expect(saved.status).toBe(200);
    await app.http().post('/mobile-campaigns/credits/top-up').set(admin).send({ amount: 1000, note: 'Initial' });
    const topUp = await app.http().post('/mobile-campaigns/credits/top-up').set(admin).send({ amount: 250 });
    expect(topUp.body.data).toEqual({ mode: 'limited', balance: 1250, reserved: 0, available: 1250 });
    const refused = await app.http().post('/mobile-campaigns/credits/top-up').set(admin).send({ amount: -5 });
    expect(refused.status).toBe(400);
  });
});

describe('Given the simulator gateway', () => {
  it('When a message is submitted, Then its delivery receipt updates the recipient', async () => {
    const strapi = app.strapi;
    const recipients = strapi.db.query(`${PLUGIN}.recipient`);
    const recipient = await recipients.create({ data: { campaignId: 999, phone: '+33612345678', statusCode: 9 } });
    const gateway = strapi.plugin('mobile-campaigns').service('providers').get('sms');
    const [result] = await gateway.send([
      { id: String(recipient.id), channel: 'sms', to: '+33612345678', text: 'Bonjour' },
    ]);
    expect(result).toEqual(expect.objectContaining({ id: String(recipient.id), accepted: true }));
    await recipients.update({
      where: { id: recipient.id },
      data: { providerMessageId: result.providerMessageId, statusCode: 24 },
    });

    const deadline = Date.now() + 5000;
    let row = await recipients.findOne({ where: { id: recipient.id } });
    while (row.statusCode === 24 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      row = await recipients.findOne({ where: { id: recipient.id } });
    }
    expect(row.statusCode).not.toBe(24);
    expect([21, 20, 29, 31, 22, 13, 27, 26]).toContain(row.statusCode);
  });
});
