import { analyzeMessage } from '../analyze';
import { splitIntoSegments } from '../segments';

/** A small deterministic generator, so a failure can be replayed. */
const random = (seed: number) => () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 0x1_0000_0000;
};

const GSM_ALPHABET = 'abcXYZ 0123€[]{}^~|\\éèàÇ@£$\n';
const UCS_ALPHABET = ['a', 'é', 'ç', '€', '😀', '👍🏽', '🇫🇷', '👩‍💻', 'ж', '\u0301'];

describe('Given splitIntoSegments', () => {
  it('When the text fits one SMS, Then it is one part', () => {
    expect(splitIntoSegments('a'.repeat(160), 'GSM-7')).toEqual(['a'.repeat(160)]);
    expect(splitIntoSegments('ç'.repeat(70), 'UCS-2')).toEqual(['ç'.repeat(70)]);
    expect(splitIntoSegments('', 'GSM-7')).toEqual([]);
  });

  it('When 153 × "]" is split, Then no escape pair straddles two parts (3 parts)', () => {
    const parts = splitIntoSegments(']'.repeat(153), 'GSM-7');
    expect(parts.map((part) => part.length)).toEqual([76, 76, 1]);
  });

  it('When an emoji sits on the 67-unit boundary, Then the surrogate pair moves to the next part', () => {
    const text = 'a'.repeat(66) + '😀' + 'b'.repeat(10);
    const parts = splitIntoSegments(text, 'UCS-2');
    expect(parts).toEqual(['a'.repeat(66), '😀' + 'b'.repeat(10)]);
  });

  it('Then the parts rebuild the text and their count is the one analyzeMessage bills (random texts)', () => {
    const next = random(42);
    for (let round = 0; round < 400; round++) {
      const unicode = round % 2 === 1;
      const length = Math.floor(next() * 500);
      let text = '';
      for (let i = 0; i < length; i++) {
        text += unicode
          ? UCS_ALPHABET[Math.floor(next() * UCS_ALPHABET.length)]
          : GSM_ALPHABET[Math.floor(next() * GSM_ALPHABET.length)];
      }
      const analysis = analyzeMessage(text, { allowUnicode: true, replaceNonGsm: false, maxSegments: 99 });
      const parts = splitIntoSegments(analysis.text, analysis.encoding);
      expect(parts.join('')).toBe(analysis.text);
      expect(parts.length).toBe(analysis.segments);
    }
  });
});
