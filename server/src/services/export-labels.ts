/**
 * The words of the contact and list exports, in the admin's language (English unless the admin
 * asks for French). The campaign report keeps the seeds' Annexe 2 names: it is not written here.
 */
export const EXPORT_LOCALES = ['en', 'fr'] as const;
export type ExportLocale = (typeof EXPORT_LOCALES)[number];

const LABELS = {
  en: {
    line: 'Line',
    phone: 'Mobile number',
    valid: 'Valid',
    country: 'Country',
    reason: 'Reason',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    source: 'Source',
    note: 'Note',
    addedAt: 'Added on',
    yes: 'yes',
    no: 'no',
  },
  fr: {
    line: 'Ligne',
    phone: 'Numéro de mobile',
    valid: 'Valide',
    country: 'Pays',
    reason: 'Motif',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Email',
    source: 'Origine',
    note: 'Note',
    addedAt: 'Ajouté le',
    yes: 'oui',
    no: 'non',
  },
} as const;

const REASONS: Record<ExportLocale, Record<string, string>> = {
  en: {
    empty: 'No number',
    'too-short': 'Too short to be a phone number',
    'too-long': 'Too long to be a phone number',
    'invalid-length': 'Wrong number of digits for its country',
    'invalid-characters': 'Contains characters a phone number cannot have',
    'invalid-country-code': 'Unknown international prefix',
    'invalid-number': 'Does not exist in its country’s numbering plan',
    'not-allowed-country': 'Country not among your allowed destinations',
    'not-mobile': 'Not a mobile number',
    duplicate: 'Already in the list',
  },
  fr: {
    empty: 'Aucun numéro',
    'too-short': 'Trop court pour un numéro de téléphone',
    'too-long': 'Trop long pour un numéro de téléphone',
    'invalid-length': 'Nombre de chiffres incorrect pour son pays',
    'invalid-characters': 'Contient des caractères impossibles dans un numéro',
    'invalid-country-code': 'Indicatif international inconnu',
    'invalid-number': 'N’existe pas dans le plan de numérotation de son pays',
    'not-allowed-country': 'Pays hors de vos destinations autorisées',
    'not-mobile': 'Pas un numéro de mobile',
    duplicate: 'Déjà dans la liste',
  },
};

const SOURCES: Record<ExportLocale, Record<string, string>> = {
  en: { 'stop-reply': 'STOP reply', manual: 'Added by hand', import: 'Import', api: 'API' },
  fr: { 'stop-reply': 'Réponse STOP', manual: 'Ajout manuel', import: 'Import', api: 'API' },
};

export const exportLabels = (locale: ExportLocale) => ({
  ...LABELS[locale],
  reasonOf: (reason: string | null | undefined) => (reason ? (REASONS[locale][reason] ?? reason) : ''),
  sourceOf: (source: string | null | undefined) => (source ? (SOURCES[locale][source] ?? source) : ''),
});
