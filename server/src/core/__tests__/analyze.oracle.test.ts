import { SegmentedMessage } from 'sms-segments-calculator';
import { analyzeMessage } from '../analyze';
import { GSM7_BASIC_CHARACTERS, GSM7_EXTENSION_CHARACTERS } from '../gsm';
import { frenchMessages, pick, prng } from './fixtures/generators';

/**
 * Agreement with Twilio's reference calculator (smart encoding off). The oracle neither replaces
 * characters nor refuses unicode, so our side runs with `allowUnicode: true, replaceNonGsm: false`.
 * The oracle gives an empty text one segment where we give none; empty texts are left out here
 * and covered in analyze.test.ts.
 */

const BASIC = [...GSM7_BASIC_CHARACTERS];
const EXTENSION = [...GSM7_EXTENSION_CHARACTERS];
const FRENCH = [...'çâêîôûëïœŒ’«»…–—\u00A0\u202FÀÂÈÊÎÔÙÛ'];
const ASTRAL = ['😀', '😊', '🎉', '🚀', '𝄞', '👍🏽', '🇫🇷', '👨‍👩‍👧', '❤️', '1️⃣', '👩‍💻'];
const OTHER = [...'жΩπ中文ßü€'];

/** Lengths around every boundary: 70, 134, 160, 201, 306, 459, 918… and their neighbours. */
const BOUNDARIES = [
  1, 2, 67, 69, 70, 71, 133, 134, 135, 152, 153, 154, 159, 160, 161, 200, 201, 202, 268, 305, 306, 307, 335, 402, 403,
  458, 459, 460, 611, 612, 613, 764, 765, 766, 917, 918, 919,
];

type Mix = 'gsm' | 'extension' | 'french' | 'astral' | 'mixed';

function message(random: () => number, targetUnits: number, mix: Mix): string {
  let text = '';
  while (text.length < targetUnits) {
    const r = random();
    let next: string;
    if (mix === 'gsm') next = pick(random, BASIC);
    else if (mix === 'extension') next = r < 0.3 ? pick(random, EXTENSION) : pick(random, BASIC);
    else if (mix === 'french') next = r < 0.1 ? pick(random, FRENCH) : pick(random, BASIC);
    else if (mix === 'astral') next = r < 0.15 ? pick(random, ASTRAL) : pick(random, BASIC);
    else
      next =
        r < 0.05
          ? pick(random, ASTRAL)
          : r < 0.1
            ? pick(random, FRENCH)
            : r < 0.2
              ? pick(random, EXTENSION)
              : r < 0.22
                ? pick(random, OTHER)
                : pick(random, BASIC);
    text += next;
  }
  // Leading/trailing combining sequences aside, the generators only produce NFC text.
  return text.normalize('NFC');
}

function agree(text: string): { text: string; ours: string; oracle: string } | undefined {
  const ours = analyzeMessage(text, { allowUnicode: true, replaceNonGsm: false });
  const oracle = new SegmentedMessage(text, 'auto', false);
  const a = `${ours.encoding}/${ours.segments}`;
  const b = `${oracle.encodingName}/${oracle.segmentsCount}`;
  return a === b ? undefined : { text, ours: a, oracle: b };
}

describe('Given thousands of pseudo-random messages around every segment boundary', () => {
  const mixes: Mix[] = ['gsm', 'extension', 'french', 'astral', 'mixed'];

  it.each(mixes)('when the characters are %s, then encoding and segment count equal the oracle’s', (mix) => {
    const random = prng(mix.length * 7919 + mix.charCodeAt(0));
    const disagreements = [];
    for (const target of BOUNDARIES) {
      for (let i = 0; i < 14; i++) {
        const problem = agree(message(random, target, mix));
        if (problem) disagreements.push(problem);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('when lengths are random between 1 and 1000, then the oracle still agrees', () => {
    const random = prng(2024);
    const disagreements = [];
    for (let i = 0; i < 1500; i++) {
      const problem = agree(message(random, 1 + Math.floor(random() * 1000), pick(random, mixes)));
      if (problem) disagreements.push(problem);
    }
    expect(disagreements).toEqual([]);
  });

  it('when the messages are personalised French marketing texts, then the oracle agrees', () => {
    const disagreements = frenchMessages(400, 99).map(agree).filter(Boolean);
    expect(disagreements).toEqual([]);
  });

  it('when the oracle counts characters, then our units match its size in bits', () => {
    const random = prng(5);
    for (let i = 0; i < 300; i++) {
      const text = message(random, 1 + Math.floor(random() * 400), pick(random, mixes));
      const ours = analyzeMessage(text, { allowUnicode: true, replaceNonGsm: false });
      const oracle = new SegmentedMessage(text, 'auto', false);
      expect(ours.units * (ours.encoding === 'GSM-7' ? 7 : 16)).toBe(oracle.messageSize);
    }
  });
});
