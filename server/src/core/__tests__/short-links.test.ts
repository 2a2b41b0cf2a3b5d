import {
  createShortCodes,
  DEFAULT_SHORT_CODE_LENGTH,
  formatShortLink,
  isShortCode,
  normalizeShortLinkBase,
  SHORT_CODE_ALPHABET,
  shortLinkLength,
} from '../short-links';

describe('short codes', () => {
  it('Given a million links to make, When codes are drawn, Then each is base62 of the default length and none repeats', () => {
    const codes = createShortCodes(1_000_000);
    expect(codes).toHaveLength(1_000_000);
    expect(codes.every((code) => code.length === DEFAULT_SHORT_CODE_LENGTH && isShortCode(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('Given random bytes, Then every character of the alphabet is about equally likely (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (const code of createShortCodes(62_000, 10))
      for (const char of code) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(62);
    const expected = 620_000 / 62;
    // 10,000 draws each: a biased generator (bytes 248–255 folded onto 0–7) would give 0–7 ~12,900.
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(600);
  });

  it('Given bytes a generator cannot use (248 and above), Then they are drawn again rather than folded', () => {
    let call = 0;
    const random = (buffer: Uint8Array) => {
      buffer.fill(call++ === 0 ? 250 : 61);
      return buffer;
    };
    expect(createShortCodes(1, 7, random)).toEqual(['z'.repeat(7)]);
    expect(SHORT_CODE_ALPHABET).toHaveLength(62);
  });

  it('Given a random source that repeats itself, Then drawing stops with an error instead of looping', () => {
    const stuck = (buffer: Uint8Array) => buffer.fill(61);
    expect(() => createShortCodes(2, 7, stuck)).toThrow(/repeating/);
  });

  it('Given a length under 7, Then it is refused: the issue asks for at least 7 characters', () => {
    expect(() => createShortCodes(1, 6)).toThrow(RangeError);
  });

  it('Given what a visitor may type, Then only base62 codes of 7 to 32 characters are codes', () => {
    expect(isShortCode('Ab3dE9x')).toBe(true);
    expect(isShortCode('Ab3dE9')).toBe(false);
    expect(isShortCode('Ab3dE9x/../admin')).toBe(false);
    expect(isShortCode('Ab3dE9x%2F')).toBe(false);
    expect(isShortCode('')).toBe(false);
  });
});

describe('short link bases', () => {
  it('Given an https base, Then links are written without the scheme, as the seeds’ clic-ici.net/123456', () => {
    expect(normalizeShortLinkBase('https://clic-ici.net/')).toBe('clic-ici.net');
    expect(formatShortLink('https://www.monsite.com/l', 'Ab3dE9xQ')).toBe('www.monsite.com/l/Ab3dE9xQ');
    expect(formatShortLink('http://localhost:1337/l/', 'Ab3dE9xQ')).toBe('http://localhost:1337/l/Ab3dE9xQ');
  });

  it('Given a base, Then the counter’s length is exactly the length of a link as sent', () => {
    const [code] = createShortCodes(1);
    expect(shortLinkLength('https://clic-ici.net')).toBe(formatShortLink('https://clic-ici.net', code ?? '').length);
    expect(shortLinkLength('https://clic-ici.net', 7)).toBe(20);
  });

  it('Given a base already normalised, Then it normalises to itself', () => {
    for (const base of ['clic-ici.net', 'clic-ici.net/go', 'http://127.0.0.1:1337/l']) {
      expect(normalizeShortLinkBase(base)).toBe(base);
    }
  });

  it('Given something that is not an http(s) URL without a query, Then it is refused', () => {
    for (const base of ['clic ici', 'ftp://clic-ici.net', 'https://clic-ici.net/?a=1', 'javascript:alert(1)']) {
      expect(() => normalizeShortLinkBase(base)).toThrow(TypeError);
    }
  });
});
