/**
 * A campaign through the `http` provider end to end: a fake gateway on loopback takes the
 * batches of the README's contract (POST /messages), answers 429 once, and reports each
 * message delivered through the signed receipts webhook, as a real SMS API would.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { campaignClient, mobiles } from '../helpers/campaigns';
import { startApp, type TestApp } from '../helpers/strapi';

jest.setTimeout(120_000);

const SECRET = 'integration-dispatch-http-secret';
let app: TestApp;
let gateway: Server;
const received: { id: string; to: string; text: string }[] = [];
const previousEnv: Record<string, string | undefined> = {};
let calls = 0;
/** While true the gateway refuses every message for good (an account suspended, say). */
let refusing = false;

const sign = (rawBody: string) => {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const digest = createHmac('sha256', SECRET).update(`${timestamp}.${rawBody}`).digest('hex');
  return { 'Content-Type': 'application/json', 'X-MC-Timestamp': timestamp, 'X-MC-Signature': `sha256=${digest}` };
};

/** Receipts for the messages a batch took, posted back once the batch is answered; retried as gateways do. */
const report = (messageIds: string[]) =>
  setTimeout(async () => {
    const body = JSON.stringify({
      receipts: messageIds.map((messageId) => ({ messageId, state: 'delivered', at: new Date().toISOString() })),
    });
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await app
        .http()
        .post('/mobile-campaigns/webhooks/sms/receipts')
        .set(sign(body))
        .send(body)
        .catch(() => null);
      if (response?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }, 20);

beforeAll(async () => {
  gateway = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      calls += 1;
      if (request.url !== '/v1/messages' || request.headers.authorization !== 'Bearer integration-key') {
        response.writeHead(401).end();
        return;
      }
      if (calls === 2) {
        response.writeHead(429, { 'Retry-After': '1' }).end();
        return;
      }
      const { messages } = JSON.parse(raw) as { messages: { id: string; to: string; text: string }[] };
      if (refusing) {
        const results = messages.map((message) => ({
          id: message.id,
          status: 'rejected',
          error: { code: 'ACCOUNT_SUSPENDED', message: 'Account suspended' },
        }));
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ results }));
        return;
      }
      received.push(...messages);
      const results = messages.map((message) => ({
        id: message.id,
        status: 'accepted',
        messageId: `gw-${message.id}`,
      }));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ results }));
      report(results.map((result) => result.messageId));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.address() as { port: number };
  const env = {
    MC_SMS_PROVIDER: 'http',
    MC_HTTP_URL: `http://127.0.0.1:${port}/v1`,
    MC_HTTP_API_KEY: 'integration-key',
    MC_HTTP_WEBHOOK_SECRET: SECRET,
  };
  for (const [key, value] of Object.entries(env)) {
    previousEnv[key] = process.env[key];
    process.env[key] = value;
  }
  app = await startApp();
  // Listening for real, as the gateway's calls need: supertest would otherwise open a listener of
  // its own per request on this server, and those reset each other when requests overlap.
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await app?.stop();
  await new Promise((resolve) => gateway?.close(resolve));
  for (const [key, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('Given the SMS channel on a gateway speaking the HTTP contract', () => {
  it('When a campaign is sent, Then every recipient goes out once, a throttled batch is retried, and the signed receipts complete it', async () => {
    const client = campaignClient(app, { Authorization: `Bearer ${app.adminToken}` });
    const list = await client.list('HTTP', mobiles(700, 70_000_000));
    const draft = await client.draft({
      name: 'HTTP',
      kind: 'notification',
      message: 'Bonjour ${Prénom}',
      listIds: [list],
    });
    expect((await client.send(draft.id)).status).toBe(200);
    const done = await client.reaches(draft.id, ['completed'], 90_000);

    expect(done.statusCounts).toEqual({ '21': 700 });
    expect(calls).toBeGreaterThanOrEqual(5);
    expect(received).toHaveLength(700);
    expect(new Set(received.map((message) => message.to)).size).toBe(700);
    expect(received.find((message) => message.to === '+33670000003')?.text).toBe('Bonjour Client 3');
    expect(done.creditsUsed).toBe(700);
  });

  it('When the gateway refuses everything, Then the error budget pauses the campaign with the reason, and it can be resumed', async () => {
    const client = campaignClient(app, { Authorization: `Bearer ${app.adminToken}` });
    const list = await client.list('Refused', mobiles(1000, 71_000_000));
    const draft = await client.draft({ name: 'Refused', kind: 'notification', message: 'Hello', listIds: [list] });
    refusing = true;
    expect((await client.send(draft.id)).status).toBe(200);
    const paused = await client.reaches(draft.id, ['paused'], 60_000);
    expect(paused).toEqual(
      expect.objectContaining({
        pauseReason: 'errors',
        pauseDetail: expect.stringContaining('consecutive gateway errors'),
      })
    );
    // Batches another lane had at the gateway when the budget ran out are recorded a moment later.
    let settled = paused;
    for (let i = 0; i < 50 && (settled.statusCounts['9'] ?? 0) > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      settled = await client.get(draft.id);
    }
    expect(settled.status).toBe('paused');
    const refused = settled.statusCounts['27'] ?? 0;
    expect(refused).toBeGreaterThanOrEqual(100);
    expect(refused).toBeLessThan(1000);

    refusing = false;
    expect((await client.action(draft.id, 'resume')).status).toBe(200);
    const done = await client.reaches(draft.id, ['completed'], 60_000);
    expect(done.statusCounts).toEqual({ '21': 1000 - refused, '27': refused });
  });
});
