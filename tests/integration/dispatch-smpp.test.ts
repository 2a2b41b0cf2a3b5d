/**
 * The dispatcher against a real SMPP server on loopback (the `smpp` package's server mode), as
 * an operator connects a real SMSC: MC_SMS_PROVIDER=smpp and MC_SMPP_URL.
 */
import { campaignClient, mobiles } from '../helpers/campaigns';
import { startSmsc, type Smsc } from '../helpers/smsc';
import { startApp, type TestApp } from '../helpers/strapi';

jest.setTimeout(180_000);

let smsc: Smsc;
let app: TestApp;
let client: ReturnType<typeof campaignClient>;
const previousEnv: Record<string, string | undefined> = {};

const setEnv = (values: Record<string, string>) => {
  for (const [key, value] of Object.entries(values)) {
    if (!(key in previousEnv)) previousEnv[key] = process.env[key];
    process.env[key] = value;
  }
};

beforeAll(async () => {
  smsc = await startSmsc({
    receipts: { delayMs: 5, form: 'text', stat: (destination) => (destination.endsWith('7') ? 'UNDELIV' : 'DELIVRD') },
    idFormat: 'hex',
    receiptIdFormat: 'decimal',
    throttleEvery: 50,
  });
  setEnv({ MC_SMS_PROVIDER: 'smpp', MC_SMPP_URL: smsc.url, MC_SMPP_WINDOW: '20', MC_SMPP_TPS: '0' });
  app = await startApp();
  client = campaignClient(app, { Authorization: `Bearer ${app.adminToken}` });
});

afterAll(async () => {
  await app?.stop();
  await smsc?.close();
  for (const [key, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('Given the SMS channel bound to a loopback SMSC that throttles now and then', () => {
  it('When a 500-recipient campaign of two-part messages is sent, Then each is submitted once and rolled up from its parts’ receipts', async () => {
    const list = await client.list('SMPP', mobiles(500, 30_000_000));
    const long = `Bonjour \${Prénom}, ${'nos soldes continuent tout le week-end en magasin et en ligne. '.repeat(3)}`;
    const draft = await client.draft({ name: 'Soldes SMPP', kind: 'notification', message: long, listIds: [list] });
    const sent = await client.send(draft.id);
    expect(sent.status).toBe(200);
    expect(sent.body.data).toEqual(expect.objectContaining({ recipientCount: 500, creditsReserved: 1000 }));

    const done = await client.reaches(draft.id, ['completed'], 120_000);
    // Numbers ending in 7 are undeliverable at this SMSC (err 000: plain "not delivered").
    expect(done.statusCounts).toEqual({ '21': 450, '20': 50 });
    expect(done.creditsUsed).toBe(1000);

    const accepted = smsc.submits.filter((submit) => submit.commandStatus === 0);
    expect(accepted).toHaveLength(1000);
    const parts = new Set(accepted.map((submit) => `${submit.destination}:${submit.udh?.sequence}`));
    expect(parts.size).toBe(1000);
    expect(smsc.submits.some((submit) => submit.commandStatus === 0x58)).toBe(true);

    const rows = await app.strapi.db
      .query('plugin::mobile-campaigns.message-part')
      .count({ where: { statusCode: { $in: [20, 21] } } });
    expect(rows).toBe(1000);

    // The report lists each part's receipt with the time the SMSC gave it (its `done date` has
    // minute precision, so it may read up to a minute before the submission).
    const report = await app
      .http()
      .get(`/mobile-campaigns/campaigns/${draft.id}/recipients`)
      .query({ pageSize: 5 })
      .set({ Authorization: `Bearer ${app.adminToken}` });
    expect(report.status).toBe(200);
    for (const recipient of report.body.data) {
      expect(recipient.receipts.map((receipt: { part: number }) => receipt.part)).toEqual([1, 2]);
      for (const receipt of recipient.receipts) {
        expect([20, 21]).toContain(receipt.statusCode);
        expect(Date.parse(receipt.at)).toBeGreaterThan(Date.parse(recipient.submittedAt) - 61_000);
        expect(Date.parse(receipt.at)).toBeLessThanOrEqual(Date.now());
      }
    }
  });
});

describe('Given a loopback SMSC that drops the connection once and stalls once', () => {
  let flaky: Smsc;
  let flakyApp: TestApp;

  beforeAll(async () => {
    await app?.stop();
    flaky = await startSmsc({
      receipts: { delayMs: 0, form: 'tlv' },
      holdReceipts: true,
      idFormat: 'decimal',
      dropAfter: 300,
      stallAfter: 700,
      // Longer than the provider's response timeout (10 s): the stalled submits' outcome is unknown.
      stallMs: 12_000,
    });
    setEnv({
      MC_SMPP_URL: flaky.url,
      MC_DISPATCH_LEASE_MS: '5000',
      MC_DISPATCH_UNKNOWN_GRACE_MS: '5000',
      MC_TICK_MS: '1000',
    });
    flakyApp = await startApp();
    app = flakyApp;
  });

  afterAll(async () => {
    await flaky?.close();
  });

  it('When a campaign goes through both, Then it completes with nobody sent twice, and only what the SMSC never took reported 12', async () => {
    const flakyClient = campaignClient(flakyApp, { Authorization: `Bearer ${flakyApp.adminToken}` });
    const list = await flakyClient.list('Flaky', mobiles(1500, 60_000_000));
    const draft = await flakyClient.draft({
      name: 'Flaky',
      kind: 'notification',
      message: 'Bonjour ${Prénom}',
      listIds: [list],
    });
    expect((await flakyClient.send(draft.id)).status).toBe(200);
    const done = await flakyClient.reaches(draft.id, ['completed'], 120_000);

    const accepted = new Map<string, number>();
    for (const submit of flaky.submits.filter((submit) => submit.commandStatus === 0)) {
      accepted.set(submit.destination, (accepted.get(submit.destination) ?? 0) + 1);
    }
    expect([...accepted.values()].filter((times) => times > 1)).toEqual([]);
    expect(flaky.binds.filter((bind) => bind.status === 0).length).toBeGreaterThanOrEqual(2);
    const rows = await flakyApp.strapi.db
      .query('plugin::mobile-campaigns.recipient')
      .findMany({ select: ['phone', 'statusCode', 'state'], where: { campaignId: draft.id } });
    expect(rows.filter((row: { state: string }) => row.state !== 'done')).toEqual([]);
    const lost = rows.filter((row: { phone: string }) => !accepted.has(row.phone.slice(1)));
    expect(lost.every((row: { statusCode: number }) => row.statusCode === 12)).toBe(true);
    expect(done.statusCounts['21']).toBe(accepted.size);
    expect((done.statusCounts['21'] ?? 0) + (done.statusCounts['12'] ?? 0)).toBe(1500);
  });
});
