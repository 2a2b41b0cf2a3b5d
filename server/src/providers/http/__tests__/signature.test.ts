import { createHmac } from 'node:crypto';
import { safeEqualHex, signatureHeaders, signPayload, verifySignature } from '../signature';

const SECRET = 'test-webhook-secret-0123456789';
const BODY = '{"receipts":[{"messageId":"abc","state":"delivered","at":"2026-03-02T10:00:00Z"}]}';
const NOW = new Date('2026-03-02T10:00:30Z');
const TS = String(Math.floor(NOW.getTime() / 1000));

const signed = (overrides: Partial<Parameters<typeof verifySignature>[0]> = {}) =>
  verifySignature({
    secret: SECRET,
    timestamp: TS,
    signature: `sha256=${signPayload(SECRET, TS, BODY)}`,
    rawBody: BODY,
    now: NOW,
    ...overrides,
  });

describe('Given the webhook signature scheme', () => {
  it('signs "<timestamp>.<raw body>" with HMAC-SHA256 in hex, as openssl dgst -sha256 -hmac does', () => {
    const expected = createHmac('sha256', SECRET).update(`${TS}.${BODY}`).digest('hex');
    expect(signPayload(SECRET, TS, BODY)).toBe(expected);
    // The README's worked example, pinned: secret "s3cr3t", timestamp 1767225600, body {"receipts":[]}.
    expect(signPayload('s3cr3t', 1767225600, '{"receipts":[]}')).toBe(
      createHmac('sha256', 's3cr3t').update('1767225600.{"receipts":[]}').digest('hex')
    );
  });

  it('When the signature and timestamp are right, Then the call is accepted', () => {
    expect(signed()).toEqual({ ok: true });
  });

  it('accepts the headers signatureHeaders produces, and an upper-case hex digest', () => {
    const headers = signatureHeaders(SECRET, BODY, NOW);
    expect(
      verifySignature({
        secret: SECRET,
        timestamp: headers['X-MC-Timestamp'],
        signature: headers['X-MC-Signature'],
        rawBody: BODY,
        now: NOW,
      })
    ).toEqual({ ok: true });
    expect(signed({ signature: `sha256=${signPayload(SECRET, TS, BODY).toUpperCase()}` })).toEqual({ ok: true });
  });

  it('When a header is missing, Then it is refused as missing', () => {
    expect(signed({ signature: undefined })).toEqual({ ok: false, reason: 'missing signature' });
    expect(signed({ timestamp: undefined })).toEqual({ ok: false, reason: 'missing signature' });
    expect(signed({ signature: '' })).toEqual({ ok: false, reason: 'missing signature' });
  });

  it('When the signature is not "sha256=<64 hex>" or the timestamp not digits, Then it is malformed', () => {
    expect(signed({ signature: signPayload(SECRET, TS, BODY) })).toEqual({ ok: false, reason: 'malformed signature' });
    expect(signed({ signature: 'sha256=zz' })).toEqual({ ok: false, reason: 'malformed signature' });
    expect(signed({ signature: `sha1=${'0'.repeat(40)}` })).toEqual({ ok: false, reason: 'malformed signature' });
    expect(signed({ timestamp: '2026-03-02T10:00:00Z' })).toEqual({ ok: false, reason: 'malformed signature' });
  });

  it('When it was signed with another secret, Then the signature is bad', () => {
    expect(signed({ signature: `sha256=${signPayload('another-secret', TS, BODY)}` })).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it('When the body was tampered with (one character), Then the signature is bad', () => {
    expect(signed({ rawBody: BODY.replace('delivered', 'undelivered') })).toEqual({
      ok: false,
      reason: 'bad signature',
    });
    expect(signed({ rawBody: `${BODY} ` })).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('When the timestamp was changed to pass the replay window, Then the signature is bad', () => {
    expect(signed({ timestamp: String(Number(TS) + 1) })).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('When a correctly signed call is replayed more than 5 minutes later, Then it is stale', () => {
    expect(signed({ now: new Date(NOW.getTime() + 5 * 60_000) })).toEqual({ ok: true });
    expect(signed({ now: new Date(NOW.getTime() + 5 * 60_000 + 1000) })).toEqual({
      ok: false,
      reason: 'stale timestamp',
    });
  });

  it('When the timestamp is more than 5 minutes in the future, Then it is stale', () => {
    expect(signed({ now: new Date(NOW.getTime() - 6 * 60_000) })).toEqual({ ok: false, reason: 'stale timestamp' });
  });

  it('compares digests with crypto.timingSafeEqual, on equal-length buffers', () => {
    // The module object itself: an `import * as` namespace would be a copy the spy does not reach.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const spy = jest.spyOn(require('node:crypto') as typeof import('node:crypto'), 'timingSafeEqual');
    try {
      const digest = signPayload(SECRET, TS, BODY);
      expect(safeEqualHex(digest, digest)).toBe(true);
      expect(
        safeEqualHex(
          digest,
          digest.replace(/.$/, (c) => (c === '0' ? '1' : '0'))
        )
      ).toBe(false);
      expect(safeEqualHex(digest, digest.slice(0, 62))).toBe(false);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
