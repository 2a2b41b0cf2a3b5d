import { detectCsvFormat } from '../detect';
import { CSV_UTF8_BOM, neutralizeCsvCell, toCsvLine } from '../writer';
import { encode, parseBytes } from './fixtures';

describe('Given a cell written to an exported CSV', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['+', "'+"],
    ['-', "'-"],
    ['+33612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['+1 (800) 555-0100', '+1 (800) 555-0100'],
    ['-12,5', '-12,5'],
    ['Dupont', 'Dupont'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('when it is %j, then it is written as %j', (value, expected) => {
    expect(neutralizeCsvCell(value)).toBe(expected);
  });
});

describe('Given a record to write', () => {
  it('then cells are joined by ; and the line ends with CRLF', () => {
    expect(toCsvLine(['a', 'b', 'c'])).toBe('a;b;c\r\n');
  });

  it('then cells holding the delimiter, quotes or line breaks are quoted, quotes doubled', () => {
    expect(toCsvLine(['a;b', 'say "hi"', 'l1\nl2', 'x,y'])).toBe('"a;b";"say ""hi""";"l1\nl2";x,y\r\n');
    expect(toCsvLine(['x,y', 'a;b'], ',')).toBe('"x,y",a;b\r\n');
  });

  it('then numbers, booleans, dates and empty values are written plainly (numbers never neutralised)', () => {
    expect(toCsvLine([-5, true, new Date('2026-01-02T03:04:05Z'), null, undefined], ';', { eol: '\n' })).toBe(
      '-5;true;2026-01-02T03:04:05.000Z;;\n'
    );
  });

  it('then formula-like text is neutralised, unless asked not to', () => {
    expect(toCsvLine(['=1+1', '+33612345678'])).toBe("'=1+1;+33612345678\r\n");
    expect(toCsvLine(['=1+1'], ';', { neutralize: false })).toBe('=1+1\r\n');
  });

  it('when an export with a BOM is read back by the import, then every value comes back', () => {
    const values = [
      ['Prénom', 'Note', 'Portable'],
      ['Élodie', 'dit "oui";\r\npuis non', '+33 6 12 34 56 78'],
      ['Zoé', '=HYPERLINK("x")', '0798765432'],
    ];
    const bytes = encode(CSV_UTF8_BOM + values.map((v) => toCsvLine(v)).join(''), 'utf-8');
    const format = detectCsvFormat(bytes);
    expect(format).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ';', phoneColumn: 2 });
    const { rows } = parseBytes(bytes, { format });
    expect(rows.map((r) => Object.values(r.fields))).toEqual([values[1], ['Zoé', '\'=HYPERLINK("x")', '0798765432']]);
  });
});
