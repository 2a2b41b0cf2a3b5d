/**
 * Short links for tracked URLs (seed 001: "votre URL sera raccourcie sous la forme
 * clic-ici.net/123456"): one code per recipient and link, under a base the account sets (a short
 * domain pointing at Strapi, or Strapi's own URL and a one-letter path).
 *
 * Codes are random and base62: not sequential, so that a recipient cannot walk to another
 * recipient's link, and never guessable from the campaign or the number. At the default 8
 * characters there are 62^8 ≈ 2.2 × 10^14 codes: a million links leave a guess one chance in
 * 200 million.
 */

export const SHORT_CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const MIN_SHORT_CODE_LENGTH = 7;
export const DEFAULT_SHORT_CODE_LENGTH = 8;

const CODE = new RegExp(`^[0-9A-Za-z]{${MIN_SHORT_CODE_LENGTH},32}$`);

/** Fills a buffer with random bytes; Web Crypto's, in Node 20 as in the browser. */
export type RandomBytes = (buffer: Uint8Array) => Uint8Array;

const webCryptoBytes: RandomBytes = (buffer) => globalThis.crypto.getRandomValues(buffer);

/** 62 × 4 = 248: bytes at or above it are drawn again, so that every character is equally likely. */
const UNBIASED_LIMIT = 248;

/**
 * `count` distinct codes of `length` characters, drawn without bias from `random` (Web Crypto by
 * default). Distinct within one call (a million 8-character codes would otherwise repeat one time
 * in 400); the database's unique index still guards against a code drawn by an earlier campaign.
 */
export function createShortCodes(
  count: number,
  length: number = DEFAULT_SHORT_CODE_LENGTH,
  random: RandomBytes = webCryptoBytes
): string[] {
  if (!Number.isInteger(length) || length < MIN_SHORT_CODE_LENGTH || length > 32) {
    throw new RangeError(`A short code has ${MIN_SHORT_CODE_LENGTH} to 32 characters, not ${length}`);
  }
  const codes = new Set<string>();
  // getRandomValues takes at most 65,536 bytes a call; a little more than needed covers rejections.
  const pool = new Uint8Array(Math.min(65_536, Math.max(64, Math.ceil(count * length * 1.1))));
  let at = pool.length;
  let code = '';
  // A sound generator repeats a code about once in 400 million draws; one that repeats itself
  // (a broken or mocked source) would loop for ever.
  let drawn = 0;
  const maxDraws = count * 2 + 100;
  while (codes.size < count) {
    if (at === pool.length) {
      random(pool);
      at = 0;
    }
    const byte = pool[at++] ?? UNBIASED_LIMIT;
    if (byte >= UNBIASED_LIMIT) continue;
    code += SHORT_CODE_ALPHABET.charAt(byte % 62);
    if (code.length === length) {
      codes.add(code);
      code = '';
      if (++drawn > maxDraws) throw new Error('The random source keeps repeating the same short codes');
    }
  }
  return [...codes];
}

/** Whether a path segment can be a short code at all: anything else is answered 404 at once. */
export const isShortCode = (value: string): boolean => CODE.test(value);

/**
 * The base as written in messages: `https://` is left out as the seeds do (phones link a bare
 * domain; it saves 8 characters per link), `http://` is kept (a phone would otherwise try https),
 * and a trailing slash is dropped. A base without a scheme is read as https (so that a normalised
 * base normalises to itself). Throws on anything that is not an http(s) URL without a query.
 */
export function normalizeShortLinkBase(base: string): string {
  const trimmed = base.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new TypeError(`The short link base must be an http(s) URL, not "${trimmed}"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username) {
    throw new TypeError(`The short link base must be an http(s) URL without query or fragment, not "${trimmed}"`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol === 'http:' ? 'http://' : ''}${url.host}${path}`;
}

/** A recipient's link as sent: `<base>/<code>`, base normalised. */
export const formatShortLink = (base: string, code: string): string => `${normalizeShortLinkBase(base)}/${code}`;

/** The characters every link of that base takes in a message: what the counter must use. */
export const shortLinkLength = (base: string, codeLength: number = DEFAULT_SHORT_CODE_LENGTH): number =>
  normalizeShortLinkBase(base).length + 1 + codeLength;
