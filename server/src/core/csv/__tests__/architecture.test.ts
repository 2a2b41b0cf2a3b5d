import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../../index';

const DIR = join(__dirname, '..');
const sources = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('Given the CSV layer of the core module', () => {
  it.each(sources)('then %s imports no Strapi package, no I/O or stream module and never the global strapi', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    expect(text).not.toMatch(/from ['"]@strapi\//);
    expect(text).not.toMatch(/from ['"](node:)?(fs|net|http|https|child_process|path|stream)['"]/);
    expect(text).not.toMatch(/\bstrapi\./);
  });

  it.each(sources)('then %s stays under 300 lines', (file) => {
    expect(readFileSync(join(DIR, file), 'utf8').split('\n').length).toBeLessThan(300);
  });

  it('then the public API is exported from the core module', () => {
    for (const name of [
      'detectCsvFormat',
      'createContactParser',
      'contactBatches',
      'createContactCollector',
      'parsePastedNumbers',
      'neutralizeCsvCell',
      'toCsvLine',
      'CsvFormatError',
      'isCsvFormatError',
      'CSV_UTF8_BOM',
    ]) {
      expect([name, name in core]).toEqual([name, true]);
    }
  });
});
