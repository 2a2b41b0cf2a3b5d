import { Readable } from 'node:stream';
import { CSV_UTF8_BOM, toCsvLine } from '../../../core';
import { localizeRejected, rejectedLocale } from '../rejected-csv';

/** The file the analysis stores: codes, cells neutralised, a quoted line break. */
const stored =
  CSV_UTF8_BOM +
  toCsvLine(['line', 'number', 'reason', 'Prénom', 'Ville']) +
  toCsvLine([3, '01 23 45 67 89', 'fixed-line', 'Noël', 'Saint-Étienne\nLoire']) +
  toCsvLine([4, '12ab', 'invalid-characters', '=HYPERLINK("http://x")', 'Évry']) +
  toCsvLine([5, '0612345678', 'duplicate', 'Zoé', 'Nîmes']);

const read = async (locale: 'en' | 'fr') => {
  let text = '';
  for await (const chunk of localizeRejected(Readable.from([Buffer.from(stored, 'utf8')]), locale)) text += chunk;
  return text;
};

describe('Given the rejected rows of an analysed file', () => {
  it('When they are downloaded in French, Then the header and the reasons are French words', async () => {
    const text = await read('fr');
    expect(text.startsWith(CSV_UTF8_BOM)).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Ligne;Numéro;Motif;Prénom;Ville',
      '3;01 23 45 67 89;Ligne fixe : ne reçoit ni SMS ni dépôt sur répondeur;Noël;"Saint-Étienne\nLoire"',
      `4;12ab;"Contient des caractères impossibles dans un numéro (lettres, symboles)";"'=HYPERLINK(""http://x"")";Évry`,
      '5;0612345678;Doublon : le même numéro figure sur une ligne précédente;Zoé;Nîmes',
      '',
    ]);
  });

  it('When they are downloaded in English, Then the header and the reasons are English words', async () => {
    const lines = (await read('en')).slice(1).split('\r\n');
    expect(lines[0]).toBe('Line;Number;Reason;Prénom;Ville');
    expect(lines[1]).toContain(';Fixed line: receives neither SMS nor voicemail drops;');
    expect(lines[3]).toBe('5;0612345678;Duplicate: the same number is on an earlier line;Zoé;Nîmes');
  });

  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['en', 'en'],
    [undefined, 'en'],
    ['de', 'en'],
  ])('When the admin asks for %p, Then the file is in %p', (asked, locale) => {
    expect(rejectedLocale(asked)).toBe(locale);
  });
});
