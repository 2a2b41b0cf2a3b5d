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
    previousEnv[key] = process.env[key];
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
  });
});
