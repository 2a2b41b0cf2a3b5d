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
});
