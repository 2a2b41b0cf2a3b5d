/**
 * Grapheme-cluster rules shared by the UCS-2 segment counter (analyze.ts) and the splitter
 * (segments.ts), so that the parts sent are the parts counted.
 */

/**
 * The parts of the Unicode grapheme rules (UAX #29) that occur in messages: combining marks,
 * variation selectors, emoji modifiers, keycaps, tags, ZWJ sequences and flag pairs. Scripts with
 * spacing marks (Devanagari…) or Hangul jamo may split differently from a full segmenter; that can
 * only move a part boundary by a cluster, never split a surrogate pair.
 */
export function extendsCluster(cp: number, previous: number, secondRegional: boolean): boolean {
  if (cp === 0x200d || secondRegional) return true;
  if (previous === 0x200d) return cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf);
  return (
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}
