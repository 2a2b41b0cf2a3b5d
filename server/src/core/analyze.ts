import { replaceEmojiShortcuts } from './emoji';
import { GSM7_COST, GSM7_MULTI_SEGMENT, GSM7_SINGLE_SEGMENT, UCS2_MULTI_SEGMENT, UCS2_SINGLE_SEGMENT } from './gsm';
import { extendsCluster } from './graphemes';
import { GSM7_REPLACEMENT_COST, GSM7_REPLACEMENTS, replaceNonGsm } from './replacements';
import { STATUS } from './status';
import type { Encoding } from './types';

export interface AnalyzeOptions {
  /** Allow UCS-2 (70 characters per SMS) when the text needs it. Default false. */
  allowUnicode?: boolean;
  /** Replace non-GSM characters that have a GSM-7 stand-in (ç → c, ’ → '). Default true. */
  replaceNonGsm?: boolean;
  /** Turn standalone shortcuts such as `;-)` into emoji; only with `allowUnicode`. Default false. */
  emoji?: boolean;
  /** Longest message allowed, in SMS segments (seed 001: up to 918 GSM-7 characters). Default 6. */
  maxSegments?: number;
}

export interface Replacement {
  from: string;
  to: string;
}

export interface MessageAnalysis {
  encoding: Encoding;
  /** GSM-7 septets (extension characters count 2) or UTF-16 code units. */
  units: number;
  /** SMS parts; 0 for an empty text. */
  segments: number;
  /** 160 / 70 for a single SMS, 153 / 67 once concatenated. */
  unitsPerSegment: number;
  /** Units left in the last segment (the editor's "145/160"). */
  remaining: number;
  /** Distinct characters (code points) outside GSM-7, in order of appearance, before replacement. */
  nonGsmCharacters: readonly string[];
  /** The text to send: NFC, emoji shortcuts applied, non-GSM characters replaced when they were. */
  text: string;
  /** segments > maxSegments. */
  tooLong: boolean;
  /** Units that `maxSegments` segments hold in this encoding. */
  maxUnits: number;
  /** Set when the text cannot be sent as is: 6 = needs UCS-2 but unicode is off; 7 = too long. */
  statusCode?: 6 | 7;
  /** The substitutions applied to `text` (distinct, in order of appearance). */
  replacements: readonly Replacement[];
  /** Non-GSM characters that have no GSM-7 stand-in: they alone force UCS-2. */
  unreplaceableCharacters: readonly string[];
}

const EMPTY: readonly never[] = Object.freeze([]);

// Module-local aliases: transpiled CommonJS reads imported bindings through getters, a cost the
// hot loop below must not pay per character.
const COST: Uint8Array = GSM7_COST;
const REPLACEMENTS: ReadonlyMap<number, string> = GSM7_REPLACEMENTS;
const REPLACEMENT_COST: ReadonlyMap<number, number> = GSM7_REPLACEMENT_COST;
const GSM_SINGLE = GSM7_SINGLE_SEGMENT;
const GSM_MULTI = GSM7_MULTI_SEGMENT;
const UCS_SINGLE = UCS2_SINGLE_SEGMENT;
const UCS_MULTI = UCS2_MULTI_SEGMENT;
const DEFAULT_MAX_SEGMENTS = 6;

/*
 * Semantics, in order:
 * 1. The text is NFC-normalised ("e" + U+0301 is the GSM-7 "é").
 * 2. With `emoji` and `allowUnicode`, standalone shortcuts become emoji.
 * 3. Only GSM-7 characters → GSM-7, text unchanged.
 * 4. Otherwise, if `replaceNonGsm` is on and EVERY non-GSM character has a stand-in → GSM-7 with
 *    the replaced text. Replacing is all-or-nothing: as soon as one character needs UCS-2 anyway,
 *    the message keeps its original characters (no point degrading "ça" in a message that is
 *    UCS-2 for its emoji).
 * 5. Otherwise the text needs UCS-2 and is counted as such; without `allowUnicode` it cannot be
 *    sent and statusCode is 6 (seed 001, Annexe 3). Too many segments gives 7; 6 wins over 7.
 *
 * Segments are packed greedily, as the handset reassembles them: an escape pair (GSM-7) and a
 * grapheme cluster (UCS-2: surrogate pair, emoji with skin tone, ZWJ sequence, flag, keycap) never
 * straddle two parts. That is what Twilio's calculator does, and what makes 153 × "]" 3 parts.
 */
export function analyzeMessage(input: string, options?: AnalyzeOptions): MessageAnalysis {
  const allowUnicode = options?.allowUnicode === true;
  const replace = options?.replaceNonGsm !== false;
  const maxSegments = options?.maxSegments ?? DEFAULT_MAX_SEGMENTS;
  let text = toNfc(input);
  if (allowUnicode && options?.emoji === true) text = replaceEmojiShortcuts(text);

  // One pass: GSM-7 septets and greedy 153-septet packing, counting each replaceable character
  // at its stand-in's cost, so the replaced text never has to be built just to be measured.
  const length = text.length;
  let septets = 0;
  let fill = 0;
  let parts = 1;
  let nonGsm: string[] | undefined;
  let unreplaceable: string[] | undefined;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const cost = COST[code]!;
    if (cost !== 0) {
      septets += cost;
      if (fill + cost > GSM_MULTI) {
        parts++;
        fill = cost;
      } else fill += cost;
      continue;
    }
    const character = codePointAt(text, i, code);
    if (character.length === 2) i++;
    if (nonGsm === undefined) nonGsm = [character];
    else if (!nonGsm.includes(character)) nonGsm.push(character);
    const replacement = character.length === 1 ? REPLACEMENTS.get(code) : undefined;
    if (replacement === undefined) {
      if (unreplaceable === undefined) unreplaceable = [character];
      else if (!unreplaceable.includes(character)) unreplaceable.push(character);
      continue;
    }
    if (unreplaceable !== undefined || !replace) continue; // UCS-2 anyway: stop counting septets
    septets += REPLACEMENT_COST.get(code)!;
    for (let r = 0; r < replacement.length; r++) {
      const c = COST[replacement.charCodeAt(r)]!;
      if (fill + c > GSM_MULTI) {
        parts++;
        fill = c;
      } else fill += c;
    }
  }

  if (nonGsm === undefined || (replace && unreplaceable === undefined)) {
    const single = septets <= GSM_SINGLE;
    const segments = septets === 0 ? 0 : single ? 1 : parts;
    return result(
      'GSM-7',
      septets,
      segments,
      single ? GSM_SINGLE : GSM_MULTI,
      single ? GSM_SINGLE - septets : GSM_MULTI - fill,
      nonGsm === undefined ? text : replaceNonGsm(text),
      nonGsm ?? EMPTY,
      nonGsm === undefined ? EMPTY : nonGsm.map((from) => ({ from, to: REPLACEMENTS.get(from.charCodeAt(0))! })),
      EMPTY,
      maxSegments,
      GSM_SINGLE,
      GSM_MULTI,
      false
    );
  }

  const units = text.length;
  const single = units <= UCS_SINGLE;
  const packing = single ? undefined : packUcs2(text);
  return result(
    'UCS-2',
    units,
    single ? 1 : packing!.segments,
    single ? UCS_SINGLE : UCS_MULTI,
    single ? UCS_SINGLE - units : UCS_MULTI - packing!.lastFill,
    text,
    nonGsm,
    EMPTY,
    replace ? unreplaceable! : nonGsm,
    maxSegments,
    UCS_SINGLE,
    UCS_MULTI,
    !allowUnicode
  );
}

function result(
  encoding: Encoding,
  units: number,
  segments: number,
  unitsPerSegment: number,
  remaining: number,
  text: string,
  nonGsmCharacters: readonly string[],
  replacements: readonly Replacement[],
  unreplaceableCharacters: readonly string[],
  maxSegments: number,
  singleSize: number,
  multiSize: number,
  unicodeRefused: boolean
): MessageAnalysis {
  const tooLong = segments > maxSegments;
  const analysis: MessageAnalysis = {
    encoding,
    units,
    segments,
    unitsPerSegment,
    remaining,
    nonGsmCharacters,
    text,
    tooLong,
    maxUnits: maxSegments <= 1 ? singleSize * Math.max(maxSegments, 0) : maxSegments * multiSize,
    replacements,
    unreplaceableCharacters,
  };
  if (unicodeRefused) analysis.statusCode = STATUS.UCS2_NOT_ALLOWED;
  else if (tooLong) analysis.statusCode = STATUS.TOO_LONG;
  return analysis;
}

/**
 * No code unit below U+0300 can change under NFC (combining marks start there), so the common
 * Latin text skips the ICU call entirely.
 */
function toNfc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x300) return text.normalize('NFC');
  }
  return text;
}

function codePointAt(text: string, i: number, code: number): string {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i]!;
}

/** Greedy packing of grapheme clusters into 67-unit parts. */
function packUcs2(text: string): { segments: number; lastFill: number } {
  let segments = 1;
  let fill = 0;
  let cluster = 0;
  let previous = -1;
  let regionalRun = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const regional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
    if (cluster > 0 && extendsCluster(cp, previous, regional && regionalRun % 2 === 1)) {
      cluster += size;
    } else {
      if (cluster > 0) {
        if (fill + cluster > UCS_MULTI) {
          segments++;
          fill = cluster;
        } else fill += cluster;
      }
      cluster = size;
    }
    regionalRun = regional ? regionalRun + 1 : 0;
    previous = cp;
    i += size;
  }
  if (fill + cluster > UCS_MULTI) {
    segments++;
    fill = cluster;
  } else fill += cluster;
  return { segments, lastFill: fill };
}
