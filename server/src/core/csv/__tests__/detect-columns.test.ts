import { detectCsvFormat } from '../detect';
import { encode, lines } from './fixtures';

const detect = (rows: string[], options = {}) => detectCsvFormat(encode(lines(rows), 'utf-8'), options);

describe('Given a header row to recognise', () => {
  it('when the first row names the columns, then hasHeader is true and the names are kept as written', () => {
    const format = detect(['  Prénom ;Nom;N° Portable', 'Élodie;Lefèvre;0612345678']);
    expect(format).toMatchObject({ hasHeader: true, headers: ['Prénom', 'Nom', 'N° Portable'], phoneColumn: 2 });
  });

  it('when there is no header and the phone is in column 3, then names are generated and column 3 found', () => {
    const format = detect([
      'Lefèvre;Élodie;06 12 34 56 78;Paris',
      'Dupré;Zoé;07 81 23 45 67;Lyon',
      'Martin;Léa;+33 6 98 76 54 32;Nice',
    ]);
    expect(format).toMatchObject({
      hasHeader: false,
      headers: ['Column 1', 'Column 2', 'Column 3', 'Column 4'],
      phoneColumn: 2,
    });
    expect(format.sampleRows).toHaveLength(3);
    expect(format.warnings).toContain('phone-column-by-values');
  });

  it('when unknown names sit above a column of numbers, then the first row is a header', () => {
    expect(detect(['Foo;Bar;Baz', 'x;12;0612345678', 'y;13;0698765432'])).toMatchObject({
      hasHeader: true,
      phoneColumn: 2,
    });
  });

  it('when the first row holds numbers, then it is data', () => {
    expect(detect(['Dupont;42;0612345678', 'Martin;43;0698765432']).hasHeader).toBe(false);
  });

  it('when header names repeat or are empty, then each column still gets its own name', () => {
    expect(detect(['Nom;Nom;;Mobile', 'a;b;c;0612345678']).headers).toEqual(['Nom', 'Nom (2)', 'Column 3', 'Mobile']);
  });

  it('when a data row is wider than the header, then the extra columns get generated names', () => {
    expect(detect(['Nom;Mobile', 'a;0612345678;extra']).headers).toEqual(['Nom', 'Mobile', 'Column 3']);
  });

  it('when the user says there is no header, then the first row becomes data', () => {
    const format = detect(['Nom;Mobile', 'a;0612345678'], { hasHeader: false });
    expect(format).toMatchObject({ hasHeader: false, headers: ['Column 1', 'Column 2'], phoneColumn: 1 });
    expect(format.sampleRows[0]).toEqual(['Nom', 'Mobile']);
  });

  it('when there is a header but no data row, then no-data-rows is warned and the phone column named', () => {
    const format = detect(['Nom;Prénom;GSM']);
    expect(format).toMatchObject({ hasHeader: true, phoneColumn: 2, sampleRows: [] });
    expect(format.warnings).toContain('no-data-rows');
  });
});

describe('Given the phone column to find', () => {
  it.each([
    'PORTABLE',
    'Mobile',
    'sms',
    'GSM',
    'TEL',
    'Téléphone',
    'TELEPHONE',
    'Phone',
    'Numéro',
    'N° portable',
    'tel_portable',
    'Mobile-Phone',
    'Cell',
    'Téléphone portable',
    'NUMERO MOBILE',
    'TelPortable',
  ])('when the column is named %j, then it is the phone column', (name) => {
    expect(detect([`Nom;${name};Ville`, 'Dupont;0612345678;Paris']).phoneColumn).toBe(1);
  });

  it('when both "Téléphone" and "Portable" exist, then the mobile-ish name wins', () => {
    expect(detect(['Téléphone;Nom;Portable', '01 23 45 67 89;Dupont;06 12 34 56 78']).phoneColumn).toBe(2);
  });

  it('when two generic phone columns exist, then the one holding mobiles wins', () => {
    expect(detect(['Tel 1;Tel 2', '01 23 45 67 89;06 12 34 56 78', '04 78 12 34 56;07 81 23 45 67']).phoneColumn).toBe(
      1
    );
  });

  it('when "Téléphone fixe" and an unnamed column of mobiles exist, then the mobiles win', () => {
    expect(detect(['Téléphone fixe;Contact', '01 23 45 67 89;06 12 34 56 78']).phoneColumn).toBe(1);
  });

  it('when an "SMS" column holds yes/no consents, then the column of numbers is chosen instead', () => {
    expect(detect(['Nom;SMS;Numéro', 'Dupont;oui;06 12 34 56 78', 'Martin;non;07 81 23 45 67']).phoneColumn).toBe(2);
  });

  it('when "Fax" and "Numéro client" are the only number-ish names, then neither is a phone column', () => {
    const format = detect(['Fax;Numéro client;Nom', 'ab;C-1;Dupont']);
    expect(format.phoneColumn).toBeNull();
    expect(format.warnings).toContain('no-phone-column');
  });

  it('when a column is named Mobile but holds no valid number, then it is chosen with a warning', () => {
    const format = detect(['Nom;Mobile', 'Dupont;123', 'Martin;456']);
    expect(format.phoneColumn).toBe(1);
    expect(format.warnings).toContain('phone-column-values-invalid');
    expect(format.confidence.phoneColumn).toBeLessThan(0.5);
  });

  it('when no column holds numbers and none is named like one, then phoneColumn is null', () => {
    expect(detect(['Nom;Prénom', 'Dupont;Jean']).phoneColumn).toBeNull();
  });

  it('when numbers are international (Belgium, Switzerland), then the column is found by its values', () => {
    expect(detect(['Dupont;+32 470 12 34 56', 'Muller;0041 79 123 45 67']).phoneColumn).toBe(1);
  });

  it('when the default country is Belgium, then national Belgian mobiles are recognised', () => {
    // 0470… is a Belgian mobile; read as French it would be a fixed line (04 = south-east).
    const rows = ['Peeters;01 23 45 67 89;0470 12 34 56', 'Janssens;01 98 76 54 32;0471 23 45 67'];
    expect(detect(rows, { defaultCountry: 'BE' }).phoneColumn).toBe(2);
    expect(detect(rows).phoneColumn).toBe(1); // read as French, both are fixed lines: the leftmost
  });
});

describe('Given the preview of the mapping step', () => {
  it('when the file has many rows, then sampleRows holds the first 5 data rows, trimmed', () => {
    const rows = [
      'Nom;Portable',
      ...Array.from({ length: 20 }, (_, i) => ` N${i} ;06123456${String(i).padStart(2, '0')}`),
    ];
    const format = detect(rows);
    expect(format.sampleRows).toHaveLength(5);
    expect(format.sampleRows[0]).toEqual(['N0', '0612345600']);
    expect(detect(rows, { sampleRows: 2 }).sampleRows).toHaveLength(2);
  });

  it('when a quoted cell spans lines and holds ; and quotes, then it is one cell of the preview', () => {
    const format = detect(['Nom;Note;Portable', '"Dupont";"ligne 1\r\nligne 2; ""citée""";0612345678']);
    expect(format.sampleRows[0]).toEqual(['Dupont', 'ligne 1\r\nligne 2; "citée"', '0612345678']);
  });

  it('when the result is read, then it holds the contract fields and the extensions', () => {
    expect(Object.keys(detect(['Nom;Portable', 'a;0612345678']))).toEqual(
      expect.arrayContaining([
        'encoding',
        'bom',
        'delimiter',
        'hasHeader',
        'headers',
        'phoneColumn',
        'lineEnding',
        'sampleRows',
        'confidence',
        'warnings',
      ])
    );
  });
});
