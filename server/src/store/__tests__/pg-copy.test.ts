import { copyField } from '../pg-copy';

describe("COPY's text format", () => {
  it('writes NULL as \\N, booleans as t / f, dates in ISO form and numbers as they are', () => {
    expect([null, undefined, true, false, 42, new Date('2026-12-01T08:00:00.000Z')].map(copyField)).toEqual([
      '\\N',
      '\\N',
      't',
      'f',
      '42',
      '2026-12-01T08:00:00.000Z',
    ]);
  });

  it('escapes the characters that would end a field or a row, and the escape itself', () => {
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField('\\N')).toBe('\\\\N');
  });

  it('leaves every other character as it is, accents, emoji and JSON quotes included', () => {
    const text = 'Bonjour Réné 😀 {"Prénom":"Zoë"} ; | €';
    expect(copyField(text)).toBe(text);
  });
});
