import { nextSendingSlot, SENDING_WINDOW_PRESETS } from '../../server/src/core';
import { campaignClient, mobiles } from '../helpers/campaigns';
import { startApp, type TestApp } from '../helpers/strapi';

jest.setTimeout(180_000);

let app: TestApp;
let admin: Record<string, string>;
let client: ReturnType<typeof campaignClient>;

beforeAll(async () => {
  app = await startApp();
  admin = { Authorization: `Bearer ${app.adminToken}` };
  client = campaignClient(app, admin);
});

afterAll(async () => {
  await app?.stop();
});

/** Runs `check` with the account on limited credits, and puts it back on unlimited after. */
const onLimitedCredits = async (check: () => Promise<void>) => {
  const settings = (await app.http().get('/mobile-campaigns/settings').set(admin)).body.data;
  const put = (creditMode: string) =>
    app
      .http()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...settings, creditMode });
  await put('limited');
  try {
    await check();
  } finally {
    await put('unlimited');
  }
};

const recipients = (campaignId: number) =>
  app.strapi.db.query('plugin::mobile-campaigns.recipient').findMany({ where: { campaignId }, orderBy: { id: 'asc' } });

describe('Given two lists: nine mobiles and an invalid number, and one number again (seed 001 recap)', () => {
  let main: number;
  let again: number;

  beforeAll(async () => {
    main = await client.list('Clients', mobiles(9, 10_000_000, ['12345;Invalide']));
    again = await client.list('Relance', mobiles(1, 10_000_000));
  });

  it('When a notification campaign is sent to both, Then 11 recipients are frozen, 9 credits reserved, and it completes with receipts', async () => {
    const draft = await client.draft({
      name: 'Rappel rendez-vous',
      kind: 'notification',
      message: 'Bonjour ${Prénom}, votre rendez-vous est confirmé.',
      listIds: [main, again],
    });
    const sent = await client.send(draft.id);
    expect(sent.status).toBe(200);
    expect(sent.body.data).toEqual(
      expect.objectContaining({
        status: expect.stringMatching(/scheduled|sending|consolidating|completed/),
        recipientCount: 11,
        invalidCount: 1,
        duplicateCount: 1,
        excludedCount: 0,
        creditsReserved: 9,
      })
    );
    const done = await client.reaches(draft.id, ['completed']);
    expect(done.statusCounts['2']).toBe(1);
    expect(done.statusCounts['4']).toBe(1);
    const sentTo = Object.entries(done.statusCounts)
      .filter(([code]) => !['2', '4'].includes(code))
      .reduce((sum, [, n]) => sum + n, 0);
    expect(sentTo).toBe(9);
    expect(done.submittedCount).toBeGreaterThanOrEqual(8);
    expect(done.creditsUsed + done.creditsRefunded).toBe(9);

    const rows = await recipients(draft.id);
    expect(rows).toHaveLength(11);
    const first = rows.find((row: any) => row.phone === '+33610000000' && row.listId === main);
    expect(first).toEqual(
      expect.objectContaining({ text: 'Bonjour Client 0, votre rendez-vous est confirmé.', segments: 1, credits: 1 })
    );
    expect(
      new Set(rows.filter((row: any) => row.providerMessageId).map((row: any) => row.providerMessageId)).size
    ).toBe(rows.filter((row: any) => row.providerMessageId).length);
    const lists = await app.strapi.db
      .query('plugin::mobile-campaigns.list')
      .findMany({ where: { id: { $in: [main, again] } } });
    for (const list of lists) expect(list.lastUsedAt).not.toBeNull();
  });

  it('When "send" is clicked twice at once, Then one succeeds, the other is refused, and the audience is frozen once', async () => {
    const draft = await client.draft({ name: 'Double', kind: 'notification', message: 'Hello', listIds: [main] });
    const [a, b] = await Promise.all([client.send(draft.id), client.send(draft.id)]);
    expect([a.status, b.status].sort()).toEqual([200, 400]);
    const refused = a.status === 400 ? a : b;
    expect(refused.body.error.details.code).toBe('CAMPAIGN_STATUS_CONFLICT');
    expect(await recipients(draft.id)).toHaveLength(10);
  });

  it('When a marketing campaign is validated, Then it carries the STOP mention and opt-outs and exclusion lists are applied', async () => {
    const optOuts = (await app.http().get('/mobile-campaigns/lists?kind=exclusion').set(admin)).body.data as any[];
    const stopList = optOuts.find((list) => list.system);
    await app.http().post(`/mobile-campaigns/lists/${stopList.id}/opt-outs`).set(admin).send({ numbers: '0610000001' });
    const exclusion = (
      await app.http().post('/mobile-campaigns/lists').set(admin).send({ name: 'Client exclusions', kind: 'exclusion' })
    ).body.data;
    await app
      .http()
      .post(`/mobile-campaigns/lists/${exclusion.id}/opt-outs`)
      .set(admin)
      .send({ numbers: '0610000002' });

    const draft = await client.draft({
      name: 'Soldes',
      kind: 'marketing',
      message: 'Soldes -50% ${Prénom}',
      listIds: [main],
      exclusionListIds: [exclusion.id],
    });
    // In the seeds' window (Monday–Saturday 08:00–20:00 Paris), whatever the hour the tests run.
    const inWindow = nextSendingSlot(new Date(Date.now() + 3_600_000), SENDING_WINDOW_PRESETS.seeds)!;
    const sent = await client.send(draft.id, { scheduledAt: inWindow.toISOString() });
    expect(sent.status).toBe(200);
    expect(sent.body.data).toEqual(
      expect.objectContaining({ status: 'scheduled', excludedCount: 2, creditsReserved: 7 })
    );
    const rows = await recipients(draft.id);
    expect(rows.find((row: any) => row.phone === '+33610000001').statusCode).toBe(14);
    expect(rows.find((row: any) => row.phone === '+33610000002').statusCode).toBe(18);
    expect(rows.find((row: any) => row.phone === '+33610000003').text).toBe('Soldes -50% Client 3\nSTOP 36184');

    const cancelled = await client.action(draft.id, 'cancel');
    expect(cancelled.status).toBe(200);
    const settled = await client.reaches(draft.id, ['cancelled']);
    expect(settled.statusCounts['23']).toBe(7);
  });

  it('When a marketing campaign is scheduled outside the sending hours, Then it is refused with the next opening; a notification is not', async () => {
    const sunday = '2030-09-01T10:00:00+02:00';
    const marketing = await client.draft({ name: 'Dimanche', kind: 'marketing', message: 'Promo', listIds: [main] });
    const refused = await client.send(marketing.id, { scheduledAt: sunday });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0]).toEqual(
      expect.objectContaining({
        path: ['scheduledAt'],
        value: { code: 'OUTSIDE_SENDING_WINDOW', nextSlot: '2030-09-02T06:00:00.000Z' },
      })
    );
    expect((await client.get(marketing.id)).status).toBe('draft');

    const notification = await client.draft({
      name: 'Dimanche info',
      kind: 'notification',
      message: 'Info',
      listIds: [main],
    });
    const accepted = await client.send(notification.id, { scheduledAt: sunday });
    expect(accepted.status).toBe(200);
    await client.action(notification.id, 'cancel');
  });

  it('When a test is sent to two typed numbers with the fields of row 3, Then the gateway takes both and no recipient is written', async () => {
    const draft = await client.draft({
      name: 'Test',
      kind: 'marketing',
      message: 'Bonjour ${Prénom}',
      listIds: [main],
    });
    const response = await app
      .http()
      .post(`/mobile-campaigns/campaigns/${draft.id}/test`)
      .set(admin)
      .send({ numbers: '06 99 00 00 01 ; +33699000002', line: 3 });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([
      expect.objectContaining({ to: '+33699000001', accepted: true, error: null }),
      expect.objectContaining({ to: '+33699000002', accepted: true, error: null }),
    ]);
    expect(await recipients(draft.id)).toHaveLength(0);
    expect((await client.get(draft.id)).status).toBe('draft');

    const invalid = await app
      .http()
      .post(`/mobile-campaigns/campaigns/${draft.id}/test`)
      .set(admin)
      .send({ numbers: '12' });
    expect(invalid.status).toBe(400);
    const noRow = await app
      .http()
      .post(`/mobile-campaigns/campaigns/${draft.id}/test`)
      .set(admin)
      .send({ numbers: '0699000001', line: 99 });
    expect(noRow.status).toBe(400);
  });

  it('When the account has limited credits and too few, Then "send" is refused and nothing is written', () =>
    onLimitedCredits(async () => {
      await app.http().post('/mobile-campaigns/credits/top-up').set(admin).send({ amount: 5 });
      const draft = await client.draft({ name: 'Trop grand', kind: 'notification', message: 'Hi', listIds: [main] });
      const sent = await client.send(draft.id);
      expect(sent.status).toBe(400);
      expect(sent.body.error.details).toEqual(expect.objectContaining({ code: 'INSUFFICIENT_CREDITS', needed: 9 }));
      expect((await client.get(draft.id)).status).toBe('draft');
      expect(await recipients(draft.id)).toHaveLength(0);
    }));

  it('When three campaigns needing 9 credits each are sent at once on 25 credits, Then two are validated, one refused, and the balance never goes negative', () =>
    onLimitedCredits(async () => {
      const credits = async () => (await app.http().get('/mobile-campaigns/credits').set(admin)).body.data;
      const start = await credits();
      await app
        .http()
        .post('/mobile-campaigns/credits/top-up')
        .set(admin)
        .send({ amount: 25 - start.available });
      expect((await credits()).available).toBe(25);
      const drafts = await Promise.all(
        [1, 2, 3].map((n) =>
          client.draft({ name: `Concurrente ${n}`, kind: 'notification', message: 'Hi', listIds: [main] })
        )
      );
      // Scheduled for tomorrow: the reservations stay while the test looks.
      const at = new Date(Date.now() + 24 * 3_600_000).toISOString();
      const responses = await Promise.all(drafts.map((draft) => client.send(draft.id, { scheduledAt: at })));
      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 400]);
      const refused = responses.find((response) => response.status === 400)!;
      expect(refused.body.error.details).toEqual(
        expect.objectContaining({ code: 'INSUFFICIENT_CREDITS', needed: 9, available: 7 })
      );
      expect(await credits()).toEqual(expect.objectContaining({ reserved: start.reserved + 18, available: 7 }));
      const refusedDraft = drafts[responses.indexOf(refused)];
      expect(await recipients(refusedDraft.id)).toHaveLength(0);
      for (const [i, draft] of drafts.entries()) {
        if (responses[i].status === 200) expect((await client.action(draft.id, 'cancel')).status).toBe(200);
      }
      for (const [i, draft] of drafts.entries()) {
        if (responses[i].status === 200) await client.reaches(draft.id, ['cancelled']);
      }
    }));
});

describe('Given a list imported while Belgium was not an allowed destination', () => {
  it('When Belgium is allowed afterwards, Then a campaign sends to its Belgian number; a Swiss one stays refused (3)', async () => {
    const list = await client.list(
      'Frontaliers',
      'Portable;Prénom\n0610000100;Anne\n+32470123456;Bram\n+41781234567;Chloé\n'
    );
    const settings = (await app.http().get('/mobile-campaigns/settings').set(admin)).body.data;
    const allowed = await app
      .http()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...settings, allowedCountries: [...settings.allowedCountries, 'BE'] });
    expect(allowed.status).toBe(200);
    try {
      const draft = await client.draft({
        name: 'Frontaliers',
        kind: 'notification',
        message: 'Bonjour ${Prénom}',
        listIds: [list],
      });
      const sent = await client.send(draft.id, { scheduledAt: new Date(Date.now() + 24 * 3_600_000).toISOString() });
      expect(sent.status).toBe(200);
      const byPhone = new Map((await recipients(draft.id)).map((row: any) => [row.phone, row.statusCode]));
      expect(Object.fromEntries(byPhone)).toEqual({ '+33610000100': 1, '+32470123456': 1, '+41781234567': 3 });
      expect((await client.action(draft.id, 'cancel')).status).toBe(200);
    } finally {
      await app.http().put('/mobile-campaigns/settings').set(admin).send(settings);
    }
  });
});

describe('Given a list whose fields hold a tab, a backslash, a quoted line break, quotes and emoji', () => {
  it("When a campaign is validated, Then every recipient's fields and text are stored exactly (the bulk paths' escaping)", async () => {
    const csv = [
      'Portable;Prénom;Note',
      '0611000001;"Zoë\tAnn";"C:\\dossier\\N"',
      '0611000002;"Line ""one""\nline two";😀 {"a":1}',
    ].join('\n');
    const list = await client.list('Caractères', `${csv}\n`);
    const draft = await client.draft({
      name: 'Échappements',
      kind: 'notification',
      message: '${Prénom} / ${Note}',
      messageOptions: { allowUnicode: true, replaceNonGsm: false },
      listIds: [list],
    });
    const sent = await client.send(draft.id, {
      scheduledAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
    });
    expect(sent.status).toBe(200);
    const rows = await recipients(draft.id);
    expect(rows.map((row: any) => [row.fields, row.text, row.valid, row.statusCode, row.state])).toEqual([
      [{ Prénom: 'Zoë\tAnn', Note: 'C:\\dossier\\N' }, 'Zoë\tAnn / C:\\dossier\\N', true, 1, 'queued'],
      [{ Prénom: 'Line "one"\nline two', Note: '😀 {"a":1}' }, 'Line "one"\nline two / 😀 {"a":1}', true, 1, 'queued'],
    ]);
    expect(rows.every((row: any) => new Date(row.createdAt).getTime() > Date.now() - 600_000)).toBe(true);
    expect((await client.action(draft.id, 'cancel')).status).toBe(200);
  });
});

describe('Given a list in which one row leaves a personalised field empty', () => {
  it('When a campaign uses that field with no default, Then that recipient gets the message with the field empty, not a personalisation error (5)', async () => {
    const csv = ['Portable;Civilité;Nom', '0611000011;Mme;Martin', '0611000012;;Durand'].join('\n');
    const list = await client.list('Civilités', `${csv}\n`);
    const draft = await client.draft({
      name: 'Champ vide',
      kind: 'notification',
      message: 'Bonjour ${Civilité} ${Nom}',
      listIds: [list],
    });
    // The recap's estimate and a test send with that row's fields judge it as validation does.
    const estimate = await client.estimate(draft.id);
    expect(estimate.body.data).toMatchObject({ billable: 2, personalisationErrors: 0, credits: 2 });
    const test = await app
      .http()
      .post(`/mobile-campaigns/campaigns/${draft.id}/test`)
      .set(admin)
      .send({ numbers: '0611000099', line: 2 });
    expect(test.status).toBe(200);
    const sent = await client.send(draft.id, {
      scheduledAt: new Date(Date.now() + 24 * 3_600_000).toISOString(),
    });
    expect(sent.status).toBe(200);
    const rows = await recipients(draft.id);
    expect(rows.map((row: any) => [row.statusCode, row.text])).toEqual([
      [1, 'Bonjour Mme Martin'],
      [1, 'Bonjour  Durand'],
    ]);
    expect((await client.action(draft.id, 'cancel')).status).toBe(200);
  });
});
