import { normalizeHeaderName, phoneHeaderScore, uniqueHeaders } from '../header-names';

describe('Given column names', () => {
  it('then they compare in any case, without accents, spacing, underscores or dashes', () => {
    expect(normalizeHeaderName(' N° Téléphone_portable- ')).toBe('N TELEPHONE PORTABLE');
  });

  it.each([
    [
      3,
      [
        'PORTABLE',
        'mobile',
        'SMS',
        'gsm',
        'Cell',
        'N° PORTABLE',
        'TEL PORTABLE',
        'MOBILE PHONE',
        'Téléphone portable',
        'tel_mobile',
        'NumPortable',
        'Portable pro',
        'MSISDN',
      ],
    ],
    [2, ['TEL', 'Tél', 'TELEPHONE', 'TÉLÉPHONE', 'Phone', 'phone number', 'N° de téléphone', 'Téléphone 2']],
    [1, ['NUMERO', 'NUMÉRO', 'N°', 'Téléphone fixe', 'Tel domicile', 'Phone (office)']],
    [0, ['Nom', 'FAX', 'Tél/Fax', 'Numéro client', 'Indicatif téléphone', 'Automobile', 'Télévision', '']],
  ])('then the phone score is %i for %j', (score, names) => {
    expect(names.map((n) => [n, phoneHeaderScore(n)])).toEqual(names.map((n) => [n, score]));
  });

  it('then each column gets a unique name', () => {
    expect(uniqueHeaders([' Nom ', 'Nom', '', 'Nom', 'Nom (2)'])).toEqual([
      'Nom',
      'Nom (2)',
      'Column 3',
      'Nom (3)',
      'Nom (2) (2)',
    ]);
  });

  it('then a name longer than 100 characters is cut to 100, never inside a surrogate pair, and stays unique', () => {
    const long = 'Colonne très longue '.repeat(20);
    const names = uniqueHeaders([long, long, `${'x'.repeat(99)}😀`, `${long}  `]);
    expect(names.map((name) => name.length)).toEqual([99, 100, 99, 100]);
    expect(names[0]).toBe(long.slice(0, 100).trimEnd());
    expect(names[1]).toBe(`${long.slice(0, 96).trimEnd()} (2)`);
    expect(names[2]).toBe('x'.repeat(99));
    expect(names[3]).toBe(`${long.slice(0, 96).trimEnd()} (3)`);
    expect(new Set(names).size).toBe(4);
  });
});
