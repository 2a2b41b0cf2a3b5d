/**
 * The signed webhook routes, seen from a gateway: the real playground Strapi with its SMS channel
 * on the `http` provider (MC_SMS_PROVIDER=http), called over HTTP with and without a valid
 * signature. A rejected call must change nothing.
 */
import { createHmac } from 'node:crypto';
import { startApp, type TestApp } from '../helpers/strapi';

const SECRET = 'integration-webhook-secret-0123456789';
const ENV = {
  MC_SMS_PROVIDER: 'http',
  // Nothing listens there: these tests never submit, they only receive.
  MC_HTTP_URL: 'http://127.0.0.1:9/v1',
  MC_HTTP_API_KEY: 'integration-api-key',
  MC_HTTP_WEBHOOK_SECRET: SECRET,
};
const RECIPIENT = 'plugin::mobile-campaigns.recipient';
const INBOUND = 'plugin::mobile-campaigns.inbound-message';

let app: TestApp;
const previousEnv: Record<string, string | undefined> = {};

beforeAll(async () => {
  // Read by playground/config/plugins.js when Strapi loads; restored after, since --runInBand shares the process.
  for (const [key, value] of Object.entries(ENV)) {
    previousEnv[key] = process.env[key];
    process.env[key] = value;
  }
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
  for (const [key, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** What a gateway sends: the timestamp and HMAC-SHA256 of "<timestamp>.<raw body>", as the README says. */
const sign = (rawBody: string, { secret = SECRET, at = new Date() } = {}) => {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const digest = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return { 'X-MC-Timestamp': timestamp, 'X-MC-Signature': `sha256=${digest}` };
};

const post = (path: string, rawBody: string, headers: Record<string, string> = {}) =>
  app
    .http()
    .post(`/mobile-campaigns/webhooks/${path}`)
    .set({ 'Content-Type': 'application/json', ...headers })
    .send(rawBody);

const createRecipient = async (providerMessageId: string) =>
  (await app.strapi.db.query(RECIPIENT).create({
    data: { campaignId: 1, phone: '+33612345678', statusCode: 24, providerMessageId },
  })) as { id: number };

const statusOf = async (id: number) =>
  ((await app.strapi.db.query(RECIPIENT).findOne({ where: { id } })) as { statusCode: number }).statusCode;

const inboundCount = () => app.strapi.db.query(INBOUND).count({});

const receiptsBody = (messageId: string, state = 'delivered') =>
  JSON.stringify({ receipts: [{ messageId, state, at: new Date().toISOString() }] });

describe('Given the SMS channel on the http provider', () => {
  it('When a signed receipts webhook arrives, Then the recipient it names gets its status', async () => {
    const recipient = await createRecipient('abc');
    const body = receiptsBody('abc');
    const response = await post('sms/receipts', body, sign(body));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: 1 });
    expect(await statusOf(recipient.id)).toBe(21);
  });

  it('When a signed inbound webhook arrives, Then the reply is stored', async () => {
    const before = await inboundCount();
    const body = JSON.stringify({
      messages: [
        { from: '+33612345678', to: '36184', text: 'Merci !', at: new Date().toISOString(), messageId: 'in-1' },
      ],
    });
    const response = await post('sms/inbound', body, sign(body));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: 1 });
    expect(await inboundCount()).toBe(before + 1);
    const stored = await app.strapi.db.query(INBOUND).findOne({ where: { providerMessageId: 'in-1' } });
    expect(stored).toMatchObject({ from: '+33612345678', to: '36184', text: 'Merci !', provider: 'sms' });
  });

  it('When a gateway sends the body with spacing of its own, Then the signature over those exact bytes holds', async () => {
    const recipient = await createRecipient('spaced');
    const body = `{\n  "receipts": [ { "messageId": "spaced", "state": "undelivered", "at": "${new Date().toISOString()}" } ]\n}\n`;
    const response = await post('sms/receipts', body, sign(body));
    expect(response.status).toBe(200);
    expect(await statusOf(recipient.id)).toBe(20);
  });
});

describe('Given a gateway that delivers inbound webhooks more than once', () => {
  const inboundBody = (messages: { text: string; messageId: string }[]) =>
    JSON.stringify({
      messages: messages.map((m) => ({ from: '+33698765432', to: '36184', at: new Date().toISOString(), ...m })),
    });
  const answered = async () =>
    (await app.strapi.db.query(RECIPIENT).create({
      data: {
        campaignId: 7,
        phone: '+33698765432',
        statusCode: 21,
        submittedAt: new Date(),
        providerMessageId: 'dup-r',
      },
    })) as { id: number };
  const repliesOf = async (id: number) =>
    JSON.parse(((await app.strapi.db.query(RECIPIENT).findOne({ where: { id } })) as { replies: string }).replies);

  it('When the same reply comes again (a retry) and twice at once, Then it is kept once, on its recipient once', async () => {
    const recipient = await answered();
    const body = inboundBody([{ text: 'Oui, je viens', messageId: 'retry-1' }]);
    expect((await post('sms/inbound', body, sign(body))).status).toBe(200);
    const again = await Promise.all([post('sms/inbound', body, sign(body)), post('sms/inbound', body, sign(body))]);
    expect(again.map((response) => response.status)).toEqual([200, 200]);
    expect(await app.strapi.db.query(INBOUND).count({ where: { providerMessageId: 'retry-1' } })).toBe(1);
    expect(await repliesOf(recipient.id)).toEqual(['Oui, je viens']);
  });

  it('When two different replies to one recipient arrive at once, Then both are on the recipient', async () => {
    const recipient = await answered();
    const bodies = ['Première', 'Seconde'].map((text, i) => inboundBody([{ text, messageId: `both-${i}` }]));
    const responses = await Promise.all(bodies.map((body) => post('sms/inbound', body, sign(body))));
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect((await repliesOf(recipient.id)).sort()).toEqual(['Première', 'Seconde']);
  });
});

describe('Given a recipient who answers STOP', () => {
  it('When "Stop." arrives, Then the number joins the account STOP list (stop-reply, with its campaign), the recipient reads 17 and the reply is kept', async () => {
    const recipient = (await app.strapi.db.query(RECIPIENT).create({
      data: {
        campaignId: 9,
        phone: '+33677001122',
        statusCode: 21,
        submittedAt: new Date(),
        providerMessageId: 'stop-r',
      },
    })) as { id: number };
    const body = JSON.stringify({
      messages: [
        { from: '+33677001122', to: '36184', text: ' Stop. ', at: new Date().toISOString(), messageId: 'stop-1' },
      ],
    });
    expect((await post('sms/inbound', body, sign(body))).status).toBe(200);
    const stored = (await app.strapi.db.query(RECIPIENT).findOne({ where: { id: recipient.id } })) as {
      statusCode: number;
      replies: string;
    };
    expect(stored.statusCode).toBe(17);
    expect(JSON.parse(stored.replies)).toEqual([' Stop. ']);
    const stopList = (await app.strapi.db
      .query('plugin::mobile-campaigns.list')
      .findOne({ where: { systemKey: 'account-opt-out' } })) as { id: number } | null;
    expect(stopList).not.toBeNull();
    const optOut = await app.strapi.db
      .query('plugin::mobile-campaigns.opt-out')
      .findOne({ where: { listId: stopList!.id, phone: '+33677001122' } });
    expect(optOut).toEqual(expect.objectContaining({ source: 'stop-reply', campaignId: 9 }));
    expect(await app.strapi.db.query(INBOUND).findOne({ where: { providerMessageId: 'stop-1' } })).toEqual(
      expect.objectContaining({ isStop: true, recipientId: recipient.id, campaignId: 9 })
    );
  });

  it('When a reply only mentions stopping in a sentence, Then it is kept as a reply and opts nobody out', async () => {
    const body = JSON.stringify({
      messages: [
        {
          from: '+33677001133',
          text: 'Ne pas stop la livraison svp',
          at: new Date().toISOString(),
          messageId: 'stop-2',
        },
      ],
    });
    expect((await post('sms/inbound', body, sign(body))).status).toBe(200);
    expect(await app.strapi.db.query(INBOUND).findOne({ where: { providerMessageId: 'stop-2' } })).toEqual(
      expect.objectContaining({ isStop: false })
    );
    expect(
      await app.strapi.db.query('plugin::mobile-campaigns.opt-out').count({ where: { phone: '+33677001133' } })
    ).toBe(0);
  });
});

describe('Given webhook calls that must be rejected', () => {
  const warn = () => jest.spyOn(app.strapi.log, 'warn');

  afterEach(() => jest.restoreAllMocks());

  const cases: [string, () => { path: string; body: string; headers: Record<string, string> }, number, string][] = [
    ['unsigned', () => ({ path: 'sms/receipts', body: receiptsBody('held'), headers: {} }), 401, 'missing signature'],
    [
      'signed with another secret',
      () => {
        const body = receiptsBody('held');
        return { path: 'sms/receipts', body, headers: sign(body, { secret: 'not-the-shared-secret-at-all' }) };
      },
      401,
      'bad signature',
    ],
    [
      'replayed (signed 6 minutes ago)',
      () => {
        const body = receiptsBody('held');
        return { path: 'sms/receipts', body, headers: sign(body, { at: new Date(Date.now() - 6 * 60_000) }) };
      },
      401,
      'stale timestamp',
    ],
    [
      'tampered with after signing',
      () => {
        const body = receiptsBody('held', 'undelivered');
        return { path: 'sms/receipts', body: body.replace('undelivered', 'delivered'), headers: sign(body) };
      },
      401,
      'bad signature',
    ],
    [
      'signed but not the schema',
      () => {
        const body = JSON.stringify({ receipts: [{ messageId: 'held', state: 'DELIVRD', at: 'yesterday' }] });
        return { path: 'sms/receipts', body, headers: sign(body) };
      },
      400,
      'invalid receipts.0.state',
    ],
    [
      'signed inbound with a sender that is not a number',
      () => {
        const body = JSON.stringify({ messages: [{ from: 'ACME', text: 'x', at: new Date().toISOString() }] });
        return { path: 'sms/inbound', body, headers: sign(body) };
      },
      400,
      'invalid messages.0.from',
    ],
  ];

  it.each(cases)(
    'When the call is %s, Then it is rejected and changes nothing',
    async (_name, make, status, reason) => {
      const recipient = await createRecipient('held');
      const inboundBefore = await inboundCount();
      const spy = warn();
      const { path, body, headers } = make();

      const response = await post(path, body, headers);

      expect(response.status).toBe(status);
      expect(response.body.error).toMatchObject({ status, message: `Webhook rejected: ${reason}` });
      expect(await statusOf(recipient.id)).toBe(24);
      expect(await inboundCount()).toBe(inboundBefore);
      expect(spy).toHaveBeenCalledWith(expect.stringContaining(`rejected (${status}): ${reason}`));
      // Logged without the body: no message id, number or text of it.
      for (const [line] of spy.mock.calls) expect(String(line)).not.toMatch(/held|\+33|ACME/);
      await app.strapi.db.query(RECIPIENT).delete({ where: { id: recipient.id } });
    }
  );

  it('When a signed body is not JSON, Then it answers 400 and changes nothing', async () => {
    const inboundBefore = await inboundCount();
    const body = 'messages=STOP';
    const response = await post('sms/inbound', body, { ...sign(body), 'Content-Type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('Webhook rejected: body is not JSON');
    expect(await inboundCount()).toBe(inboundBefore);
  });

  it('When the channel takes no webhooks (voice on the simulator), or the route names no channel or kind, Then 404', async () => {
    const body = receiptsBody('abc');
    expect((await post('voice/receipts', body, sign(body))).status).toBe(404);
    expect((await post('fax/receipts', body, sign(body))).status).toBe(404);
    expect((await post('sms/bounces', body, sign(body))).status).toBe(404);
  });

  it('answers a rejection without a stack or an internal message', async () => {
    const response = await post('sms/receipts', receiptsBody('abc'));
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      data: null,
      error: expect.objectContaining({
        status: 401,
        name: 'UnauthorizedError',
        message: 'Webhook rejected: missing signature',
      }),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js|stack/);
  });
});
