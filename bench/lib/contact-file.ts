/**
 * The import benchmarks' file, as issue 4 describes it: one phone column and six fields,
 * Windows-1252 with `;`, 80 % valid French mobiles in assorted formats, 5 % duplicates, 5 %
 * invalid values and 10 % other valid numbers (fixed lines, overseas, foreign). Deterministic
 * for a seed; written in pieces so that a million rows never sit in memory at once.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';
import { pick, prng } from '../../server/src/core/__tests__/fixtures/generators';

const FIRST = [
  'Élodie',
  'François',
  'Zoé',
  'Noël',
  'Anaïs',
  'Jérôme',
  'Hélène',
  'Loïc',
  'Cécile',
  'Gaëtan',
  'Marie',
  'Jean',
];
const LAST = ['Lefèvre', 'Dupré', 'Brûlé', 'Cœur', 'Martin', 'Bernard', 'Thévenin', 'Garçon', 'Petit', 'Moreau'];
const CITIES = ['Besançon', 'Orléans', 'Saint-Étienne', 'Nîmes', 'Paris', 'Lyon', 'Évry', 'Montréal-la-Cluse'];
const FORMS: ((nsn: string) => string)[] = [
  (n) => `0${n}`,
  (n) => `0${n}`.replace(/(..)(?=.)/g, '$1 '),
  (n) => `0${n}`.replace(/(..)(?=.)/g, '$1.'),
  (n) => `+33${n}`,
  (n) => `+33 ${n[0]} ${n.slice(1).replace(/(..)(?=.)/g, '$1 ')}`,
  (n) => `0033${n}`,
  (n) => n, // the leading zero a spreadsheet dropped
];
/** Allocated French mobile ranges (06 1x–8x, 07 5x–8x): with 7 more digits, a million distinct numbers. */
const MOBILE_PREFIXES = ['61', '62', '63', '64', '65', '66', '67', '68', '75', '76', '77', '78'];
const OTHERS: ((k: number, digits: (n: number) => string) => string)[] = [
  (k, d) => `0${1 + (k % 4)} 4${d(1)} ${d(2)} ${d(2)} ${d(2)}`,
  (k, d) => `0${1 + (k % 4)}4${d(7)}`,
  (_, d) => `0692 12 ${d(2)} ${d(2)}`,
  (_, d) => `+32 47${d(1)} ${d(2)} ${d(2)} ${d(2)}`,
  (_, d) => `+41 7${6 + (Number(d(1)) % 4)} ${d(3)} ${d(2)} ${d(2)}`,
];
const INVALID: ((digits: (n: number) => string) => string)[] = [
  (d) => `06 ${d(2)} ${d(2)}`,
  (d) => `+33 6 ${d(2)}`,
  (d) => d(5),
  (d) => `06${d(12)}`,
  () => 'n/a',
  () => '',
  (d) => `Tél: 06${d(8)}`,
];

export const CONTACT_FILE_HEADER = 'Portable;Prénom;Nom;Ville;Code postal;Email;Date inscription';

export interface ContactFileFacts {
  rows: number;
  bytes: number;
  /** French mobiles written once: what a contact list of an account sending to France keeps. */
  distinctFrenchMobiles: number;
  /** Numbers written again (valid whatever the allowed countries). */
  duplicates: number;
  /** Values that are no phone number at all. */
  invalid: number;
}

/** Writes the file at `path`; returns what it holds. */
export function writeContactFile(path: string, rows: number, seed = 2026): ContactFileFacts {
  const random = prng(seed);
  const digits = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(random() * 10);
    return s;
  };
  const fd = openSync(path, 'w');
  let bytes = 0;
  const flush = (text: string) => {
    const encoded = iconv.encode(text, 'windows-1252');
    writeSync(fd, encoded);
    bytes += encoded.length;
  };
  let mobiles = 0;
  const others = new Set<string>();
  let duplicates = 0;
  let invalid = 0;
  let text = `${CONTACT_FILE_HEADER}\r\n`;
  try {
    for (let i = 0; i < rows; i++) {
      const r = random();
      let phone: string;
      if (r < 0.8 || mobiles === 0) {
        const nsn = `${MOBILE_PREFIXES[mobiles % MOBILE_PREFIXES.length]}${String(Math.floor(mobiles / MOBILE_PREFIXES.length)).padStart(7, '0')}`;
        mobiles++;
        phone = pick(random, FORMS)(nsn);
      } else if (r < 0.85) {
        const k = Math.floor(random() * mobiles);
        const nsn = `${MOBILE_PREFIXES[k % MOBILE_PREFIXES.length]}${String(Math.floor(k / MOBILE_PREFIXES.length)).padStart(7, '0')}`;
        phone = pick(random, FORMS)(nsn);
        duplicates++;
      } else if (r < 0.9) {
        phone = pick(random, INVALID)(digits);
        invalid++;
      } else {
        phone = pick(random, OTHERS)(i, digits);
        const key = phone.replace(/\D/g, '');
        if (others.has(key)) duplicates++; // rare collisions of random digits are duplicates too
        others.add(key);
      }
      const first = pick(random, FIRST);
      const last = pick(random, LAST);
      const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
      text += `${phone};${first};${last};${pick(random, CITIES)};${10000 + Math.floor(random() * 85000)};${first.toLowerCase()}.${i}@exemple.fr;${day}/03/2025\r\n`;
      if (text.length > 1 << 20) {
        flush(text);
        text = '';
      }
    }
    flush(text);
  } finally {
    closeSync(fd);
  }
  return { rows, bytes, distinctFrenchMobiles: mobiles, duplicates, invalid };
}
