/**
 * The same file fed in chunks of every awkward size must give the same contacts: this is where a
 * multi-byte character, a CRLF pair, a doubled quote or a quoted line break split across two
 * chunks would show.
 */
import { detectCsvFormat } from '../detect';
import { createContactParser } from '../parser';
import type { ContactRow } from '../types';
import { encode, FRENCH_EXCEL, lines, parseBytes, randomChunks, type FixtureEncoding } from './fixtures';

const TRICKY = lines([
  'Prénom;Nom;Note;Portable',
  'Élodie;Lefèvre;"cœur € ""très"" bien;\r\ndeuxième ligne";06 12 34 56 78',
  'Zoé;"Dupré";=SUM(A1);+33 7 81 23 45 67',
  '',
  'Noël;Brûlé;"";0612345678',
  'Anaïs;Çà;"a\r\nb\r\nc";12345',
  ...Array.from(
    { length: 1200 },
    (_, i) =>
      `Léa${i};Bé${i};"x;${i}";06 ${String(10_000_000 + i * 37)
        .slice(0, 8)
        .replace(/(..)/g, '$1 ')}`
  ),
]);

const FILES: [string, string, FixtureEncoding][] = [
  ['French Excel export', FRENCH_EXCEL, 'windows-1252'],
  ['quoted multi-line cells, Windows-1252', TRICKY, 'windows-1252'],
  ['quoted multi-line cells, UTF-8 with BOM', TRICKY, 'utf-8-bom'],
  ['quoted multi-line cells, UTF-8', TRICKY, 'utf-8'],
  ['Excel Unicode text (UTF-16LE + BOM, tabs)', TRICKY.replace(/;/g, '\t'), 'utf-16le-bom'],
];

describe.each(FILES)('Given %s', (_, text, encoding) => {
  const bytes = encode(text, encoding);
  const format = detectCsvFormat(bytes);
  const whole = parseBytes(bytes, { format });

  it('then the whole file parses to contacts with correctly decoded text', () => {
    expect(whole.rows.length).toBeGreaterThan(5);
    expect(whole.summary.headers[0]).toBe('Prénom');
    expect(whole.rows[0]!.fields['Prénom']).toBe('Élodie');
  });

  it.each([1, 2, 3, 7, 64 * 1024])(
    'when fed in chunks of %i bytes, then the contacts and summary are identical',
    (size) => {
      const chunked = parseBytes(bytes, { format }, size);
      expect(chunked.rows).toEqual(whole.rows);
      expect(chunked.summary).toEqual(whole.summary);
    }
  );

  it('when fed in 50 random chunkings, then the contacts are identical every time', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const parser = createContactParser({ format });
      const rows: ContactRow[] = [];
      for (const chunk of randomChunks(bytes, seed)) for (const b of parser.write(chunk)) rows.push(...b);
      for (const b of parser.end()) rows.push(...b);
      expect([seed, rows]).toEqual([seed, whole.rows]);
    }
  });
});

describe('Given the tricky file', () => {
  const { rows } = parseBytes(encode(TRICKY, 'utf-8'), { format: detectCsvFormat(encode(TRICKY, 'utf-8')) });

  it('then quoted cells keep their delimiter, doubled quotes and line breaks', () => {
    expect(rows[0]!.fields.Note).toBe('cœur € "très" bien;\r\ndeuxième ligne');
    expect(rows[3]!.fields.Note).toBe('a\r\nb\r\nc');
  });

  it('then line numbers count a multi-line record once and the blank line once', () => {
    expect(rows.slice(0, 5).map((r) => r.line)).toEqual([2, 3, 5, 6, 7]);
  });
});
