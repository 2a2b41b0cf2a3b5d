import { GSM7_COST, isGsm7 } from '../gsm';
import { GSM7_REPLACEMENTS, GSM7_REPLACEMENT_COST, gsm7ReplacementFor, replaceNonGsm } from '../replacements';

/** The brief's list, plus what a French / European editor types. */
const EXPECTED: [string, string][] = [
  ['ç', 'c'],
  ['â', 'a'],
  ['ê', 'e'],
  ['î', 'i'],
  ['ô', 'o'],
  ['û', 'u'],
  ['ë', 'e'],
  ['ï', 'i'],
  ['ÿ', 'y'],
  ['œ', 'oe'],
  ['Œ', 'OE'],
  ['À', 'A'],
  ['Â', 'A'],
  ['È', 'E'],
  ['Ê', 'E'],
  ['Ë', 'E'],
  ['Î', 'I'],
  ['Ï', 'I'],
  ['Ô', 'O'],
  ['Û', 'U'],
  ['Ù', 'U'],
  ['Ÿ', 'Y'],
  ['á', 'a'],
  ['í', 'i'],
  ['ó', 'o'],
  ['ú', 'u'],
  ['ã', 'a'],
  ['õ', 'o'],
  ['Ã', 'A'],
  ['Õ', 'O'],
  ['ą', 'a'],
  ['ć', 'c'],
  ['ę', 'e'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['ń', 'n'],
  ['ś', 's'],
  ['ź', 'z'],
  ['ż', 'z'],
  ['š', 's'],
  ['č', 'c'],
  ['ř', 'r'],
  ['ž', 'z'],
  ['ș', 's'],
  ['ț', 't'],
  ['ğ', 'g'],
  ['ı', 'i'],
  ['İ', 'I'],
  ['\u2019', "'"],
  ['\u2018', "'"],
  ['\u201A', "'"],
  ['\u2032', "'"],
  ['`', "'"],
  ['´', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\u201E', '"'],
  ['\u2033', '"'],
  ['«', '"'],
  ['»', '"'],
  ['…', '...'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2012', '-'],
  ['\u2015', '-'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2212', '-'],
  ['•', '-'],
  ['×', 'x'],
  ['÷', '/'],
  ['\u00A0', ' '],
  ['\u202F', ' '],
  ['\u2009', ' '],
  ['\u2002', ' '],
  ['\u2003', ' '],
  ['\t', ' '],
  ['\u200B', ''],
  ['\u00AD', ''],
  ['\uFEFF', ''],
  ['\u2028', '\n'],
  ['°', 'o'],
  ['º', 'o'],
  ['ª', 'a'],
  ['²', '2'],
  ['½', '1/2'],
  ['©', '(c)'],
  ['®', '(R)'],
  ['™', 'TM'],
  ['ẞ', 'SS'],
  ['\u02C6', '^'],
  ['\u02DC', '~'],
];

describe('Given the non-GSM replacement table', () => {
  it.each(EXPECTED)('when %p is replaced, then it becomes %p', (from, to) => {
    expect(gsm7ReplacementFor(from)).toBe(to);
  });

  it('then no key is a GSM-7 character (a GSM-7 letter must never be degraded)', () => {
    for (const code of GSM7_REPLACEMENTS.keys())
      expect([code.toString(16), GSM7_COST[code]]).toEqual([code.toString(16), 0]);
  });

  it('then every replacement is pure GSM-7, so replacing is enough to stay in GSM-7', () => {
    for (const [code, to] of GSM7_REPLACEMENTS)
      expect([code.toString(16), isGsm7(to)]).toEqual([code.toString(16), true]);
  });

  it.each(['é', 'è', 'ù', 'à', 'ì', 'ò', 'É', 'Ç', 'ü', 'Ü', 'ä', 'ö', 'ñ', 'æ', 'Æ', 'ø', 'å', 'ß'])(
    'then the GSM-7 letter %p has no replacement',
    (c) => expect(gsm7ReplacementFor(c)).toBeUndefined()
  );

  it('then the precomputed septet costs match the replacements (the caret costs 2)', () => {
    for (const [code, to] of GSM7_REPLACEMENTS) {
      let septets = 0;
      for (const c of to) septets += GSM7_COST[c.charCodeAt(0)]!;
      expect(GSM7_REPLACEMENT_COST.get(code)).toBe(septets);
    }
    expect(GSM7_REPLACEMENT_COST.get(0x2c6)).toBe(2);
  });

  it('then combining accents left over after NFC are dropped', () => {
    expect(replaceNonGsm('q\u0303')).toBe('q');
  });

  it('then emoji and other scripts have no replacement', () => {
    expect(gsm7ReplacementFor('😀')).toBeUndefined();
    expect(gsm7ReplacementFor('ж')).toBeUndefined();
  });
});

describe('Given a French text', () => {
  it('when replacing, then only the non-GSM characters change', () => {
    expect(replaceNonGsm('Ça coûte 10 € – « promo » jusqu’à noël…')).toBe('Ça coute 10 € - " promo " jusqu\'à noel...');
  });

  it('when there is nothing to replace, then the same string comes back', () => {
    const text = 'Bonjour Zoé';
    expect(replaceNonGsm(text)).toBe(text);
  });

  it('when the first and last characters are replaced, then nothing is lost around them', () => {
    expect(replaceNonGsm('«a»')).toBe('"a"');
    expect(replaceNonGsm('ç')).toBe('c');
  });
});
