import Papa from 'papaparse';
import { detectCsvFormat } from '../detect';
import { CSV_UTF8_BOM, neutralizeCsvCell, toCsvLine } from '../writer';
import { encode, parseBytes } from './fixtures';

describe('Given a cell written to an exported CSV', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    // A tab or carriage return first (OWASP), and the `=` after it, where a tab-separated or
    // line-by-line reader starts a cell.
    ['\t=1', "'\t'=1"],
    ['\r=1', "'\r'=1"],
    ['\tDupont', "'\tDupont"],
    ['+', "'+"],
    ['-', "'-"],
    ['+33612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['+1 (800) 555-0100', '+1 (800) 555-0100'],
    ['-12,5', '-12,5'],
    ['Dupont', 'Dupont'],
    ['a=b', 'a=b'],
    ['', ''],
    // After what a spreadsheet skips before a formula.
    ['  =cmd', "  '=cmd"],
    ['\u00a0=1', "\u00a0'=1"],
    ['\u200b=1', "\u200b'=1"],
    ['\ufeff=1', "\ufeff'=1"],
    ['\u202f\u2060 @x', "\u202f\u2060 '@x"],
    ['"=1"', `"'=1"`],
    [' +cmd', " '+cmd"],
    [' +33 6 12 34 56 78', ' +33 6 12 34 56 78'],
    // After a `,`, `;`, tab or line break, where a spreadsheet set to another separator starts a cell.
    ['a,=1+1', "a,'=1+1"],
    ['x; =1', "x; '=1"],
    ['y\t@SUM(1)', "y\t'@SUM(1)"],
    ['l1\n=2', "l1\n'=2"],
    ['l1\r\n -cmd', "l1\r\n '-cmd"],
    ['a,"=1"', `a,"'=1"`],
    ['=1;=2,\u00a0=3', "'=1;'=2,\u00a0'=3"],
    ['a, +33 6 12 34 56 78', 'a, +33 6 12 34 56 78'],
    ['Tél. 06 12 34 56 78, -12,5', 'Tél. 06 12 34 56 78, -12,5'],
    // A signed number is one up to the end of the cell, and its first piece split at a comma holds a digit.
    ['+1,5+cmd', "'+1,5+cmd"],
    ['x;+1,SUM(1)', "x;'+1,SUM(1)"],
    ['x;-,5', "x;'-,5"],
    ['1,5+cmd', '1,5+cmd'],
    ['Dupont, Marie; 3 rue', 'Dupont, Marie; 3 rue'],
  ])('when it is %j, then it is written as %j', (value, expected) => {
    expect(neutralizeCsvCell(value)).toBe(expected);
  });
});

describe('Given a record to write', () => {
  it('then cells are joined by ; and the line ends with CRLF', () => {
    expect(toCsvLine(['a', 'b', 'c'])).toBe('a;b;c\r\n');
  });

  it('then cells holding quotes, line breaks or any separator (not only the delimiter) are quoted, quotes doubled', () => {
    expect(toCsvLine(['a;b', 'say "hi"', 'l1\nl2', 'x,y', 't\tu', 'p|q', 'plain'])).toBe(
      '"a;b";"say ""hi""";"l1\nl2";"x,y";"t\tu";"p|q";plain\r\n'
    );
    expect(toCsvLine(['x,y', 'a;b'], ',')).toBe('"x,y","a;b"\r\n');
    expect(toCsvLine(['a,=1+1'])).toBe(`"a,'=1+1"\r\n`);
  });

  it('then numbers, booleans, dates and empty values are written plainly (numbers never neutralised)', () => {
    expect(toCsvLine([-5, true, new Date('2026-01-02T03:04:05Z'), null, undefined], ';', { eol: '\n' })).toBe(
      '-5;true;2026-01-02T03:04:05.000Z;;\n'
    );
  });

  it('then a NUL (a rejected row holds one) is written as U+FFFD', () => {
    expect(toCsvLine(['Zo\u0000é', '\u0000=1'])).toBe('Zo\uFFFDé;\uFFFD=1\r\n');
  });

  it('then formula-like text is neutralised, unless asked not to', () => {
    expect(toCsvLine(['=1+1', '+33612345678'])).toBe("'=1+1;+33612345678\r\n");
    // Outside a `;` file, what follows a number could continue it into a formula.
    expect(toCsvLine(['+33612345678', '-12'], ',')).toBe("'+33612345678,'-12\r\n");
    expect(toCsvLine(['-1'], '\t')).toBe("'-1\r\n");
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

const SIGNED_NUMBER = /^[+-][\d\s.,()/-]*\d[\d\s.,()/-]*$/;

/**
 * Cells a spreadsheet would take for a formula once `text` is read with `delimiter`: after
 * whitespace, ZWSP, BOM and quotes, an `=` or `@`, or a `+`/`-` that is not a plain number up to
 * the next `;`, tab or line break (what follows a `;` or a stray closing quote cannot continue a
 * formula, so a phone number first in a `;` line is a number whatever the reading).
 */
function formulas(text: string, delimiter: string): string[] {
  const { data } = Papa.parse<string[]>(text, { delimiter, newline: '\r\n' });
  return data.flat().filter((cell) => {
    const visible = cell.replace(/^[\s\u200b\u2060\u180e"]+/, '');
    if (/^[=@]/.test(visible)) return true;
    return /^[+-]/.test(visible) && !SIGNED_NUMBER.test(visible.split(/[;\t\r\n]/)[0]!.replace(/"/g, ''));
  });
}

describe('Given hostile values in a record, read back with each separator a spreadsheet may be set to', () => {
  const HOSTILE = [
    'a,=1+1',
    '  =cmd',
    '\u00a0=1',
    '\u200b=1',
    '\ufeff=1',
    'x; =1',
    'y\t@SUM(1)',
    'a,"=1"',
    'l1\r\n=2',
    "+1,5+cmd|' /C calc'!A0",
    '\t-1',
  ];

  it.each([';', ',', '\t'])('when the file is %j-separated, then no cell of any reading is a formula', (delimiter) => {
    const records = HOSTILE.map((value) => ['Nom', value, '+33612345678']);
    // The plugin's own exports are `;` files that start with the number.
    if (delimiter === ';') records.push(...HOSTILE.map((value) => ['+33612345678', value]));
    const text = records.map((values) => toCsvLine(values, delimiter)).join('');
    for (const reading of [',', ';', '\t']) {
      expect({ reading, formulas: formulas(text, reading) }).toEqual({ reading, formulas: [] });
    }
    // Read with its own delimiter, the file gives every value back behind its quotes.
    const { data } = Papa.parse<string[]>(text, { delimiter, newline: '\r\n' });
    const unquoted = (value: string) => value.replace(/'/g, '');
    expect(data.slice(0, HOSTILE.length).map((row) => unquoted(row[1]!))).toEqual(HOSTILE.map(unquoted));
  });

  it('when values are drawn at random from formula, separator and invisible characters, then no reading finds a formula', () => {
    const alphabet = ['=', '+', '-', '@', ',', ';', '\t', '\r\n', '\n', '\r', ' ', '"', "'", 'a', '1'];
    alphabet.push('\u00a0', '\u200b', '\ufeff');
    let seed = 42;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const found: string[] = [];
    for (let n = 0; n < 3000 && found.length < 5; n++) {
      let value = '';
      for (let length = 1 + Math.floor(random() * 7); length > 0; length--) {
        value += alphabet[Math.floor(random() * alphabet.length)];
      }
      for (const delimiter of [';', ',', '\t']) {
        const text = toCsvLine(['x', value, 'z'], delimiter) + toCsvLine([value], delimiter);
        for (const reading of [',', ';', '\t']) {
          if (formulas(text, reading).length > 0) found.push(JSON.stringify({ value, delimiter, reading }));
        }
      }
    }
    expect(found).toEqual([]);
  });
});
