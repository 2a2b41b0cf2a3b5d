import { createIntl } from 'react-intl';

import { IMPORT_ERROR_CODES } from '../../../../server/src/contracts';
import en from '../../translations/en.json';
import fr from '../../translations/fr.json';
import { getTranslation } from '../getTranslation';
import { ROW_REJECTIONS } from '../../../../server/src/core/csv/types';
import {
  getImportError,
  IMPORT_ERROR_MESSAGES,
  IMPORT_WARNING_MESSAGES,
  importErrorValues,
  rejectionMessage,
} from '../importMessages';

const intlFor = (locale: 'en' | 'fr') => {
  const messages = Object.fromEntries(
    Object.entries(locale === 'en' ? en : fr).map(([key, value]) => [getTranslation(key), value])
  );
  return createIntl({
    locale,
    messages,
    onError: (error) => {
      throw error;
    },
  });
};

/** What the fetch client throws for a Strapi error answer. */
const fetchError = (status: number, details: Record<string, unknown> = {}) =>
  Object.assign(new Error('request failed'), {
    name: 'FetchError',
    status,
    response: { data: { error: { status, name: 'ApplicationError', message: 'CSV failure', details } } },
  });

describe('import error messages', () => {
  it('Given a Strapi error with an import code, it reads the code and its details', () => {
    expect(getImportError(fetchError(400, { code: 'too-many-columns', columns: 812, max: 500 }))).toEqual({
      code: 'too-many-columns',
      details: { code: 'too-many-columns', columns: 812, max: 500 },
    });
  });

  it('Given a 413 from the body parser (no code), it is a file too large', () => {
    expect(getImportError(fetchError(413))?.code).toBe('file-too-large');
    expect(getImportError(Object.assign(new Error('Server Error'), { status: 413 }))?.code).toBe('file-too-large');
  });

  it('Given any other error, it leaves it to the generic message', () => {
    expect(getImportError(fetchError(400, { code: 'IMPORT_STATE' }))).toBeNull();
    expect(getImportError(new Error('offline'))).toBeNull();
    expect(getImportError(undefined)).toBeNull();
  });

  it.each(['en', 'fr'] as const)('words every error code and warning in %s, with its details', (locale) => {
    const intl = intlFor(locale);
    for (const code of IMPORT_ERROR_CODES) {
      const text = intl.formatMessage(
        IMPORT_ERROR_MESSAGES[code],
        importErrorValues({ columns: 812, max: 500, line: 42 })
      );
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeGreaterThan(10);
    }
    for (const descriptor of Object.values(IMPORT_WARNING_MESSAGES)) {
      expect(intl.formatMessage(descriptor)).not.toBe(descriptor.id);
    }
  });

  it('tells the user what to do with a file that is not text, and where the unclosed quote is', () => {
    const intl = intlFor('en');
    expect(intl.formatMessage(IMPORT_ERROR_MESSAGES.binary)).toBe(
      'This file is not a text file. Export your spreadsheet as CSV (separator ;) and try again.'
    );
    expect(intl.formatMessage(IMPORT_ERROR_MESSAGES['row-too-long'], importErrorValues({ line: 1204 }))).toMatch(
      /^Line 1,204 never ends/
    );
    expect(
      intlFor('fr').formatMessage(
        IMPORT_ERROR_MESSAGES['too-many-columns'],
        importErrorValues({ columns: 812, max: 500 })
      )
    ).toMatch(/^Ce fichier a 812 colonnes ; 500 au plus/);
  });

  it.each(['en', 'fr'] as const)(
    'words in %s every reason a row is rejected for its content, and still the number reasons',
    (locale) => {
      const intl = intlFor(locale);
      for (const reason of ROW_REJECTIONS) {
        expect(rejectionMessage(reason).id).toBe(getTranslation(`import.rejection.${reason}`));
        expect(intl.formatMessage(rejectionMessage(reason)).length).toBeGreaterThan(10);
      }
      expect(rejectionMessage('invalid-length').id).toBe(getTranslation('number.reason.invalid-length'));
    }
  );
});
