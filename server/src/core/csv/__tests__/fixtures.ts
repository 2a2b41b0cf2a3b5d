/** Files built in memory, byte by byte as spreadsheets write them, and a helper to parse them whole. */
import iconv from 'iconv-lite';
import { createContactParser, type ContactParserOptions } from '../parser';
import type { ContactImportSummary, ContactRow } from '../types';

export type FixtureEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16le-bom';

/** The bytes of `text` in the encoding (BOM variants add the byte order mark). */
export function encode(text: string, encoding: FixtureEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return iconv.encode(text, 'utf-8');
    case 'utf-8-bom':
      return iconv.encode(text, 'utf-8', { addBOM: true });
    case 'windows-1252':
      return iconv.encode(text, 'windows-1252');
    case 'utf-16le':
      return iconv.encode(text, 'utf-16le');
    case 'utf-16le-bom':
      return iconv.encode(`\uFEFF${text}`, 'utf-16le');
  }
}

/** Rows joined with a line ending (and one at the end, as Excel writes). */
export const lines = (rows: readonly string[], eol = '\r\n'): string => rows.map((r) => r + eol).join('');

/** A French Excel export: Windows-1252, `;`, CRLF, accented names and assorted phone forms. */
export const FRENCH_EXCEL = lines([
  'Prénom;Nom;Portable;Ville',
  'Élodie;Lefèvre;06 12 34 56 78;Besançon',
  'François;Gaëtan;+33 7 81 23 45 67;Orléans',
  'Noël;Cœur;0612345678;Saint-Étienne', // the number of line 2 again; œ is Windows-1252 only (0x9C)
  'Zoé;Dupré;0692 12 34 56;Saint-Denis',
  'Anaïs;Brûlé;12345;Nîmes',
  'Chloé;;0033 6 98 76 54 32;',
]);

export interface Parsed {
  rows: ContactRow[];
  batches: number[];
  summary: ContactImportSummary;
}

/** Feeds `bytes` in chunks of `chunkSize` (whole file by default) and collects everything. */
export function parseBytes(
  bytes: Uint8Array,
  options: ContactParserOptions,
  chunkSize: number = bytes.length || 1
): Parsed {
  const parser = createContactParser(options);
  const rows: ContactRow[] = [];
  const batches: number[] = [];
  const take = (out: ContactRow[][]): void => {
    for (const b of out) {
      batches.push(b.length);
      rows.push(...b);
    }
  };
  for (let i = 0; i < bytes.length; i += chunkSize) take(parser.write(bytes.subarray(i, i + chunkSize)));
  take(parser.end());
  return { rows, batches, summary: parser.summary() };
}

/** Chunks at irregular, seeded positions: boundaries land everywhere, reproducibly. */
export function randomChunks(bytes: Uint8Array, seed: number, max = 40): Uint8Array[] {
  let a = seed >>> 0;
  const random = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; ) {
    const size = 1 + Math.floor(random() * max);
    chunks.push(bytes.subarray(i, i + size));
    i += size;
  }
  return chunks;
}
