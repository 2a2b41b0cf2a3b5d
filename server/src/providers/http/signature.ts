import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The webhook signature of the HTTP gateway contract:
 *
 *   X-MC-Timestamp: <unix seconds>
 *   X-MC-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
 *
 * The timestamp is signed with the body so that a captured call cannot be replayed later than
 * the tolerance, nor with another body.
 */
export const TIMESTAMP_HEADER = 'x-mc-timestamp';
export const SIGNATURE_HEADER = 'x-mc-signature';
export const SIGNATURE_PREFIX = 'sha256=';
/** How far a timestamp may lie from our clock, either way (clock skew plus network time). */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export const signPayload = (secret: string, timestamp: string | number, rawBody: string | Buffer): string =>
  createHmac('sha256', secret)
    .update(`${timestamp}.`)
    .update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody)
    .digest('hex');

/** The two headers a gateway sends; for tests, the playground and adapters written in TypeScript. */
export const signatureHeaders = (secret: string, rawBody: string | Buffer, now = new Date()) => {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    'X-MC-Timestamp': timestamp,
    'X-MC-Signature': `${SIGNATURE_PREFIX}${signPayload(secret, timestamp, rawBody)}`,
  };
};

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: 'missing signature' | 'malformed signature' | 'bad signature' | 'stale timestamp' };

export interface SignatureInput {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string | Buffer;
  now?: Date;
  toleranceSeconds?: number;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

export const verifySignature = ({
  secret,
  timestamp,
  signature,
  rawBody,
  now = new Date(),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: SignatureInput): SignatureCheck => {
  if (!timestamp || !signature) return { ok: false, reason: 'missing signature' };
  if (!/^\d{1,12}$/.test(timestamp) || !signature.startsWith(SIGNATURE_PREFIX)) {
    return { ok: false, reason: 'malformed signature' };
  }
  const given = signature.slice(SIGNATURE_PREFIX.length);
  if (!HEX_SHA256.test(given)) return { ok: false, reason: 'malformed signature' };
  // The signature is checked before the clock so that an unsigned caller learns nothing about it.
  if (!safeEqualHex(given, signPayload(secret, timestamp, rawBody))) return { ok: false, reason: 'bad signature' };
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) {
    return { ok: false, reason: 'stale timestamp' };
  }
  return { ok: true };
};

/** Both sides are 64 hex digits here; comparing the decoded bytes in constant time hides how many match. */
export const safeEqualHex = (a: string, b: string): boolean => {
  const left = Buffer.from(a.toLowerCase(), 'hex');
  const right = Buffer.from(b.toLowerCase(), 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
};

/** A header Node may have joined into an array (sent twice): a repeated signature header is refused. */
export const singleHeader = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? undefined : value;
