import type { OutboundMessage, ProviderContext } from '../../types';
import http from '..';
import { acceptAll, closedPort, json, startFakeGateway, type FakeGateway } from './fake-gateway';

const context: ProviderContext = {
  channel: 'sms',
  onReceipt: jest.fn(),
  onInbound: jest.fn(),
  logger: { info: jest.fn(), warn: jest.fn(), error: jest.fn(), debug: jest.fn() },
};

const OPTIONS = { apiKey: 'key-123', webhookSecret: 'whsec-0123456789abcdef' };

const message = (n: number, extra: Partial<OutboundMessage> = {}): OutboundMessage => ({
  id: String(n),
  channel: 'sms',
  to: `+336123456${String(n).padStart(2, '0')}`,
  text: `Bonjour ${n}`,
  encoding: 'GSM-7',
  segments: 1,
  ...extra,
});

let gateway: FakeGateway;

beforeEach(async () => {
  gateway = await startFakeGateway();
});

afterEach(async () => {
  await gateway.close();
});

const provider = async (options: Record<string, unknown> = {}) =>
  http.init({ baseUrl: gateway.baseUrl, ...OPTIONS, ...options }, context);

describe('Given the http provider sending to a gateway', () => {
  it('When the gateway accepts, Then each result carries its message id, whatever the order of the answer', async () => {
    gateway.answer((request, res) => {
      const { messages } = request.body as { messages: { id: string }[] };
      json(res, 200, {
        results: [...messages].reverse().map((m) => ({ id: m.id, status: 'accepted', messageId: `gw-${m.id}` })),
      });
    });
    const results = await (await provider()).send([message(1), message(2)]);
    expect(results).toEqual([
      { id: '1', accepted: true, providerMessageId: 'gw-1' },
      { id: '2', accepted: true, providerMessageId: 'gw-2' },
    ]);
  });

  it('sends the bearer token, an Idempotency-Key per batch, and our recipient id per message', async () => {
    gateway.answer(acceptAll);
    const gw = await provider({ senderDefault: 'ACME' });
    await gw.send([message(1), message(2, { from: 'SHOP' })]);
    await gw.send([message(1), message(2, { from: 'SHOP' })]);
    await gw.send([message(3)]);
    const [first, again, other] = gateway.received;
    expect(first.method).toBe('POST');
    expect(first.url).toBe('/v1/messages');
    expect(first.headers.authorization).toBe('Bearer key-123');
    expect(first.headers['content-type']).toBe('application/json');
    expect(first.headers['idempotency-key']).toMatch(/^mc-[0-9a-f]{40}$/);
    // The same batch submitted again (after a refusal) carries the same key; another batch another.
    expect(again.headers['idempotency-key']).toBe(first.headers['idempotency-key']);
    expect(other.headers['idempotency-key']).not.toBe(first.headers['idempotency-key']);
    expect(first.body).toEqual({
      messages: [
        {
          id: '1',
          to: '+33612345601',
          from: 'ACME',
          text: 'Bonjour 1',
          encoding: 'GSM-7',
          segments: 1,
          channel: 'sms',
        },
        {
          id: '2',
          to: '+33612345602',
          from: 'SHOP',
          text: 'Bonjour 2',
          encoding: 'GSM-7',
          segments: 1,
          channel: 'sms',
        },
      ],
    });
  });

  it('sends a voice message with its audio URL', async () => {
    gateway.answer(acceptAll);
    await (
      await provider()
    ).send([{ id: '7', channel: 'voice', to: '+33612345607', audioUrl: 'https://cdn.example/drop.mp3' }]);
    expect(gateway.received[0].body).toEqual({
      messages: [{ id: '7', channel: 'voice', to: '+33612345607', audioUrl: 'https://cdn.example/drop.mp3' }],
    });
  });

  it('When the gateway rejects one message, Then only that one fails, final unless it says retryable', async () => {
    gateway.answer((_request, res) =>
      json(res, 200, {
        results: [
          { id: '1', status: 'accepted', messageId: 'gw-1' },
          { id: '2', status: 'rejected', error: { code: 'invalid_number', message: 'Not a mobile' } },
          { id: '3', status: 'rejected', error: { code: 'busy' }, retryable: true },
        ],
      })
    );
    const results = await (await provider()).send([message(1), message(2), message(3)]);
    expect(results[0]).toEqual({ id: '1', accepted: true, providerMessageId: 'gw-1' });
    expect(results[1]).toMatchObject({
      id: '2',
      accepted: false,
      statusCode: 27,
      error: { code: 'invalid_number', message: 'Not a mobile', retryable: false },
    });
    expect(results[1].error?.unknown).toBeUndefined();
    expect(results[2]).toMatchObject({ id: '3', accepted: false, error: { code: 'busy', retryable: true } });
    expect(results[2].statusCode).toBeUndefined();
  });

  it('When the gateway answers 429 with Retry-After, Then every message is retryable after that delay', async () => {
    gateway.answer((_request, res) => json(res, 429, { error: 'slow down' }, { 'retry-after': '7' }));
    const results = await (await provider()).send([message(1), message(2)]);
    expect(results).toEqual(
      ['1', '2'].map((id) => ({
        id,
        accepted: false,
        error: { code: 'http_429', retryable: true, retryAfterMs: 7000, message: 'Throttled by the gateway' },
      }))
    );
  });

  it('When the gateway answers 503 with an HTTP-date Retry-After, Then every message is retryable', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    gateway.answer((_request, res) => json(res, 503, {}, { 'retry-after': at }));
    const [result] = await (await provider()).send([message(1)]);
    expect(result.error).toMatchObject({ code: 'http_503', retryable: true });
    expect(result.error?.retryAfterMs).toBeGreaterThan(55_000);
    expect(result.error?.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('When the gateway answers another 4xx, Then every message fails for good', async () => {
    gateway.answer((_request, res) => json(res, 401, { error: 'bad key' }));
    const [result] = await (await provider()).send([message(1)]);
    expect(result).toEqual({
      id: '1',
      accepted: false,
      error: { code: 'http_401', retryable: false, message: 'The gateway refused the batch (401)' },
    });
  });

  it('When the gateway answers 500, Then the outcome is unknown (it may have taken them)', async () => {
    gateway.answer((_request, res) => json(res, 500, {}));
    const [result] = await (await provider()).send([message(1)]);
    expect(result.error).toMatchObject({ code: 'http_500', retryable: false, unknown: true });
  });

  it('When nothing listens (ECONNREFUSED), Then every message is retryable: nothing was sent', async () => {
    const port = await closedPort();
    const gw = await http.init({ baseUrl: `http://127.0.0.1:${port}`, ...OPTIONS }, context);
    const results = await gw.send([message(1), message(2)]);
    for (const result of results) {
      expect(result).toMatchObject({ accepted: false, error: { code: 'ECONNREFUSED', retryable: true } });
      expect(result.error?.unknown).toBeUndefined();
    }
  });

  it('When the gateway does not answer in time, Then the outcome is unknown and nothing is retryable', async () => {
    gateway.answer(() => undefined);
    const started = Date.now();
    const results = await (await provider({ timeoutMs: 200 })).send([message(1), message(2)]);
    expect(Date.now() - started).toBeLessThan(5000);
    for (const result of results) {
      expect(result).toMatchObject({ accepted: false, error: { code: 'timeout', retryable: false, unknown: true } });
    }
  });

  it('When the connection is reset after the request was sent, Then the outcome is unknown', async () => {
    gateway.answer((_request, res) => res.socket?.destroy());
    const [result] = await (await provider()).send([message(1)]);
    expect(result.error).toMatchObject({ retryable: false, unknown: true });
  });

  it('When the answer is not JSON, or not the contract, Then the outcome is unknown', async () => {
    const gw = await provider();
    gateway.answer((_request, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>ok</html>');
    });
    const [notJson] = await gw.send([message(1)]);
    expect(notJson.error).toMatchObject({ code: 'malformed_answer', retryable: false, unknown: true });

    gateway.answer((_request, res) => json(res, 200, { ok: true }));
    const [wrongShape] = await gw.send([message(1)]);
    expect(wrongShape.error).toMatchObject({ code: 'malformed_answer', unknown: true });
  });

  it('When the answer leaves a message out, Then that one is unknown and the others keep their result', async () => {
    gateway.answer((_request, res) =>
      json(res, 200, {
        results: [
          { id: '1', status: 'accepted', messageId: 'gw-1' },
          { id: '2', status: 'weird' },
        ],
      })
    );
    const results = await (await provider()).send([message(1), message(2)]);
    expect(results[0]).toEqual({ id: '1', accepted: true, providerMessageId: 'gw-1' });
    expect(results[1].error).toMatchObject({ code: 'missing_result', unknown: true, retryable: false });
  });

  it('splits a batch at maxBatchSize, one call after the other, with one key per call', async () => {
    gateway.answer(acceptAll);
    const batch = Array.from({ length: 7 }, (_, i) => message(i + 1));
    const results = await (await provider({ maxBatchSize: 3 })).send(batch);
    expect(gateway.received.map((r) => (r.body as { messages: unknown[] }).messages.length)).toEqual([3, 3, 1]);
    expect(new Set(gateway.received.map((r) => r.headers['idempotency-key'])).size).toBe(3);
    expect(results.map((r) => r.providerMessageId)).toEqual(batch.map((m) => `gw-${m.id}`));
  });

  it('refuses options without a base URL, API key or a long enough webhook secret', () => {
    expect(() => http.init({ apiKey: 'k', webhookSecret: 'x'.repeat(16) }, context)).toThrow();
    expect(() => http.init({ baseUrl: 'ftp://x', apiKey: 'k', webhookSecret: 'x'.repeat(16) }, context)).toThrow();
    expect(() => http.init({ baseUrl: 'https://x', apiKey: 'k', webhookSecret: 'short' }, context)).toThrow();
  });
});

describe('Given the http provider asking the gateway', () => {
  it('queryStatus maps the contract state through the status table, and a 404 to null', async () => {
    gateway.answer((request, res) => {
      if (request.url === '/v1/messages/gw%2F1') {
        json(res, 200, { messageId: 'gw/1', state: 'unallocated', at: '2026-03-02T10:00:00Z', error: { code: '001' } });
      } else json(res, 404, {});
    });
    const gw = await provider();
    await expect(gw.queryStatus!('gw/1')).resolves.toEqual({
      providerMessageId: 'gw/1',
      statusCode: 29,
      at: new Date('2026-03-02T10:00:00Z'),
      errorCode: '001',
    });
    await expect(gw.queryStatus!('nope')).resolves.toBeNull();
    expect(gateway.received[0].headers.authorization).toBe('Bearer key-123');
  });

  it('queryStatus fails with a short message on a malformed answer or an unreachable gateway', async () => {
    gateway.answer((_request, res) => json(res, 200, { state: 'teleported' }));
    await expect((await provider()).queryStatus!('x')).rejects.toThrow('GET /messages/{id}: malformed answer');
    const port = await closedPort();
    const down = await http.init({ baseUrl: `http://127.0.0.1:${port}`, ...OPTIONS }, context);
    await expect(down.queryStatus!('x')).rejects.toThrow('ECONNREFUSED');
  });

  it('balance reads { balance }, and a gateway without one (404) gives null', async () => {
    gateway.answer((request, res) =>
      request.url === '/v1/balance' ? json(res, 200, { balance: 1234.5 }) : json(res, 404, {})
    );
    await expect((await provider()).balance!()).resolves.toBe(1234.5);
    gateway.answer((_request, res) => json(res, 404, {}));
    await expect((await provider()).balance!()).resolves.toBeNull();
    gateway.answer((_request, res) => json(res, 200, { balance: 'lots' }));
    await expect((await provider()).balance!()).rejects.toThrow('malformed answer');
  });
});
