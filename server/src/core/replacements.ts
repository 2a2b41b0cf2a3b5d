import { GSM7_COST } from './gsm';

/**
 * Non-GSM characters that have a faithful GSM-7 stand-in, so that a French (or European) message
 * keeps 160 characters per SMS instead of falling to 70 in UCS-2 (seed 001, "Remplacer les
 * caractères non GSM7": ç, â, ê, ë → c, a, e, e).
 *
 * Letters that ARE in GSM-7 are never replaced (é è ù à ì ò É Ç ä ö ñ ü Ä Ö Ñ Ü å Å æ Æ ø Ø ß):
 * a test checks that no key of this table is GSM-7 and every value is.
 */
const GROUPS: ReadonlyArray<readonly [replacement: string, characters: string]> = [
  // Latin letters: French first, then the rest of Latin-1 and Latin Extended-A (Polish,
  // Portuguese, Czech, Romanian, Turkish, Baltic...), folded to the base letter.
  ['a', 'áâãāăąǎ'],
  ['A', 'ÀÁÂÃĀĂĄǍ'],
  ['c', 'çćĉċč'],
  ['C', 'ĆĈĊČ'],
  ['d', 'ďđð'],
  ['D', 'ĎĐÐ'],
  ['e', 'êëēĕėęě'],
  ['E', 'ÈÊËĒĔĖĘĚ'],
  ['g', 'ĝğġģ'],
  ['G', 'ĜĞĠĢ'],
  ['h', 'ĥħ'],
  ['H', 'ĤĦ'],
  ['i', 'íîïĩīĭįıǐ'],
  ['I', 'ÌÍÎÏĨĪĬĮİǏ'],
  ['j', 'ĵ'],
  ['J', 'Ĵ'],
  ['k', 'ķ'],
  ['K', 'Ķ'],
  ['l', 'ĺļľŀł'],
  ['L', 'ĹĻĽĿŁ'],
  ['n', 'ńņň'],
  ['N', 'ŃŅŇ'],
  ['o', 'óôõōŏőǒ'],
  ['O', 'ÒÓÔÕŌŎŐǑ'],
  ['r', 'ŕŗř'],
  ['R', 'ŔŖŘ'],
  ['s', 'śŝşšșſ'],
  ['S', 'ŚŜŞŠȘ'],
  ['t', 'ţťŧț'],
  ['T', 'ŢŤŦȚ'],
  ['u', 'úûũūŭůűųǔ'],
  ['U', 'ÙÚÛŨŪŬŮŰŲǓ'],
  ['w', 'ŵ'],
  ['W', 'Ŵ'],
  ['y', 'ýÿŷ'],
  ['Y', 'ÝŸŶ'],
  ['z', 'źżž'],
  ['Z', 'ŹŻŽ'],
  // Typographic apostrophes and primes, then quotation marks (French guillemets included).
  ["'", '\u2019\u2018\u201A\u201B\u2032\u00B4\u0060\u2039\u203A'],
  ['"', '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'],
  // Dashes, hyphens and minus.
  ['-', '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2022\u2023\u25E6\u2043'],
  // Spaces: tab (not GSM-7), no-break, narrow no-break (French punctuation), fixed-width spaces.
  [' ', '\t\u00A0\u202F\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u205F\u3000'],
  // Invisible characters that only steer layout: dropped rather than paid for.
  ['', '\u00AD\u200B\u200C\u200D\u2060\uFEFF'],
  ['\n', '\u2028\u2029'],
  ['.', '\u00B7'],
  ['/', '\u2044\u00F7'],
  ['x', '\u00D7'],
  ['^', '\u02C6'],
  ['~', '\u02DC'],
  ['o', '\u00B0\u00BA'],
  ['a', '\u00AA'],
  ['1', '\u00B9'],
  ['2', '\u00B2'],
  ['3', '\u00B3'],
];

/** Multi-character stand-ins. */
const SINGLES: Readonly<Record<string, string>> = {
  '\u0153': 'oe', // œ
  '\u0152': 'OE', // Œ
  '\u0133': 'ij',
  '\u0132': 'IJ',
  '\u00FE': 'th', // þ
  '\u00DE': 'TH', // Þ
  '\u1E9E': 'SS', // capital sharp s; the small ß is GSM-7
  '\u0149': "'n",
  '\u2026': '...', // …
  '\u00A9': '(c)',
  '\u00AE': '(R)',
  '\u2122': 'TM',
  '\u00BD': '1/2',
  '\u00BC': '1/4',
  '\u00BE': '3/4',
};

/**
 * Combining diacritics left over after NFC (no precomposed form exists, e.g. "q̃") are dropped:
 * the base letter stays, which is exactly what replacing non-GSM characters means.
 */
const COMBINING_MARKS_FROM = 0x0300;
const COMBINING_MARKS_TO = 0x036f;

function build(): Map<number, string> {
  const map = new Map<number, string>();
  const add = (character: string, replacement: string): void => {
    if (character.length !== 1) throw new Error(`replacement key must be one code unit: ${character}`);
    const code = character.charCodeAt(0);
    if (GSM7_COST[code] !== 0) throw new Error(`GSM-7 character must not be replaced: ${character}`);
    if (map.has(code)) throw new Error(`replacement defined twice: ${character}`);
    map.set(code, replacement);
  };
  for (const [replacement, characters] of GROUPS) for (const c of characters) add(c, replacement);
  for (const [c, replacement] of Object.entries(SINGLES)) add(c, replacement);
  for (let code = COMBINING_MARKS_FROM; code <= COMBINING_MARKS_TO; code++) {
    add(String.fromCharCode(code), '');
  }
  return map;
}

/** Non-GSM code unit → GSM-7 replacement (possibly empty or several characters). */
export const GSM7_REPLACEMENTS: ReadonlyMap<number, string> = build();

/** Septet cost of each replacement, precomputed so counting never re-reads the replacement. */
export const GSM7_REPLACEMENT_COST: ReadonlyMap<number, number> = (() => {
  const costs = new Map<number, number>();
  for (const [code, replacement] of GSM7_REPLACEMENTS) {
    let septets = 0;
    for (let i = 0; i < replacement.length; i++) septets += GSM7_COST[replacement.charCodeAt(i)]!;
    costs.set(code, septets);
  }
  return costs;
})();

/** The GSM-7 stand-in for one character, or undefined when it has none. */
export function gsm7ReplacementFor(character: string): string | undefined {
  return character.length === 1 ? GSM7_REPLACEMENTS.get(character.charCodeAt(0)) : undefined;
}

/** Replaces every replaceable non-GSM character; other characters are kept as they are. */
export function replaceNonGsm(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const replacement = GSM7_REPLACEMENTS.get(text.charCodeAt(i));
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
