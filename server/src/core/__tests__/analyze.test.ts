import { analyzeMessage } from '../analyze';

const a = (n: number): string => 'a'.repeat(n);
const UNICODE = { allowUnicode: true, replaceNonGsm: false } as const;

describe('Given a GSM-7 message', () => {
  it.each([
    [0, 0, 160, 160],
    [1, 1, 160, 159],
    [145, 1, 160, 15],
    [160, 1, 160, 0],
    [161, 2, 153, 145],
    [306, 2, 153, 0],
    [307, 3, 153, 152],
    [459, 3, 153, 0],
    [460, 4, 153, 152],
    [612, 4, 153, 0],
    [765, 5, 153, 0],
    [918, 6, 153, 0],
    [919, 7, 153, 152],
  ])(
    'when it has %s characters, then it takes %s segment(s) of %s with %s left',
    (length, segments, per, remaining) => {
      const r = analyzeMessage(a(length));
      expect(r).toMatchObject({ encoding: 'GSM-7', units: length, segments, unitsPerSegment: per, remaining });
    }
  );

  it('when it is empty, then it takes no segment and the text is empty', () => {
    expect(analyzeMessage('')).toMatchObject({ segments: 0, units: 0, text: '', tooLong: false, nonGsmCharacters: [] });
  });

  it('when it holds 80 extension characters, then it is 160 septets in one SMS', () => {
    expect(analyzeMessage(']'.repeat(80))).toMatchObject({ units: 160, segments: 1, remaining: 0 });
  });

  it('when it holds 81 extension characters, then it is 162 septets in 2 segments', () => {
    expect(analyzeMessage(']'.repeat(81))).toMatchObject({ units: 162, segments: 2 });
  });

  it('when 153 "]" are sent, then 3 segments are needed because an escape pair never straddles two parts', () => {
    const r = analyzeMessage(']'.repeat(153));
    expect(r.units).toBe(306);
    expect(r.segments).toBe(3);
    // 76 pairs fill 152 septets of each of the first two parts; one pair is left for the third.
    expect(r.remaining).toBe(153 - 2);
  });

  it('when a "€" would start on the 153rd septet, then it moves whole to the next segment', () => {
    const r = analyzeMessage(`${a(152)}€${a(10)}`);
    expect(r.units).toBe(164);
    expect(r.segments).toBe(2);
    expect(r.remaining).toBe(153 - 12);
  });

  it('when a "€" ends exactly on the 153rd septet, then it stays in the first segment', () => {
    expect(analyzeMessage(`${a(151)}€${a(153)}`)).toMatchObject({ units: 306, segments: 2, remaining: 0 });
  });

  it('when the seed example is typed, then the counter shows 1 SMS and the seed text is kept', () => {
    const text =
      "Bonjour Philippe,\nDu 10 au 15 décembre, 15€ OFFERTS par tranche de 100€ d'achat! Rdv sur maboutique.fr et entrez le code DEC10.\nSTOP 36184";
    const r = analyzeMessage(text);
    expect(r.encoding).toBe('GSM-7');
    expect(r.segments).toBe(1);
    expect(r.units).toBe(text.length + 2); // two euro signs
    expect(r.text).toBe(text);
  });

  it('when nothing needs replacing, then the very same string is returned', () => {
    const text = 'Bonjour Zoé';
    expect(analyzeMessage(text).text).toBe(text);
  });

  it('when it has line breaks, then LF and CR count one septet each', () => {
    expect(analyzeMessage('a\r\nb').units).toBe(4);
  });
});

describe('Given a UCS-2 message (unicode allowed)', () => {
  it.each([
    [1, 1, 70, 69],
    [70, 1, 70, 0],
    [71, 2, 67, 63],
    [134, 2, 67, 0],
    [135, 3, 67, 66],
    [201, 3, 67, 0],
    [202, 4, 67, 66],
    [402, 6, 67, 0],
    [403, 7, 67, 66],
  ])(
    'when it has %s characters, then it takes %s segment(s) of %s with %s left',
    (length, segments, per, remaining) => {
      const r = analyzeMessage(`ж${a(length - 1)}`, UNICODE);
      expect(r).toMatchObject({ encoding: 'UCS-2', units: length, segments, unitsPerSegment: per, remaining });
    }
  );

  it('when an emoji is there, then it counts 2 UTF-16 units', () => {
    expect(analyzeMessage('😀', UNICODE)).toMatchObject({ units: 2, segments: 1, nonGsmCharacters: ['😀'] });
  });

  it('when 35 emoji fill 70 units, then one SMS; the 36th needs a second', () => {
    expect(analyzeMessage('😀'.repeat(35), UNICODE).segments).toBe(1);
    expect(analyzeMessage('😀'.repeat(36), UNICODE).segments).toBe(2);
  });

  it('when a surrogate pair would straddle the 67-unit boundary, then it moves whole to the next segment', () => {
    const r = analyzeMessage(`ж${a(65)}😀${a(10)}`, UNICODE);
    expect(r.units).toBe(78);
    expect(r.segments).toBe(2);
    expect(r.remaining).toBe(67 - 12);
  });

  it('when an emoji with a skin tone would straddle a boundary, then the whole cluster moves', () => {
    const r = analyzeMessage(`${a(64)}👍🏽${a(10)}`, UNICODE); // 64 + 4 + 10 units
    expect(r.segments).toBe(2);
    expect(r.remaining).toBe(67 - 14);
  });

  it('when a flag would straddle a boundary, then both regional indicators move together', () => {
    expect(analyzeMessage(`${a(65)}🇫🇷${a(10)}`, UNICODE).remaining).toBe(67 - 14);
  });

  it('when a ZWJ family emoji would straddle a boundary, then it moves whole', () => {
    const family = '👨‍👩‍👧'; // 8 units
    expect(analyzeMessage(`${a(60)}${family}${a(10)}`, UNICODE).remaining).toBe(67 - 18);
  });

  it('when a GSM extension character is sent in UCS-2, then it counts 1 unit, not 2', () => {
    expect(analyzeMessage('€ж', UNICODE).units).toBe(2);
  });
});

describe('Given the replaceNonGsm option (default on)', () => {
  it('when every non-GSM character has a stand-in, then the message stays GSM-7 with the replaced text', () => {
    const r = analyzeMessage('Ça coûte 10€ – «promo» c’est l’été…');
    expect(r.encoding).toBe('GSM-7');
    expect(r.text).toBe('Ça coute 10€ - "promo" c\'est l\'été...');
    expect(r.units).toBe(r.text.length + 1);
    expect(r.nonGsmCharacters).toEqual(['û', '–', '«', '»', '’', '…']);
    expect(r.replacements).toEqual([
      { from: 'û', to: 'u' },
      { from: '–', to: '-' },
      { from: '«', to: '"' },
      { from: '»', to: '"' },
      { from: '’', to: "'" },
      { from: '…', to: '...' },
    ]);
    expect(r.statusCode).toBeUndefined();
  });

  it('when a replacement is longer than the character, then the septets of the replacement are counted', () => {
    expect(analyzeMessage('…').units).toBe(3);
    expect(analyzeMessage('œ').units).toBe(2);
    expect(analyzeMessage('\u02C6').units).toBe(2);
    expect(analyzeMessage('a\u200Bb').units).toBe(2);
  });

  it('when replacements cross the 160 boundary, then segments are counted on the replaced text', () => {
    const r = analyzeMessage(`${a(158)}…`);
    expect(r.units).toBe(161);
    expect(r.segments).toBe(2);
    expect(r.text).toBe(`${a(158)}...`);
  });

  it('when unicode is allowed and some character has no stand-in, then nothing is replaced and the message is UCS-2', () => {
    const r = analyzeMessage('Ça coûte 😀', { allowUnicode: true });
    expect(r.encoding).toBe('UCS-2');
    expect(r.text).toBe('Ça coûte 😀');
    expect(r.replacements).toEqual([]);
    expect(r.nonGsmCharacters).toEqual(['û', '😀']);
    expect(r.unreplaceableCharacters).toEqual(['😀']);
    expect(r.statusCode).toBeUndefined();
  });

  it('when unicode is allowed but every character has a stand-in, then GSM-7 wins (cheaper)', () => {
    expect(analyzeMessage('ça', { allowUnicode: true })).toMatchObject({ encoding: 'GSM-7', text: 'ca' });
  });

  it('when unicode is not allowed and a character has no stand-in, then status 6 and the UCS-2 count', () => {
    const r = analyzeMessage('Привет ça');
    expect(r.encoding).toBe('UCS-2');
    expect(r.statusCode).toBe(6);
    expect(r.text).toBe('Привет ça');
    expect(r.unreplaceableCharacters).toEqual(['П', 'р', 'и', 'в', 'е', 'т']);
  });
});

describe('Given replaceNonGsm is off', () => {
  it('when a French accent is typed without unicode, then the message cannot be sent: status 6', () => {
    const r = analyzeMessage('ça', { replaceNonGsm: false });
    expect(r).toMatchObject({
      encoding: 'UCS-2',
      statusCode: 6,
      text: 'ça',
      nonGsmCharacters: ['ç'],
      unreplaceableCharacters: ['ç'],
    });
  });

  it('when unicode is allowed, then the accent is sent as UCS-2', () => {
    expect(analyzeMessage('ça', UNICODE)).toMatchObject({ encoding: 'UCS-2', units: 2, text: 'ça' });
  });
});

describe('Given non-GSM characters to highlight', () => {
  it('when characters repeat, then each is listed once in order of appearance', () => {
    expect(analyzeMessage('ç ç ê 😀 😀', UNICODE).nonGsmCharacters).toEqual(['ç', 'ê', '😀']);
  });
});

describe('Given the NFC normalisation', () => {
  it('when "e" + combining acute is typed, then it is the GSM-7 "é"', () => {
    const r = analyzeMessage('e\u0301te\u0301', { replaceNonGsm: false });
    expect(r).toMatchObject({ encoding: 'GSM-7', units: 3, text: 'été' });
  });

  it('when a decomposed "ç" is typed, then it is replaced like the composed one', () => {
    expect(analyzeMessage('c\u0327a').text).toBe('ca');
  });
});

describe('Given the emoji option', () => {
  it('when unicode and emoji are on, then ";-)" becomes 😊 and the message is UCS-2', () => {
    const r = analyzeMessage('Merci ;-)', { allowUnicode: true, emoji: true });
    expect(r).toMatchObject({ encoding: 'UCS-2', text: 'Merci 😊', units: 8 });
  });

  it('when emoji is on but unicode is off, then the shortcut stays text (seed: UCS2 first)', () => {
    expect(analyzeMessage('Merci ;-)', { emoji: true })).toMatchObject({ encoding: 'GSM-7', text: 'Merci ;-)' });
  });

  it('when emoji is off, then shortcuts stay text even with unicode', () => {
    expect(analyzeMessage('Merci :)', { allowUnicode: true }).text).toBe('Merci :)');
  });
});

describe('Given the maxSegments limit', () => {
  it('when the message takes more segments than allowed, then tooLong and status 7', () => {
    const r = analyzeMessage(a(161), { maxSegments: 1 });
    expect(r).toMatchObject({ tooLong: true, statusCode: 7, maxUnits: 160 });
  });

  it('when exactly at the limit, then it is fine', () => {
    expect(analyzeMessage(a(918))).toMatchObject({ tooLong: false, maxUnits: 918 });
    expect(analyzeMessage(a(160), { maxSegments: 1 }).statusCode).toBeUndefined();
  });

  it('when the default of 6 segments is exceeded, then status 7', () => {
    expect(analyzeMessage(a(919)).statusCode).toBe(7);
  });

  it('when UCS-2, then maxUnits counts 67 per part (70 for a single SMS)', () => {
    expect(analyzeMessage('ж', { ...UNICODE, maxSegments: 3 }).maxUnits).toBe(201);
    expect(analyzeMessage('ж', { ...UNICODE, maxSegments: 1 }).maxUnits).toBe(70);
  });

  it('when a message is both unicode-refused and too long, then status 6 wins', () => {
    expect(analyzeMessage('ж'.repeat(500), { replaceNonGsm: false }).statusCode).toBe(6);
    expect(analyzeMessage('ж'.repeat(500)).tooLong).toBe(true);
  });
});
