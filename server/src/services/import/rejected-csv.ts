import { pipeline, Transform, type Readable } from 'node:stream';
import Papa from 'papaparse';
import { CSV_UTF8_BOM, toCsvLine, type ContactRejection } from '../../core';

/**
 * The rejected rows are stored with reason codes (`line;number;reason;…`); the person who
 * downloads them reads the header and the reasons in the admin's language, in words.
 */
export const REJECTED_LOCALES = ['en', 'fr'] as const;
export type RejectedLocale = (typeof REJECTED_LOCALES)[number];

interface Words {
  header: [line: string, number: string, reason: string];
  reasons: Record<ContactRejection, string>;
}

const WORDS: Record<RejectedLocale, Words> = {
  en: {
    header: ['Line', 'Number', 'Reason'],
    reasons: {
      empty: 'No number',
      'too-short': 'Too short to be a phone number',
      'too-long': 'Too long to be a phone number',
      'invalid-length': 'Wrong number of digits for its country',
      'invalid-characters': 'Contains characters a phone number cannot have (letters, symbols)',
      'invalid-country-code': 'Unknown international prefix',
      'invalid-number': 'This number does not exist in its country’s numbering plan',
      'not-allowed-country': 'The country of this number is not among your allowed destinations',
      'not-mobile': 'Not a mobile number: it cannot receive SMS',
      'fixed-line': 'Fixed line: receives neither SMS nor voicemail drops',
      duplicate: 'Duplicate: the same number is on an earlier line',
      'control-character': 'Contains a NUL character, which cannot be stored: the file is probably damaged',
      'row-too-large': 'Too much text in this row to be stored (more than 8 KB)',
    },
  },
  fr: {
    header: ['Ligne', 'Numéro', 'Motif'],
    reasons: {
      empty: 'Aucun numéro',
      'too-short': 'Trop court pour être un numéro de téléphone',
      'too-long': 'Trop long pour être un numéro de téléphone',
      'invalid-length': 'Nombre de chiffres incorrect pour son pays',
      'invalid-characters': 'Contient des caractères impossibles dans un numéro (lettres, symboles)',
      'invalid-country-code': 'Indicatif international inconnu',
      'invalid-number': "Ce numéro n'existe pas dans le plan de numérotation de son pays",
      'not-allowed-country': 'Le pays de ce numéro ne fait pas partie de vos destinations autorisées',
      'not-mobile': 'Pas un numéro de mobile : il ne peut pas recevoir de SMS',
      'fixed-line': 'Ligne fixe : ne reçoit ni SMS ni dépôt sur répondeur',
      duplicate: 'Doublon : le même numéro figure sur une ligne précédente',
      'control-character':
        'Contient un caractère NUL, qui ne peut pas être enregistré : le fichier est probablement endommagé',
      'row-too-large': 'Trop de texte dans cette ligne pour être enregistrée (plus de 8 Ko)',
    },
  },
};

/** `fr`, `fr-FR`, `fr-CA` → French; anything else, or nothing, → English. */
export const rejectedLocale = (locale: unknown): RejectedLocale =>
  typeof locale === 'string' && /^fr\b/i.test(locale) ? 'fr' : 'en';

/** The words of one reason code (an unknown code, from an older version, is kept as it is). */
export const rejectionWords = (reason: string, locale: RejectedLocale): string =>
  (WORDS[locale].reasons as Record<string, string>)[reason] ?? reason;

/**
 * Re-reads the stored file record by record (cells may hold quoted line breaks) and writes it
 * again with the header and reasons in words. The cells were neutralised against formulas when
 * the file was written: they are quoted again, not neutralised twice.
 */
export const localizeRejected = (stored: Readable, locale: RejectedLocale): Readable => {
  const words = WORDS[locale];
  let first = true;
  const rewrite = new Transform({
    writableObjectMode: true,
    transform(record: string[], _encoding, done) {
      const cells = [...record];
      if (first) {
        first = false;
        cells[0] = (cells[0] ?? '').replace(/^\uFEFF/, '');
        cells.splice(0, 3, ...words.header);
        done(null, CSV_UTF8_BOM + toCsvLine(cells, ';', { neutralize: false }));
        return;
      }
      if (cells.length >= 3) cells[2] = rejectionWords(cells[2]!, locale);
      done(null, toCsvLine(cells, ';', { neutralize: false }));
    },
  });
  const parse = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: ';', skipEmptyLines: true });
  return pipeline(stored, parse, rewrite, () => undefined);
};
