import { detectCsvFormat } from '../detect';
import { contactBatches, createContactParser, type ContactParserFormat } from '../parser';
import { CsvFormatError, type CsvErrorCode } from '../types';
import { encode, FRENCH_EXCEL, lines, parseBytes } from './fixtures';

const SEMI: ContactParserFormat = { encoding: 'utf-8', delimiter: ';', hasHeader: true, phoneColumn: 2 };
const parseText = (text: string, format = SEMI, extra = {}) => parseBytes(encode(text, 'utf-8'), { format, ...extra });
const codeOf = (run: () => unknown): CsvErrorCode | 'no error' => {
  try {
    run();
    return 'no error';
  } catch (e) {
    if (e instanceof CsvFormatError) return e.code;
    throw e;
  }
};

describe('Given a French Excel export parsed with its detected format', () => {
  const bytes = encode(FRENCH_EXCEL, 'windows-1252');
  const { rows, summary } = parseBytes(bytes, { format: detectCsvFormat(bytes) });

  it('then each data row is a contact with its spreadsheet line, E.164 number, country and fields', () => {
    expect(rows[0]).toEqual({
      line: 2,
      phoneRaw: '06 12 34 56 78',
      phone: '+33612345678',
      country: 'FR',
      type: 'mobile',
      valid: true,
      duplicate: false,
      reason: undefined,
      fields: { Prénom: 'Élodie', Nom: 'Lefèvre', Portable: '06 12 34 56 78', Ville: 'Besançon' },
    });
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('then accented text decodes right (never "PrÃ©nom", "Å“")', () => {
    expect(summary.headers).toEqual(['Prénom', 'Nom', 'Portable', 'Ville']);
    expect(rows[2]!.fields).toMatchObject({ Prénom: 'Noël', Nom: 'Cœur', Ville: 'Saint-Étienne' });
  });

  it('then the second occurrence of a number is a duplicate, the first is kept', () => {
    expect(rows[2]).toMatchObject({
      line: 4,
      phone: '+33612345678',
      valid: true,
      duplicate: true,
      reason: 'duplicate',
    });
    expect(rows[0]!.duplicate).toBe(false);
  });

  it('then an overseas mobile written nationally gets its own country (0692 → Réunion)', () => {
    expect(rows[3]).toMatchObject({ phone: '+262692123456', country: 'RE', valid: true });
  });

  it('then the summary counts rows, valid, invalid with reasons, duplicates and the final count', () => {
    expect(summary).toMatchObject({
      rowsRead: 6,
      valid: 5,
      invalid: 1,
      invalidByReason: { 'too-short': 1 },
      duplicates: 1,
      final: 4,
      byCountry: { FR: 3, RE: 1 },
      byType: { mobile: 4 },
      blankLines: 0,
      malformedQuotes: 0,
    });
    expect(summary.invalidExamples).toEqual([
      {
        line: 6,
        phoneRaw: '12345',
        reason: 'too-short',
        fields: { Prénom: 'Anaïs', Nom: 'Brûlé', Portable: '12345', Ville: 'Nîmes' },
      },
    ]);
  });

  it('then empty fields are counted per column over the imported contacts', () => {
    expect(summary.emptyFields).toEqual({ Prénom: 0, Nom: 1, Portable: 0, Ville: 1 });
  });
});

describe("Given line numbers (the seeds' ID_LINE: the row number a spreadsheet shows)", () => {
  it('when a quoted cell spans three text lines, then it counts as one row and the next row follows', () => {
    const { rows } = parseText(lines(['Nom;Note;Portable', 'A;"un\r\ndeux\r\ntrois";0612345678', 'B;x;0698765432']));
    expect(rows.map((r) => [r.line, r.fields.Note])).toEqual([
      [2, 'un\r\ndeux\r\ntrois'],
      [3, 'x'],
    ]);
  });

  it('when there are blank lines and `;;;` padding rows, then they are skipped but counted', () => {
    const { rows, summary } = parseText(lines(['', 'Nom;Note;Portable', 'A;x;0612345678', '', ';;', 'B;y;0698765432']));
    expect(rows.map((r) => r.line)).toEqual([3, 6]);
    expect(summary.blankLines).toBe(3);
  });

  it('when there is no header, then the first row is line 1', () => {
    const { rows } = parseText('A;x;0612345678\nB;y;0698765432\n', { ...SEMI, hasHeader: false });
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
    expect(rows[0]!.fields).toEqual({ 'Column 1': 'A', 'Column 2': 'x', 'Column 3': '0612345678' });
  });

  it('when a header is named __proto__, then it is renamed and never touches the prototype', () => {
    const { rows } = parseText('__proto__;x;Portable\nA;b;0612345678\n');
    expect(Object.keys(rows[0]!.fields)).toEqual(['__proto__ (2)', 'x', 'Portable']);
    expect(Object.getPrototypeOf(rows[0]!.fields)).toBe(Object.prototype);
  });

  it('when names are given for a file without header, then rows are keyed by them', () => {
    const { rows } = parseText('A;x;0612345678\n', { ...SEMI, hasHeader: false, headers: ['N', 'X', 'Tel'] });
    expect(rows[0]!.fields).toEqual({ N: 'A', X: 'x', Tel: '0612345678' });
  });
});

describe('Given awkward cells', () => {
  it('when cells start with =, +, -, @, then they are kept verbatim as data (and +33… is a phone)', () => {
    const { rows } = parseText(
      lines(['Nom;Formule;Portable', '=1+1;@SUM(A1);+33612345678', "-2+3;=cmd|' /C calc'!A0;+33 6 98 76 54 32"])
    );
    expect(rows.map((r) => [r.fields.Nom, r.fields.Formule, r.phone])).toEqual([
      ['=1+1', '@SUM(A1)', '+33612345678'],
      ['-2+3', "=cmd|' /C calc'!A0", '+33698765432'],
    ]);
  });

  it('when quoted cells hold the delimiter, doubled quotes and line breaks, then they are one cell each', () => {
    const { rows } = parseText(
      lines(['Nom;Note;Portable', '"Dupont; Jean";"il a dit ""oui""\nhier";"06 12 34 56 78"'])
    );
    expect(rows[0]!.fields).toEqual({ Nom: 'Dupont; Jean', Note: 'il a dit "oui"\nhier', Portable: '06 12 34 56 78' });
    expect(rows[0]!.valid).toBe(true);
  });

  it('when the same file is written with CRLF or LF, then the contacts are identical', () => {
    const rows = ['Nom;Note;Portable', 'A;"x\ny";0612345678', 'B;z;0698765432'];
    const crlf = parseText(lines(rows, '\r\n'));
    const lf = parseText(lines(rows, '\n'));
    expect(lf.rows.map((r) => r.fields.Nom)).toEqual(['A', 'B']);
    expect(crlf.rows).toEqual(lf.rows);
  });

  it('when rows are ragged, then missing cells read as empty, extra cells are dropped, both reported', () => {
    const { rows, summary } = parseText(
      lines(['Nom;Prénom;Portable', 'A;0612345678', 'B;b;0698765432;extra;more', 'C;c;0611111111;;', 'D;d;0622222222'])
    );
    expect(rows[0]).toMatchObject({
      line: 2,
      fields: { Nom: 'A', Prénom: '0612345678', Portable: '' },
      reason: 'empty',
    });
    expect(rows[1]!.fields).toEqual({ Nom: 'B', Prénom: 'b', Portable: '0698765432' });
    expect(summary.ragged).toEqual({ tooFewCells: 1, tooManyCells: 1, exampleLines: [2, 3] });
  });

  it('when a quote is malformed, then the record is still read and counted as malformed', () => {
    const { summary } = parseText(lines(['Nom;Note;Portable', '"A"x;n;0612345678', 'B;n;0698765432']));
    expect(summary.malformedQuotes).toBe(1);
  });

  it('when a quote is never closed, then the rest of the file is one cell, reported as malformed', () => {
    const { rows, summary } = parseText(lines(['Nom;Note;Portable', 'A;"open;0612345678', 'B;n;0698765432']));
    expect(rows).toHaveLength(1);
    expect(summary.malformedQuotes).toBe(1);
  });

  it('when an unterminated quote runs past maxRowChars, then parsing stops with row-too-long', () => {
    const text = `Nom;Note;Portable\nA;"${'x;0612345678\n'.repeat(200)}`;
    expect(codeOf(() => parseText(text, SEMI, { maxRowChars: 1000 }))).toBe('row-too-long');
  });
});

describe('Given numbers to check', () => {
  const text = lines([
    'Nom;X;Portable',
    'A;;+32 470 12 34 56',
    'B;;01 23 45 67 89',
    'C;;+44 7400 123456',
    'D;;0612345678',
    'E;;abc',
    'F;;',
  ]);

  it('then every reason is reported, by reason', () => {
    expect(parseText(text).summary.invalidByReason).toEqual({ 'invalid-characters': 1, empty: 1 });
  });

  it('then destinations are broken down by country, largest first', () => {
    expect(parseText(text).summary.byCountry).toEqual({ BE: 1, FR: 2, GB: 1 });
    expect(Object.keys(parseText(text).summary.byCountry)[0]).toBe('FR');
  });

  it('when only some countries are allowed, then the others are rejected as not-allowed-country', () => {
    const { rows, summary } = parseText(text, SEMI, { allowedCountries: ['FR', 'BE'] });
    expect(rows[2]).toMatchObject({
      phone: '+447400123456',
      country: 'GB',
      valid: false,
      reason: 'not-allowed-country',
    });
    expect(summary).toMatchObject({ final: 3, invalidByReason: { 'not-allowed-country': 1 } });
    expect(summary.refusedByCountry).toEqual({ GB: 1 });
  });

  it('when mobiles are required, then a fixed line is rejected as not-mobile', () => {
    const { rows, summary } = parseText(text, SEMI, { requireMobile: true });
    expect(rows[1]).toMatchObject({ type: 'fixed', valid: false, reason: 'not-mobile' });
    expect(summary.byType).toEqual({ mobile: 3 });
  });

  it('when fixed lines are flagged, then +33 1 23 45 67 89 is invalid as fixed-line and counted apart', () => {
    const { rows, summary } = parseText(text, SEMI, { flagFixedLines: true });
    expect(rows[1]).toMatchObject({ phone: '+33123456789', type: 'fixed', valid: false, reason: 'fixed-line' });
    expect(summary).toMatchObject({
      final: 3,
      invalidByReason: { 'fixed-line': 1, 'invalid-characters': 1, empty: 1 },
    });
    expect(summary.byType).toEqual({ mobile: 3 });
  });

  it('when fixed lines are flagged, then a number the plan cannot tell (fixed line or mobile) stays valid', () => {
    const us = lines(['Nom;X;Portable', 'A;;+1 202 555 0123', 'B;;+33 1 23 45 67 89']);
    const { rows, summary } = parseText(us, SEMI, { flagFixedLines: true });
    expect(rows[0]).toMatchObject({ phone: '+12025550123', type: 'mobile', valid: true });
    expect(rows[1]).toMatchObject({ valid: false, reason: 'fixed-line' });
    expect(summary.final).toBe(1);
  });

  it('when there are more invalid rows than kept examples, then the examples are capped and flagged', () => {
    const many = lines(['Nom;X;Portable', ...Array.from({ length: 30 }, (_, i) => `N${i};;${i}`)]);
    const { summary } = parseText(many, SEMI, { maxInvalidExamples: 10 });
    expect(summary.invalid).toBe(30);
    expect(summary.invalidExamples.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(summary.invalidExamplesTruncated).toBe(true);
  });
});

describe('Given the parser API', () => {
  const many = lines([
    'Nom;X;Portable',
    ...Array.from({ length: 2500 }, (_, i) => `N${i};;06${String(i).padStart(8, '0')}`),
  ]);

  it('then rows come in batches of batchSize, the rest at the end', () => {
    expect(parseText(many).batches).toEqual([1000, 1000, 500]);
    expect(parseText(many, SEMI, { batchSize: 700 }).batches).toEqual([700, 700, 700, 400]);
  });

  it('then progress reports bytes and lines read', () => {
    const parser = createContactParser({ format: SEMI });
    const bytes = encode(many, 'utf-8');
    parser.write(bytes.subarray(0, 1000));
    expect(parser.progress().bytes).toBe(1000);
    expect(parser.progress().lines).toBeGreaterThan(10);
  });

  it('then an async source yields every contact (contactBatches)', async () => {
    const bytes = encode(many, 'utf-8');
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 4096) yield bytes.subarray(i, i + 4096);
    }
    const parser = createContactParser({ format: SEMI });
    let count = 0;
    for await (const batch of contactBatches(source(), parser)) count += batch.length;
    expect(count).toBe(2500);
    expect(parser.summary().final).toBe(2500);
  });

  it('then write() after end() is a programming error', () => {
    const parser = createContactParser({ format: SEMI });
    parser.end();
    expect(() => parser.write(new Uint8Array([0x41]))).toThrow('after end');
  });

  it('when no phone column was chosen, then the parser refuses with no-phone-column', () => {
    expect(codeOf(() => createContactParser({ format: { ...SEMI, phoneColumn: null } }))).toBe('no-phone-column');
  });

  it('when the phone column is beyond the header, then parsing refuses with no-phone-column', () => {
    expect(codeOf(() => parseText('Nom;Portable\nA;0612345678\n', { ...SEMI, phoneColumn: 5 }))).toBe(
      'no-phone-column'
    );
  });

  it('when the header has 2,000 columns, then parsing refuses with too-many-columns', () => {
    const header = Array.from({ length: 2000 }, (_, i) => `C${i}`).join(';');
    expect(codeOf(() => parseText(`${header}\n0612345678\n`))).toBe('too-many-columns');
  });

  it('when the file is empty, then the summary is all zeros', () => {
    expect(parseText('')).toMatchObject({ rows: [], summary: { rowsRead: 0, final: 0, headers: [] } });
  });
});

describe('Given a NUL byte past the first 64 KiB, which detection does not see', () => {
  it('when the file is parsed in chunks, then that row alone is rejected as control-character', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `06 12 ${String(i).padStart(6, '0')};Nom ${i}`);
    const bytes = encode(lines(['Portable;Nom', ...rows, '0698765432;Zo\u0000é', '0775000000;Après']), 'utf-8');
    expect(bytes.indexOf(0)).toBeGreaterThan(64 * 1024);
    const format = detectCsvFormat(bytes);
    const { rows: parsed, summary } = parseBytes(bytes, { format: { ...format, phoneColumn: 0 } }, 4096);
    expect(parsed.filter((row) => row.reason === 'control-character').map((row) => row.line)).toEqual([3002]);
    expect(summary).toMatchObject({ rowsRead: 3002, invalid: 1, final: 3001 });
  });
});
