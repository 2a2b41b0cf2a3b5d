/** Put first so that Excel reads the sample as UTF-8 ("Prénom", not "PrÃ©nom"). */
const BOM = '\uFEFF';

/** Column names of the sample, in the admin's language: the mapping step recognises both. */
const HEADERS: Record<'en' | 'fr', string[]> = {
  en: ['Title', 'First name', 'Last name', 'Mobile', 'Email', 'City'],
  fr: ['Civilité', 'Prénom', 'Nom', 'Portable', 'Courriel', 'Ville'],
};

/**
 * Three rows in the forms a spreadsheet holds (national, international, digits only): examples
 * to replace with the user's own contacts. The emails use the reserved `example.com` domain. (ARCEP's fiction range 06 39 98 is not in the numbering plan:
 * the import would refuse it, which would teach the wrong thing.)
 */
const ROWS: Record<'en' | 'fr', string[][]> = {
  en: [
    ['Ms', 'Élodie', 'Lefèvre', '06 12 34 56 78', 'elodie.lefevre@example.com', 'Besançon'],
    ['Mr', 'François', 'Dupré', '+33 7 58 00 11 22', 'francois.dupre@example.com', 'Orléans'],
    ['Ms', 'Zoé', 'Cœur', '0698765432', '', 'Nîmes'],
  ],
  fr: [
    ['Mme', 'Élodie', 'Lefèvre', '06 12 34 56 78', 'elodie.lefevre@example.com', 'Besançon'],
    ['M.', 'François', 'Dupré', '+33 7 58 00 11 22', 'francois.dupre@example.com', 'Orléans'],
    ['Mme', 'Zoé', 'Cœur', '0698765432', '', 'Nîmes'],
  ],
};

/** A `;`-separated sample of what the import reads, as French spreadsheets export it. */
export const sampleCsv = (locale: string): string => {
  const language = /^fr\b/i.test(locale) ? 'fr' : 'en';
  return BOM + [HEADERS[language], ...ROWS[language]].map((row) => row.join(';')).join('\r\n') + '\r\n';
};

/** Hands the sample to the browser as a download. */
export const downloadSampleCsv = (locale: string, fileName: string) => {
  const url = URL.createObjectURL(new Blob([sampleCsv(locale)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
