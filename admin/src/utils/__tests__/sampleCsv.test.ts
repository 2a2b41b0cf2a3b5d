import { createContactParser, detectCsvFormat } from '../../../../server/src/core/csv';
import { sampleCsv } from '../sampleCsv';

const parse = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  const format = detectCsvFormat(bytes);
  const parser = createContactParser({ format: { ...format, phoneColumn: format.phoneColumn! } });
  parser.write(bytes);
  parser.end();
  return { format, summary: parser.summary() };
};

describe('Given the sample file of the import', () => {
  it.each([
    ['fr', ['Civilité', 'Prénom', 'Nom', 'Portable', 'Courriel', 'Ville']],
    ['en', ['Title', 'First name', 'Last name', 'Mobile', 'Email', 'City']],
  ])(
    'When it is downloaded in %p, Then the import reads it as it is: its columns, and 3 valid mobiles',
    (locale, headers) => {
      const { format, summary } = parse(sampleCsv(locale));
      expect(format).toMatchObject({ encoding: 'utf-8', delimiter: ';', hasHeader: true, phoneColumn: 3, headers });
      expect(summary).toMatchObject({ rowsRead: 3, final: 3, invalid: 0 });
    }
  );
});
