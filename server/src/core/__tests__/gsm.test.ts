import UnicodeToGsm from 'sms-segments-calculator/dist/libs/UnicodeToGSM';
import { GSM7_BASIC_CHARACTERS, GSM7_COST, GSM7_EXTENSION_CHARACTERS, gsm7Length, isGsm7 } from '../gsm';

describe('Given the GSM 03.38 tables', () => {
  it('then the basic table has its 127 characters (128 septets minus the escape) and the extension table 10', () => {
    expect(GSM7_BASIC_CHARACTERS).toHaveLength(127);
    expect(new Set(GSM7_BASIC_CHARACTERS).size).toBe(127);
    expect(GSM7_EXTENSION_CHARACTERS).toHaveLength(10);
  });

  it('then every UTF-16 code unit has the same cost as in Twilio’s reference table', () => {
    const table = UnicodeToGsm as unknown as Record<number, number[] | undefined>;
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const expected = table[code]?.length ?? 0;
      if (GSM7_COST[code] !== expected) mismatches.push(code.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it.each(['é', 'è', 'ù', 'à', 'ì', 'ò', 'É', 'Ç', 'Ä', 'ß', 'Ø', 'Δ', '@', '£', '¿', '§', '\n', '\r'])(
    'then %p is a one-septet GSM-7 character',
    (c) => expect(GSM7_COST[c.charCodeAt(0)]).toBe(1)
  );

  it.each(['\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€'])('then %p costs two septets', (c) => {
    expect(GSM7_COST[c.charCodeAt(0)]).toBe(2);
  });

  it.each(['ç', 'â', 'ê', 'î', 'ô', 'û', 'ë', 'ï', 'œ', '’', '«', '»', '…', '–', '—', '\u00A0', '\t', '`', 'È', 'Ù'])(
    'then the French trap %p is not GSM-7',
    (c) => expect(GSM7_COST[c.charCodeAt(0)]).toBe(0)
  );
});

describe('Given a text', () => {
  it('when every character is GSM-7, then isGsm7 is true and gsm7Length counts extension characters twice', () => {
    expect(isGsm7('Prix: 15€ [promo]')).toBe(true);
    expect(gsm7Length('Prix: 15€ [promo]')).toBe(17 + 3);
  });

  it('when a character is not GSM-7, then isGsm7 is false and gsm7Length is -1', () => {
    expect(isGsm7('ça')).toBe(false);
    expect(gsm7Length('ça')).toBe(-1);
  });

  it('when the text is empty, then it is GSM-7 of length 0', () => {
    expect(isGsm7('')).toBe(true);
    expect(gsm7Length('')).toBe(0);
  });
});
