import { extendsCluster } from './graphemes';
import { GSM7_COST, GSM7_MULTI_SEGMENT, GSM7_SINGLE_SEGMENT, UCS2_MULTI_SEGMENT, UCS2_SINGLE_SEGMENT } from './gsm';
import type { Encoding } from './types';

/**
 * The text of each SMS part, packed exactly as `analyzeMessage` counts them (so a gateway sends
 * the parts that were billed): GSM-7 parts hold 153 septets and never split an escape pair; UCS-2
 * parts hold 67 code units and never split a grapheme cluster (hence never a surrogate pair),
 * except a single cluster longer than a part, which is cut between code points.
 * The text is taken as given: normalise it first (analyzeMessage's `text` is NFC already).
 */
export function splitIntoSegments(text: string, encoding: Encoding): string[] {
  if (text.length === 0) return [];
  return encoding === 'GSM-7' ? splitGsm7(text) : splitUcs2(text);
}

function splitGsm7(text: string): string[] {
  let septets = 0;
  for (let i = 0; i < text.length; i++) septets += GSM7_COST[text.charCodeAt(i)] || 1;
  if (septets <= GSM7_SINGLE_SEGMENT) return [text];
  const parts: string[] = [];
  let start = 0;
  let fill = 0;
  for (let i = 0; i < text.length; i++) {
    // A character outside GSM-7 is the caller's mistake; count it as one septet (it becomes a space).
    const cost = GSM7_COST[text.charCodeAt(i)] || 1;
    if (fill + cost > GSM7_MULTI_SEGMENT) {
      parts.push(text.slice(start, i));
      start = i;
      fill = 0;
    }
    fill += cost;
  }
  parts.push(text.slice(start));
  return parts;
}

function splitUcs2(text: string): string[] {
  if (text.length <= UCS2_SINGLE_SEGMENT) return [text];
  const clusters: string[] = [];
  let previous = -1;
  let regionalRun = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const regional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
    const piece = text.slice(i, i + size);
    if (clusters.length > 0 && extendsCluster(cp, previous, regional && regionalRun % 2 === 1)) {
      clusters[clusters.length - 1] += piece;
    } else clusters.push(piece);
    regionalRun = regional ? regionalRun + 1 : 0;
    previous = cp;
    i += size;
  }
  const parts: string[] = [];
  let current = '';
  for (const cluster of clusters) {
    if (current.length + cluster.length <= UCS2_MULTI_SEGMENT) {
      current += cluster;
      continue;
    }
    if (current.length > 0) parts.push(current);
    current = cluster;
    while (current.length > UCS2_MULTI_SEGMENT) {
      let cut = UCS2_MULTI_SEGMENT;
      const code = current.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
      parts.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
