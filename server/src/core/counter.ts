import { analyzeMessage, type AnalyzeOptions, type MessageAnalysis } from './analyze';
import { GSM7_COST, isGsm7 } from './gsm';
import { fieldKey, parseTemplate, resolveFieldName, type Defaults, type Fields } from './personalise';

/**
 * What the editor's counter measures: the longest message any recipient can get (seed 001: "le
 * nombre de caractères du champ le plus long est automatiquement ajouté", the STOP mention
 * included, tracked links at their short length).
 */

/** Length of a tracked short link as sent, e.g. `clic-ici.net/123456`. */
export const DEFAULT_TRACKED_LINK_LENGTH = 19;
export const DEFAULT_STOP_SHORT_CODE = '36184';

/** `STOP 36184`: the free opt-out French marketing SMS must carry (seed 001). */
export function buildStopMention(shortCode: string = DEFAULT_STOP_SHORT_CODE): string {
  return `STOP ${shortCode.trim()}`;
}

/**
 * Appends the mention on a line of its own. Idempotent: a text whose last line already is the
 * mention (any case, surrounding spaces ignored) is returned unchanged, so re-saving a draft never
 * stacks two mentions. Trailing spaces and blank lines before it are dropped: they would be paid.
 */
export function appendStopMention(text: string, mention: string): string {
  const wanted = mention.trim();
  if (wanted === '') return text;
  const body = text.replace(/\s+$/u, '');
  const lastLine = body.slice(body.lastIndexOf('\n') + 1).trim();
  if (lastLine.toLowerCase() === wanted.toLowerCase()) return body;
  return body === '' ? wanted : `${body}\n${wanted}`;
}

/** Size of a value in bits as sent: 7 per septet in GSM-7, 16 per UTF-16 unit otherwise. */
function bits(value: string): number {
  let septets = 0;
  for (let i = 0; i < value.length; i++) {
    const cost = GSM7_COST[value.charCodeAt(i)]!;
    if (cost === 0) return value.length * 16;
    septets += cost;
  }
  return septets * 7;
}

export interface FieldStats {
  /** The value that weighs most in a message (extension characters count double). */
  longest: string;
  /** Recipients whose value is empty (the admin shows such fields in pink, seed 001). */
  empty: number;
  /** Some value is not GSM-7 as is (it may still be replaceable). */
  hasNonGsm: boolean;
}

/** One pass over the audience's field values, for the counter and the "empty cells" warning. */
export function collectFieldStats(rows: Iterable<Fields>, fields?: readonly string[]): Record<string, FieldStats> {
  const stats: Record<string, FieldStats & { weight: number }> = {};
  for (const row of rows) {
    for (const name of fields ?? Object.keys(row)) {
      const entry = (stats[name] ??= { longest: '', empty: 0, hasNonGsm: false, weight: 0 });
      const raw = row[name];
      const value = raw === null || raw === undefined ? '' : String(raw).trim();
      if (value === '') {
        entry.empty++;
        continue;
      }
      const w = bits(value);
      if (!entry.hasNonGsm && !isGsm7(value)) entry.hasNonGsm = true;
      if (w > entry.weight) {
        entry.weight = w;
        entry.longest = value;
      }
    }
  }
  const out: Record<string, FieldStats> = {};
  for (const [name, { longest, empty, hasNonGsm }] of Object.entries(stats)) out[name] = { longest, empty, hasNonGsm };
  return out;
}

export interface WorstCaseOptions {
  /** Longest value per field (`collectFieldStats(...)[field].longest` or known maxima). */
  longestValues?: Readonly<Record<string, string>>;
  defaults?: Defaults;
  /** Characters a tracked link takes once shortened. Default 19. */
  trackedLinkLength?: number;
  /** Appended on its own line (marketing campaigns), e.g. `buildStopMention('36184')`. */
  stopMention?: string;
}

/**
 * The longest text a recipient can receive: each field at max(its longest value, its default),
 * each tracked link as a GSM-7 stand-in of the short length, and the STOP mention. A field with
 * no known value and no default counts as empty (the audience is not loaded yet).
 */
export function worstCaseMessage(template: string, options: WorstCaseOptions = {}): string {
  const { placeholders } = parseTemplate(template);
  const longest = options.longestValues ?? {};
  const defaults = options.defaults ?? {};
  const linkLength = options.trackedLinkLength ?? DEFAULT_TRACKED_LINK_LENGTH;
  let out = '';
  let from = 0;
  for (const p of placeholders) {
    out += template.slice(from, p.start);
    from = p.end;
    if (p.kind === 'link') {
      out += 'x'.repeat(Math.max(0, linkLength));
      continue;
    }
    const value = pick(p.name, longest);
    const fallback = pick(p.name, defaults as Readonly<Record<string, string>>);
    out += bits(fallback) > bits(value) ? fallback : value;
  }
  out += template.slice(from);
  return options.stopMention ? appendStopMention(out, options.stopMention) : out;
}

function pick(name: string, values: Readonly<Record<string, string | null | undefined>>): string {
  const key = name in values ? name : resolveFieldName(name, Object.keys(values));
  const value = key === undefined ? undefined : values[key];
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The counter: `analyzeMessage` of the worst case. */
export function maxRenderedLength(
  template: string,
  options: WorstCaseOptions = {},
  analyzeOptions?: AnalyzeOptions
): MessageAnalysis {
  return analyzeMessage(worstCaseMessage(template, options), analyzeOptions);
}

/** Fields a template uses that the audience does not have (they will fail with status 5). */
export function unknownTemplateFields(
  template: string,
  available: readonly string[],
  defaults: Defaults = {}
): string[] {
  const keys = new Set([...available, ...Object.keys(defaults)].map(fieldKey));
  return parseTemplate(template).fields.filter((name) => !keys.has(fieldKey(name)));
}
