/**
 * The server side of the campaign wizard (issue 11): step 2's audience summary and line
 * selector, the recap's exact credits, the rules the server enforces on save and at send, and
 * the duplicate action, over HTTP on the real playground Strapi.
 */
import { analyzeMessage, nextSendingSlot, SENDING_WINDOW_PRESETS } from '../../server/src/core';
import { campaignClient } from '../helpers/campaigns';
import { bearer, startApp, userWithActions, type TestApp } from '../helpers/strapi';

jest.setTimeout(240_000);

const PLUGIN = 'plugin::mobile-campaigns';

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

const api = () => app.http();
/** A date in the seeds' sending window, a day ahead: the campaign stays scheduled while it is read. */
const inWindow = () => nextSendingSlot(new Date(Date.now() + 24 * 3_600_000), SENDING_WINDOW_PRESETS.seeds)!;
const csv = (rows: string[]) => ['Portable;Prénom', ...rows].join('\n').concat('\n');

const settingsWith = async (changes: Record<string, unknown>, check: () => Promise<void>) => {
  const settings = (await api().get('/mobile-campaigns/settings').set(admin)).body.data;
  const put = (body: Record<string, unknown>) => api().put('/mobile-campaigns/settings').set(admin).send(body);
  expect((await put({ ...settings, ...changes })).status).toBe(200);
  try {
    await check();
  } finally {
    await put(settings);
  }
};

describe('Given two lists with invalid, fixed-line, Belgian, duplicate, opted-out and excluded numbers', () => {
  let main: number;
  let again: number;
  let rgpd: number;

  beforeAll(async () => {
    main = await client.list(
      'Clients été',
      csv([
        '0610000001;Anne',
        '0610000002;François',
        '0610000003;',
        '0610000004;Maximilien',
        '0610000005;Zoé',
        '12345;Invalide',
        '0123456789;Fixe',
        '+32 470 12 34 56;Belge',
      ])
    );
    again = await client.list('Relance été', csv(['0610000001;Anne', '0610000006;Bob', '0610000007;Chloé']));
    await client.optOut(await client.stopList(), '0610000004');
    rgpd = await client.exclusionList('RGPD été', '0610000005, 0610000007');
  });

  it('When the summary of a marketing campaign is asked, Then each row is counted once under its Annexe 3 reason', async () => {
    const response = await client.audience({ listIds: [main, again], exclusionListIds: [rgpd] });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      recipients: 11,
      valid: 4,
      invalid: 2,
      notAllowed: 1,
      duplicates: 1,
      optedOut: 1,
      excluded: 2,
      byCountry: [{ country: 'FR', count: 4 }],
      // Measured over the four rows that would be sent: Anne, François, an empty one, Bob.
      fields: [{ name: 'Prénom', longest: 'François', empty: 1, hasNonGsm: true }],
    });
  });

  it('When it is a notification, Then the STOP list is not applied; and Belgium counts once it is allowed', async () => {
    const notification = await client.audience({
      kind: 'notification',
      listIds: [main, again],
      exclusionListIds: [rgpd],
    });
    expect(notification.body.data).toEqual(expect.objectContaining({ valid: 5, optedOut: 0, excluded: 2 }));
    await settingsWith({ allowedCountries: ['FR', 'BE'] }, async () => {
      const summary = (await client.audience({ listIds: [main, again] })).body.data;
      expect(summary).toEqual(expect.objectContaining({ notAllowed: 0, valid: 7, excluded: 0 }));
      expect(summary.byCountry).toEqual([
        { country: 'FR', count: 6 },
        { country: 'BE', count: 1 },
      ]);
    });
  });

  it('When the summary names a list that is not a contact list, Then it is refused', async () => {
    expect((await client.audience({ listIds: [rgpd] })).status).toBe(400);
    expect((await client.audience({ listIds: [] })).status).toBe(400);
    expect((await client.audience({ listIds: [main], exclusionListIds: [again] })).status).toBe(400);
  });

  it('When the campaign is sent, Then validation counts what the summary said', async () => {
    const summary = (await client.audience({ listIds: [main, again], exclusionListIds: [rgpd] })).body.data;
    const draft = await client.draft({
      name: 'Soldes d’été',
      message: 'Bonjour ${Prénom}, -20 % ce week-end',
      listIds: [main, again],
      exclusionListIds: [rgpd],
    });
    const estimate = (await client.estimate(draft.id)).body.data;
    const sent = await client.send(draft.id, { scheduledAt: inWindow().toISOString() });
    expect(sent.status).toBe(200);
    const campaign = await client.get(draft.id);
    expect(campaign).toEqual(
      expect.objectContaining({
        status: 'scheduled',
        recipientCount: summary.recipients,
        invalidCount: summary.invalid + summary.notAllowed,
        duplicateCount: summary.duplicates,
        excludedCount: summary.optedOut + summary.excluded,
      })
    );
    // The row whose Prénom cell is empty is sent "Bonjour , …", as seed 001 has it without a default.
    expect(campaign.statusCounts).toEqual({ '1': 4, '2': 2, '3': 1, '4': 1, '14': 1, '18': 2 });
    expect(estimate).toEqual(expect.objectContaining({ billable: 4, personalisationErrors: 0, credits: 4 }));
    expect((await client.action(draft.id, 'cancel')).status).toBe(200);
  });

  it('When a line is asked, Then rows are numbered across the lists in their order, and past the end refused', async () => {
    const line = (listIds: number[], n: number) =>
      api()
        .get('/mobile-campaigns/campaigns/audience/line')
        .query({ listIds: listIds.join(','), line: n })
        .set(admin);
    expect((await line([main, again], 1)).body.data).toEqual({
      line: 1,
      total: 11,
      number: '+33610000001',
      fields: { Prénom: 'Anne' },
    });
    expect((await line([main, again], 10)).body.data).toEqual(
      expect.objectContaining({ line: 10, number: '+33610000006', fields: { Prénom: 'Bob' } })
    );
    expect((await line([again, main], 4)).body.data).toEqual(expect.objectContaining({ number: '+33610000001' }));
    // A role that does not manage contacts sees the row's fields, not its whole number.
    const writer = bearer(
      await userWithActions(app, 'Rédacteur', [`${PLUGIN}.campaigns.read`, `${PLUGIN}.campaigns.write`])
    );
    const masked = await api()
      .get('/mobile-campaigns/campaigns/audience/line')
      .query({ listIds: `${main},${again}`, line: 1 })
      .set(writer);
    expect(masked.body.data).toEqual(expect.objectContaining({ number: '+33•••••••01', fields: { Prénom: 'Anne' } }));
    const past = await line([main, again], 12);
    expect(past.status).toBe(400);
    expect(past.body.error.details).toEqual(expect.objectContaining({ code: 'LINE_OUT_OF_RANGE', total: 11 }));

    // The test send personalises with the same row, and refuses the same row past the end.
    const draft = await client.draft({
      name: 'Test ligne',
      kind: 'notification',
      message: 'Salut ${Prénom}',
      listIds: [main, again],
    });
    const test = (n: number) =>
      api()
        .post(`/mobile-campaigns/campaigns/${draft.id}/test`)
        .set(admin)
        .send({ numbers: '06 99 00 00 01', line: n });
    const accepted = await test(10);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data[0]).toEqual(expect.objectContaining({ to: '+33699000001', accepted: true }));
    const refused = await test(12);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.code).toBe('LINE_OUT_OF_RANGE');
  });
});

describe('Given a list whose renderings take 1 or 2 SMS, with a forbidden character, an invalid and a duplicate', () => {
  const filler = 'x'.repeat(120);
  const message = `Bonjour \${Prénom}, ${filler}`;
  let campaignId: number;

  beforeAll(async () => {
    const mixed = await client.list(
      'Mixte',
      csv(['0620000001;Al', '0620000002;Maximilien-Alexandre-Hippolyte', '0620000003;François', '12345;Invalide'])
    );
    const twice = await client.list('Mixte bis', csv(['0620000001;Al']));
    const draft = await client.draft({
      name: 'Estimation exacte',
      message,
      messageOptions: { allowUnicode: false, replaceNonGsm: false },
      listIds: [mixed, twice],
    });
    campaignId = draft.id;
  });

  it('When the estimate is asked, Then each recipient is costed on its own rendering with the STOP mention', async () => {
    // The oracle: the core's analysis of each rendering, the mention on its own line.
    expect(analyzeMessage(`Bonjour Al, ${filler}\nSTOP 36184`).segments).toBe(1);
    expect(analyzeMessage(`Bonjour Maximilien-Alexandre-Hippolyte, ${filler}\nSTOP 36184`).segments).toBe(2);
    const response = await client.estimate(campaignId);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      recipients: 5,
      billable: 2,
      credits: 3,
      worstCase: 4,
      distribution: [
        { segments: 1, recipients: 1 },
        { segments: 2, recipients: 1 },
      ],
      personalisationErrors: 0,
      forbiddenCharacters: 1,
      tooLong: 0,
      available: null,
      sufficient: true,
    });
    expect((await client.get(campaignId)).status).toBe('draft');
    const written = await app.strapi.db.query('plugin::mobile-campaigns.recipient').count({ where: { campaignId } });
    expect(written).toBe(0);
  });

  it('When credits are limited, Then the estimate says what is available, and the send reserves exactly its credits', async () => {
    await settingsWith({ creditMode: 'limited' }, async () => {
      const before = (await api().get('/mobile-campaigns/credits').set(admin)).body.data.available as number;
      const short = (await client.estimate(campaignId)).body.data;
      expect(short).toEqual(expect.objectContaining({ available: before, sufficient: before >= 3 }));
      expect((await api().post('/mobile-campaigns/credits/top-up').set(admin).send({ amount: 10 })).status).toBe(200);
      const estimate = (await client.estimate(campaignId)).body.data;
      expect(estimate).toEqual(expect.objectContaining({ available: before + 10, sufficient: true }));
      const sent = await client.send(campaignId, { scheduledAt: inWindow().toISOString() });
      expect(sent.status).toBe(200);
      expect(sent.body.data.creditsReserved).toBe(estimate.credits);
      expect(sent.body.data.statusCounts).toEqual({ '1': 2, '2': 1, '4': 1, '6': 1 });
      expect((await client.action(campaignId, 'cancel')).status).toBe(200);
    });
  });
});

describe('Given a draft with a list, the rules the server enforces', () => {
  let listId: number;
  let draftId: number;
  const codeOf = (response: { body: { error?: { details?: { code?: string } } } }) =>
    response.body.error?.details?.code;

  beforeAll(async () => {
    listId = await client.list('Règles', csv(['0630000001;Anne', '0630000002;Paul']));
    draftId = (await client.draft({ name: 'Règles', message: 'Bonjour ${Prénom}', listIds: [listId] })).id;
  });

  it('When a sender breaks the seeds’ rule, Then saving it is refused with the rule; empty is the short code', async () => {
    const accented = await client.update(draftId, { sender: 'Été' });
    expect(accented.status).toBe(400);
    expect(accented.body.error.details).toEqual(expect.objectContaining({ code: 'SENDER_INVALID', rule: 'accent' }));
    expect((await client.update(draftId, { sender: 'BOUTIQUE2026' })).body.error.details.rule).toBe('too-long');
    expect((await client.update(draftId, { sender: '0612345678' })).body.error.details.rule).toBe('phone-number');
    expect((await client.update(draftId, { sender: '' })).status).toBe(200);
    expect((await client.update(draftId, { sender: 'Boutique' })).status).toBe(200);
    // A voicemail drop shows a fixed line, or nothing.
    const voice = await api()
      .post('/mobile-campaigns/campaigns')
      .set(admin)
      .send({ name: 'Vocal', channel: 'voice', sender: '06 12 34 56 78' });
    expect(voice.body.error.details).toEqual(expect.objectContaining({ code: 'SENDER_INVALID', rule: 'fixed-line' }));
    expect((await client.draft({ name: 'Vocal', channel: 'voice', sender: '01 23 45 67 89' })).id).toEqual(
      expect.any(Number)
    );
  });

  it('When a field is saved, Then the other steps’ fields are left as they were', async () => {
    const notification = await client.draft({ name: 'Rappel', kind: 'notification', isProof: true, message: 'Rappel' });
    const renamed = await client.update(notification.id, { name: 'Rappel RDV' });
    expect(renamed.body.data).toEqual(
      expect.objectContaining({ name: 'Rappel RDV', kind: 'notification', isProof: true })
    );
  });

  it('When the STOP mention is custom without STOP, or removed, Then it is refused (on save, or at send)', async () => {
    const invalid = await client.update(draftId, { stopMention: 'Désinscription au 36184' });
    expect(invalid.status).toBe(400);
    expect(codeOf(invalid)).toBe('STOP_MENTION_INVALID');
    expect((await client.update(draftId, { stopMention: 'Stop au 36184' })).status).toBe(200);
    const removed = await client.update(draftId, { stopMention: '' });
    expect(removed.status).toBe(200);
    const send = await client.send(draftId, { scheduledAt: inWindow().toISOString() });
    expect(send.status).toBe(400);
    expect(codeOf(send)).toBe('STOP_MENTION_MISSING');
    expect((await client.get(draftId)).status).toBe('draft');
    // A notification carries no mention: removing it is what it should be.
    const notification = await client.draft({
      name: 'Sans mention',
      kind: 'notification',
      message: 'Votre colis arrive',
      stopMention: '',
      listIds: [listId],
    });
    expect((await client.send(notification.id)).status).toBe(200);
    await client.action(notification.id, 'cancel');
  });

  it('When the message names a field the lists lack or a tracked link not given, Then it is refused with the names', async () => {
    const unknown = await client.update(draftId, { message: 'Bonjour ${Prénom} ${Ville}' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual(expect.objectContaining({ code: 'UNKNOWN_FIELD', fields: ['Ville'] }));
    // A default value stands in for a field the lists lack, as validation renders it.
    const withDefault = await client.update(draftId, {
      message: 'Bonjour ${Prénom} ${Ville}',
      fieldDefaults: { Ville: 'Paris' },
    });
    expect(withDefault.status).toBe(200);
    const link = await client.update(draftId, {
      message: 'Voir ${track_1} et ${track_2}',
      trackedLinks: [{ url: 'https://example.com/a' }],
    });
    expect(link.status).toBe(400);
    expect(link.body.error.details).toEqual(
      expect.objectContaining({ code: 'UNKNOWN_TRACKED_LINK', links: ['track_2'] })
    );
    const fieldInLink = await client.update(draftId, {
      message: 'Voir ${track_1}',
      trackedLinks: [{ url: 'https://example.com/?id=${Identifiant}' }],
    });
    expect(codeOf(fieldInLink)).toBe('UNKNOWN_FIELD');
    expect(
      (
        await client.update(draftId, {
          message: 'Voir ${track_1}',
          trackedLinks: [{ url: 'https://example.com/?p=${Prénom}' }],
        })
      ).status
    ).toBe(200);
  });

  it('When the message is longer than the account allows, Then it is refused on save and at send', async () => {
    const long = await client.update(draftId, { message: 'a'.repeat(1000) });
    expect(long.status).toBe(400);
    expect(long.body.error.details).toEqual(expect.objectContaining({ code: 'MESSAGE_TOO_LONG', maxSegments: 6 }));
    // Saved before the account lowered its maximum: the send refuses it.
    expect((await client.update(draftId, { message: 'a'.repeat(400), stopMention: 'STOP 36184' })).status).toBe(200);
    await settingsWith({ maxSegments: 2 }, async () => {
      const send = await client.send(draftId, { scheduledAt: inWindow().toISOString() });
      expect(codeOf(send)).toBe('MESSAGE_TOO_LONG');
    });
  });

  it('When a rule was bypassed in the database, Then the send still refuses it', async () => {
    await client.update(draftId, { message: 'Bonjour ${Prénom}' });
    await app.strapi.db
      .query('plugin::mobile-campaigns.campaign')
      .update({ where: { id: draftId }, data: { sender: 'Promo été' } });
    const send = await client.send(draftId, { scheduledAt: inWindow().toISOString() });
    expect(send.status).toBe(400);
    expect(send.body.error.details).toEqual(expect.objectContaining({ code: 'SENDER_INVALID', rule: 'space' }));
    await client.update(draftId, { sender: 'Boutique' });
    const sent = await client.send(draftId, { scheduledAt: inWindow().toISOString() });
    expect(sent.status).toBe(200);
    await client.action(draftId, 'cancel');
  });

  it('When a chosen list no longer exists, Then the send names the list rather than its fields', async () => {
    const draft = await client.draft({ name: 'Liste disparue', message: 'Bonjour ${Prénom}', listIds: [999_999] });
    const send = await client.send(draft.id, { scheduledAt: inWindow().toISOString() });
    expect(send.status).toBe(400);
    expect(send.body.error.message).toBe('List 999999 does not exist');
  });

  it('When the last step’s date is saved with the draft, Then it comes back on a draft, a copy starts without it, and null clears it', async () => {
    const draft = await client.draft({ name: 'Plus tard', message: 'Bonjour ${Prénom}', listIds: [listId] });
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const saved = await client.update(draft.id, { scheduledAt: at });
    expect(saved.status).toBe(200);
    expect(await client.get(draft.id)).toEqual(expect.objectContaining({ status: 'draft', scheduledAt: at }));
    const copy = await api().post(`/mobile-campaigns/campaigns/${draft.id}/duplicate`).set(admin).send({});
    expect(copy.body.data).toEqual(expect.objectContaining({ status: 'draft', scheduledAt: null }));
    expect((await client.update(draft.id, { scheduledAt: 'tomorrow' })).status).toBe(400);
    expect((await client.update(draft.id, { scheduledAt: null })).status).toBe(200);
    expect((await client.get(draft.id)).scheduledAt).toBeNull();
  });

  it('When a marketing schedule is outside the window, Then the next slot is offered (kept)', async () => {
    const draft = await client.draft({ name: 'Dimanche', message: 'Bonjour ${Prénom}', listIds: [listId] });
    const sunday = new Date(inWindow());
    while (sunday.getUTCDay() !== 0) sunday.setUTCDate(sunday.getUTCDate() + 1);
    sunday.setUTCHours(12, 0, 0, 0);
    const send = await client.send(draft.id, { scheduledAt: sunday.toISOString() });
    expect(send.status).toBe(400);
    expect(send.body.error.details.errors[0].value).toEqual(
      expect.objectContaining({ code: 'OUTSIDE_SENDING_WINDOW', nextSlot: expect.any(String) })
    );
  });
});

describe('Given a campaign with every wizard setting', () => {
  it('When it is duplicated, Then the copy is a draft with the same settings and empty figures', async () => {
    const listId = await client.list('Copie', csv(['0640000001;Anne']));
    const exclusion = await client.exclusionList('Copie exclusions', '0640000009');
    const settings = {
      kind: 'marketing',
      isProof: true,
      billingCode: 'MKT-42',
      description: 'Rentrée',
      sender: 'Boutique',
      message: 'Bonjour ${Prénom} ${track_1}',
      messageOptions: { allowUnicode: true, emoji: false, replaceNonGsm: false },
      stopMention: 'STOP au 36184',
      fieldDefaults: { Prénom: 'cliente' },
      trackedLinks: [{ url: 'https://example.com/?p=${Prénom}', preview: { title: 'Rentrée' } }],
      listIds: [listId],
      exclusionListIds: [exclusion],
    };
    const source = await client.draft({ name: 'Rentrée', ...settings });
    await client.send(source.id, { scheduledAt: inWindow().toISOString() });

    const copy = await api().post(`/mobile-campaigns/campaigns/${source.id}/duplicate`).set(admin).send({});
    expect(copy.status).toBe(201);
    expect(copy.body.data).toEqual(
      expect.objectContaining({
        ...settings,
        channel: 'sms',
        name: 'Rentrée (copie)',
        status: 'draft',
        sourceCampaignId: source.id,
        recipientCount: 0,
        creditsReserved: 0,
        scheduledAt: null,
      })
    );
    expect(copy.body.data.id).not.toBe(source.id);
    expect(copy.body.data).not.toHaveProperty('searchName');
    const english = await api()
      .post(`/mobile-campaigns/campaigns/${source.id}/duplicate`)
      .set(admin)
      .send({ lang: 'en' });
    expect(english.body.data.name).toBe('Rentrée (copy)');
    const named = await api()
      .post(`/mobile-campaigns/campaigns/${source.id}/duplicate`)
      .set(admin)
      .send({ name: 'Rentrée 2' });
    expect(named.body.data.name).toBe('Rentrée 2');
    expect((await api().post('/mobile-campaigns/campaigns/999999/duplicate').set(admin).send({})).status).toBe(404);
    await client.action(source.id, 'cancel');
  });
});
