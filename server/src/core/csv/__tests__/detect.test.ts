import { detectCsvFormat } from '../detect';
import { CSV_SAMPLE_BYTES, CsvFormatError, type CsvErrorCode } from '../types';
import { encode, FRENCH_EXCEL, lines } from './fixtures';

const codeOf = (run: () => unknown): CsvErrorCode | 'no error' => {
  try {
    run();
    return 'no error';
  } catch (e) {
    if (e instanceof CsvFormatError) return e.code;
    throw e;
  }
};

const CONTACTS = lines(['Prénom;Nom;Portable', 'Élodie;Lefèvre;06 12 34 56 78', 'Zoé;Dupré;07 81 23 45 67']);

describe('Given a file in one of the encodings spreadsheets export', () => {
  it.each([
    ['utf-8', 'utf-8', false],
    ['utf-8-bom', 'utf-8', true],
    ['windows-1252', 'windows-1252', false],
    ['utf-16le-bom', 'utf-16le', true],
    ['utf-16le', 'utf-16le', false],
  ] as const)(
    'when it is %s, then the encoding is %s (bom %s) and the header decodes to "Prénom"',
    (fixture, encoding, bom) => {
      const format = detectCsvFormat(encode(CONTACTS, fixture));
      expect(format).toMatchObject({ encoding, bom, delimiter: ';', hasHeader: true, phoneColumn: 2 });
      expect(format.headers).toEqual(['Prénom', 'Nom', 'Portable']);
      expect(format.sampleRows[0]).toEqual(['Élodie', 'Lefèvre', '06 12 34 56 78']);
    }
  );

  it('when it is a French Excel export (Windows-1252, ;, CRLF), then "Prénom" never comes out as "PrÃ©nom"', () => {
    const format = detectCsvFormat(encode(FRENCH_EXCEL, 'windows-1252'));
    expect(format).toMatchObject({ encoding: 'windows-1252', delimiter: ';', lineEnding: '\r\n', phoneColumn: 2 });
    expect(format.headers).toEqual(['Prénom', 'Nom', 'Portable', 'Ville']);
    expect(format.sampleRows[2]).toEqual(['Noël', 'Cœur', '0612345678', 'Saint-Étienne']);
  });

  it('when it is Excel "Unicode text" (UTF-16LE with BOM, tab-separated), then tab is the delimiter', () => {
    const text = lines(['Nom\tPrénom\tMobile', 'Lefèvre\tÉlodie\t0612345678', 'Dupré\tZoé\t+33781234567']);
    const format = detectCsvFormat(encode(text, 'utf-16le-bom'));
    expect(format).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t', phoneColumn: 2 });
    expect(format.headers).toEqual(['Nom', 'Prénom', 'Mobile']);
  });

  it('when it holds only ASCII, then UTF-8 is assumed and flagged as a guess', () => {
    const format = detectCsvFormat(encode(lines(['Name;Mobile', 'Smith;0612345678']), 'utf-8'));
    expect(format.encoding).toBe('utf-8');
    expect(format.warnings).toContain('encoding-ascii-only');
  });

  it('when the 64 KiB sample ends in the middle of a UTF-8 "é", then the file is still UTF-8', () => {
    const filler = 'x'.repeat(CSV_SAMPLE_BYTES - 'Nom;Portable\n'.length - 1);
    const bytes = encode(`Nom;Portable\n${filler}é;0612345678\n`, 'utf-8');
    expect(bytes[CSV_SAMPLE_BYTES - 1]).toBe(0xc3); // the first byte of "é" ends the sample
    expect(detectCsvFormat(bytes).encoding).toBe('utf-8');
  });

  it('when a whole small UTF-8 file ends with a cut character, then it is not UTF-8', () => {
    const bytes = encode('Nom;Portable\nAé', 'utf-8').subarray(0, -1);
    expect(detectCsvFormat(bytes).encoding).toBe('windows-1252');
  });

  it('when the encoding is forced by the user, then the text is decoded with it', () => {
    const bytes = encode(CONTACTS, 'utf-8');
    const format = detectCsvFormat(bytes, { encoding: 'windows-1252' });
    expect(format.encoding).toBe('windows-1252');
    expect(format.headers[0]).toBe('PrÃ©nom'); // what the user asked for, and sees in the preview
  });
});

describe('Given bad input', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a file of blanks', encode('  \r\n\t\r\n \n', 'utf-8'), 'empty'],
    ['a UTF-8 BOM alone', encode('', 'utf-8-bom'), 'empty'],
    [
      'a PNG image renamed .csv',
      Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
      ]),
      'binary',
    ],
    ['an .xlsx workbook renamed .csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]), 'spreadsheet'],
    [
      'an .xls workbook renamed .csv',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'spreadsheet',
    ],
    ['UTF-16BE text', Uint8Array.from([0xfe, 0xff, 0, 0x41, 0, 0x3b, 0, 0x42]), 'unsupported-encoding'],
    [
      'UTF-16BE text without BOM',
      encode('Nom;Portable\n', 'utf-16le').map((_, i, a) => a[i ^ 1]!),
      'unsupported-encoding',
    ],
    [
      'control characters without NUL',
      Uint8Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x07 : 0x41 + (i % 26))),
      'binary',
    ],
  ])('when it is %s, then it is refused with the code %s', (_, bytes, code) => {
    expect(codeOf(() => detectCsvFormat(bytes))).toBe(code);
  });

  it('when the header has 2,000 columns, then it is refused with too-many-columns and the count', () => {
    const header = Array.from({ length: 2000 }, (_, i) => `Champ ${i}`).join(';');
    const bytes = encode(lines([header, '0612345678']), 'utf-8');
    expect(codeOf(() => detectCsvFormat(bytes))).toBe('too-many-columns');
    try {
      detectCsvFormat(bytes);
    } catch (e) {
      expect((e as CsvFormatError).details).toEqual({ columns: 2000, max: 500 });
    }
  });

  it('when the header is wider than the whole 64 KiB sample, then it is still refused as too wide', () => {
    const header = Array.from({ length: 20_000 }, (_, i) => `Colonne ${i}`).join(';');
    expect(codeOf(() => detectCsvFormat(encode(`${header}\n0612345678\n`, 'utf-8')))).toBe('too-many-columns');
  });

  it('when 500 columns are allowed and there are 500, then the file is accepted', () => {
    const header = ['Portable', ...Array.from({ length: 499 }, (_, i) => `C${i}`)].join(';');
    expect(detectCsvFormat(encode(lines([header, '0612345678']), 'utf-8')).headers).toHaveLength(500);
  });
});

describe('Given the delimiter to find', () => {
  it.each([
    [';', 'Nom;Prénom;Portable\nA;B;0612345678\nC;D;0698765432\n'],
    [',', 'Nom,Prénom,Portable\nA,B,0612345678\nC,D,0698765432\n'],
    ['\t', 'Nom\tPrénom\tPortable\nA\tB\t0612345678\nC\tD\t0698765432\n'],
    ['|', 'Nom|Prénom|Portable\nA|B|0612345678\nC|D|0698765432\n'],
  ])('when the file is delimited by %j, then that delimiter is found', (delimiter, text) => {
    expect(detectCsvFormat(encode(text, 'utf-8'))).toMatchObject({ delimiter, phoneColumn: 2, hasHeader: true });
  });

  it('when ; and , split every row equally, then ; wins (French files)', () => {
    expect(detectCsvFormat(encode('a;b,c\nd;e,f\n', 'utf-8')).delimiter).toBe(';');
  });

  it('when a ; file has a decimal comma in every row, then ; still wins (more columns)', () => {
    const text = lines(['Nom;Montant;Ville;Portable', 'A;12,5;Paris;0612345678', 'B;7,25;Lyon;0698765432']);
    expect(detectCsvFormat(encode(text, 'utf-8')).delimiter).toBe(';');
  });

  it('when a , file quotes cells holding ; and commas, then , is found and quotes are respected', () => {
    const text = lines([
      'Nom,Adresse,Mobile',
      '"Dupont","1 rue A; bât. B, 2e",0612345678',
      '"Martin","3, rue C; esc. D",0698765432',
    ]);
    const format = detectCsvFormat(encode(text, 'utf-8'));
    expect(format).toMatchObject({ delimiter: ',', phoneColumn: 2 });
    expect(format.sampleRows[0]).toEqual(['Dupont', '1 rue A; bât. B, 2e', '0612345678']);
  });

  it('when some rows are ragged, then the delimiter is still found and the file flagged', () => {
    const text = lines(['Nom;Prénom;Portable', 'A;B;0612345678', 'C;0698765432', 'D;E;0611111111;extra']);
    const format = detectCsvFormat(encode(text, 'utf-8'));
    expect(format.delimiter).toBe(';');
    expect(format.warnings).toContain('ragged-rows');
  });

  it('when the file is a single column of numbers, then ; is kept and the column is the phone column', () => {
    const format = detectCsvFormat(encode('06 12 34 56 78\n07 81 23 45 67\n+32 470 12 34 56\n', 'utf-8'));
    expect(format).toMatchObject({ delimiter: ';', hasHeader: false, headers: ['Column 1'], phoneColumn: 0 });
    expect(format.warnings).toEqual(expect.arrayContaining(['single-column', 'phone-column-by-values']));
  });

  it('when the first line is Excel\'s "sep=," hint, then it is obeyed and not taken as the header', () => {
    const format = detectCsvFormat(encode('sep=,\nNom,Portable\nA,0612345678\n', 'utf-8'));
    expect(format).toMatchObject({ delimiter: ',', hasHeader: true, headers: ['Nom', 'Portable'], phoneColumn: 1 });
  });

  it('when the user forces another delimiter, then headers and phone column follow it', () => {
    const bytes = encode('Nom,Portable;Ville\nA,0612345678;Paris\n', 'utf-8');
    expect(detectCsvFormat(bytes, { delimiter: ',' })).toMatchObject({ headers: ['Nom', 'Portable;Ville'] });
    expect(detectCsvFormat(bytes, { delimiter: ';' })).toMatchObject({ headers: ['Nom,Portable', 'Ville'] });
  });

  it.each([
    ['\r\n', 'Nom;Portable\r\nA;0612345678\r\n'],
    ['\n', 'Nom;Portable\nA;0612345678\n'],
    ['\r', 'Nom;Portable\rA;0612345678\r'],
  ])('when lines end with %j, then that line ending is reported', (lineEnding, text) => {
    expect(detectCsvFormat(encode(text, 'utf-8'))).toMatchObject({ lineEnding, phoneColumn: 1, hasHeader: true });
  });
});
