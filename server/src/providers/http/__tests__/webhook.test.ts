import type { GatewayProvider, ProviderContext, WebhookRequest } from '../../types';
import { isWebhookRejection, WebhookRejected } from '../../webhook-rejected';
import http from '..';
import { signatureHeaders } from '../signature';

const SECRET = 'whsec-0123456789abcdef';

const gatewayFor = async (channel: 'sms' | 'voice' = 'sms'): Promise<GatewayProvider> =>
  http.init({ baseUrl: 'http://127.0.0.1:9', apiKey: 'k', webhookSecret: SECRET }, {
    channel,
    onReceipt: jest.fn(),
    onInbound: jest.fn(),
    logger: console,
  } as ProviderContext);

const signedRequest = (kind: string, body: unknown, { at = new Date(), secret = SECRET } = {}): WebhookRequest => {
  const rawBody = typeof body === 'string' ? body : JSON.stringify(body);
  const headers = signatureHeaders(secret, rawBody, at);
  // Node lower-cases header names.
  return {
    kind,
    rawBody,
    body: {},
    headers: { 'x-mc-timestamp': headers['X-MC-Timestamp'], 'x-mc-signature': headers['X-MC-Signature'] },
  };
};

const parse = async (request: WebhookRequest, channel: 'sms' | 'voice' = 'sms') => {
  const gateway = await gatewayFor(channel);
  return gateway.parseWebhook!(request);
};

const rejection = async (request: WebhookRequest) => {
  try {
    await parse(request);
  } catch (error) {
    expect(isWebhookRejection(error)).toBe(true);
    return { status: (error as WebhookRejected).status, reason: (error as WebhookRejected).reason };
  }
  throw new Error('expected a rejection');
};

describe('Given a signed receipts webhook', () => {
  it('maps each contract state through the status table, keeping the error code', async () => {
    const result = await parse(
      signedRequest('receipts', {
        receipts: [
          { messageId: 'gw-1', state: 'delivered', at: '2026-03-02T10:00:00Z' },
          { messageId: 'gw-2', state: 'unavailable', at: '2026-03-02T10:00:01+01:00', error: { code: '027' } },
          { messageId: 'gw-3', state: 'expired', at: '2026-03-02T10:00:02.500Z' },
        ],
      })
    );
    expect(result).toEqual({
      inbound: [],
      receipts: [
        { providerMessageId: 'gw-1', statusCode: 21, at: new Date('2026-03-02T10:00:00Z') },
        { providerMessageId: 'gw-2', statusCode: 31, at: new Date('2026-03-02T09:00:01Z'), errorCode: '027' },
        { providerMessageId: 'gw-3', statusCode: 22, at: new Date('2026-03-02T10:00:02.500Z') },
      ],
    });
  });

  it('on the voice channel, a failure is the voice "not delivered" code', async () => {
    const result = await parse(
      signedRequest('receipts', { receipts: [{ messageId: 'v-1', state: 'undelivered', at: '2026-03-02T10:00:00Z' }] }),
      'voice'
    );
    expect(result.receipts[0].statusCode).toBe(117);
  });

  it('When a state is not one the contract names, Then the call is malformed (400), naming the field only', async () => {
    await expect(
      rejection(
        signedRequest('receipts', { receipts: [{ messageId: 'x', state: 'DELIVRD', at: '2026-03-02T10:00:00Z' }] })
      )
    ).resolves.toEqual({ status: 400, reason: 'invalid receipts.0.state' });
  });
});

describe('Given a signed inbound webhook', () => {
  it('gives the replies with their dates', async () => {
    const result = await parse(
      signedRequest('inbound', {
        messages: [{ from: '+33612345678', to: '36184', text: 'STOP', at: '2026-03-02T10:00:00Z', messageId: 'in-1' }],
      })
    );
    expect(result).toEqual({
      receipts: [],
      inbound: [
        {
          from: '+33612345678',
          to: '36184',
          text: 'STOP',
          at: new Date('2026-03-02T10:00:00Z'),
          providerMessageId: 'in-1',
        },
      ],
    });
  });

  it('When the sender is not E.164, Then the call is malformed', async () => {
    await expect(
      rejection(
        signedRequest('inbound', { messages: [{ from: '0612345678', text: 'hi', at: '2026-03-02T10:00:00Z' }] })
      )
    ).resolves.toEqual({ status: 400, reason: 'invalid messages.0.from' });
  });
});

describe('Given a webhook that must be rejected', () => {
  const body = { receipts: [] };

  it('When unsigned, Then 401 missing signature', async () => {
    const request = signedRequest('receipts', body);
    request.headers = {};
    await expect(rejection(request)).resolves.toEqual({ status: 401, reason: 'missing signature' });
  });

  it('When signed with another secret, Then 401 bad signature', async () => {
    await expect(rejection(signedRequest('receipts', body, { secret: 'not-the-secret-at-all' }))).resolves.toEqual({
      status: 401,
      reason: 'bad signature',
    });
  });

  it('When signed 6 minutes ago, Then 401 stale timestamp', async () => {
    await expect(
      rejection(signedRequest('receipts', body, { at: new Date(Date.now() - 6 * 60_000) }))
    ).resolves.toEqual({ status: 401, reason: 'stale timestamp' });
  });

  it('When the signature header is sent twice, Then 401', async () => {
    const request = signedRequest('receipts', body);
    const signature = request.headers['x-mc-signature'] as string;
    request.headers['x-mc-signature'] = [signature, signature];
    await expect(rejection(request)).resolves.toEqual({ status: 401, reason: 'missing signature' });
  });

  it('When signed but not JSON, or not the schema, Then 400', async () => {
    await expect(rejection(signedRequest('receipts', 'receipts=1'))).resolves.toEqual({
      status: 400,
      reason: 'body is not JSON',
    });
    await expect(rejection(signedRequest('receipts', { messages: [] }))).resolves.toEqual({
      status: 400,
      reason: 'invalid receipts',
    });
  });

  it('When the raw body is not available, Then 400 (a signature cannot be checked against a re-serialised body)', async () => {
    const request = signedRequest('receipts', body);
    delete request.rawBody;
    await expect(rejection(request)).resolves.toEqual({ status: 400, reason: 'body unavailable' });
  });
});
