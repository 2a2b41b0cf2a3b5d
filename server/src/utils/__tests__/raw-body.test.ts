import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { capturedBody, tapRequestBody } from '../raw-body';

/**
 * A loopback server whose handler taps the request synchronously, as the plugin's first
 * middleware does, then lets `consume` read the body the way a body parser would.
 */
const withServer = async (
  consume: (req: IncomingMessage) => Promise<unknown>,
  send: { body: string | Buffer; headers?: Record<string, string>; chunks?: number }
) => {
  let outcome: { tapped: boolean; captured?: string; consumed?: unknown } | undefined;
  const server = createServer((req, res) => {
    const tapped = tapRequestBody(req);
    // A parser starts reading after some asynchronous middleware, never in the same tick.
    setImmediate(async () => {
      const consumed = await consume(req);
      const captured = (await capturedBody(req, 2000))?.toString('utf8');
      outcome = { tapped, captured, consumed };
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: send.headers }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      const bytes = Buffer.from(send.body);
      const parts = send.chunks ?? 1;
      const size = Math.ceil(bytes.length / parts);
      for (let i = 0; i < parts; i += 1) req.write(bytes.subarray(i * size, (i + 1) * size));
      req.end();
    });
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return outcome!;
};

const readAll = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

describe('Given the webhook body tap', () => {
  it('records the exact bytes while a parser reads the body as usual', async () => {
    const body = '{"receipts":[{"messageId":"é-1"}]}   ';
    const outcome = await withServer(readAll, { body, headers: { 'content-type': 'application/json' }, chunks: 3 });
    expect(outcome).toEqual({ tapped: true, captured: body, consumed: body });
  });

  it('When no parser reads the body, Then capturedBody drains it itself', async () => {
    const outcome = await withServer(async () => undefined, {
      body: 'a=1',
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(outcome).toEqual({ tapped: true, captured: 'a=1', consumed: undefined });
  });

  it('does not record a compressed body (the signature covers the bytes as sent)', async () => {
    const outcome = await withServer(readAll, { body: 'x', headers: { 'content-encoding': 'gzip' } });
    expect(outcome.tapped).toBe(false);
    expect(outcome.captured).toBeUndefined();
  });

  it('gives nothing for a body above the limit', async () => {
    const server = createServer((req, res) => {
      tapRequestBody(req, 10);
      void capturedBody(req, 2000).then((captured) => res.end(captured === undefined ? 'none' : 'some'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: 'x'.repeat(11) }).then((r) =>
        r.text()
      );
      expect(answer).toBe('none');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
