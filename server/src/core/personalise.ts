import { STATUS } from './status';

/**
 * Personalisation of `${Field}` placeholders (seed 001: `Bonjour ${Prénom}`), with per-field
 * default values for empty cells, and tracked links `${track_1}`, `${track_2}`… that the
 * dispatcher fills with each recipient's short link.
 *
 * Rules:
 * - A placeholder is `${` + a name + `}`; the name is trimmed and may hold accents and spaces
 *   (`${Code postal}`). An unclosed `${` or an empty `${}` is literal text.
 * - A name is looked up exactly first, then ignoring case, accents, spaces, `_` and `-`, so that
 *   `${prenom}` finds the column "Prénom" and `${CODE_POSTAL}` finds "Code postal". When that
 *   loose match finds two columns and neither is exact, the placeholder is ambiguous: an error.
 * - Values are trimmed; an empty value (missing, null, blank) takes the field's default, or
 *   renders as nothing when there is none.
 * - A name that is neither a field of the recipient nor a field with a default is an error:
 *   the recipient gets status 5 "Erreur de personnalisation" (seed 001, Annexe 3).
 * - `track_N` names are tracked links, taken from `links` (or from the fields); a missing link
 *   is an error too: sending a message with a dead `${track_1}` in it would be worse.
 */

export type FieldValue = string | number | boolean | null | undefined;
export type Fields = Readonly<Record<string, FieldValue>>;
export type Defaults = Readonly<Record<string, string | null | undefined>>;

export type PersonalisationErrorCode = 'unknown-field' | 'ambiguous-field' | 'missing-link';

export class PersonalisationError extends Error {
  /** The recipient status the dispatcher records. */
  readonly statusCode = STATUS.PERSONALISATION_ERROR;

  constructor(
    readonly code: PersonalisationErrorCode,
    readonly field: string
  ) {
    super(`${code}: ${field}`);
    this.name = 'PersonalisationError';
  }
}

export interface Placeholder {
  /** The name as written, trimmed. */
  name: string;
  kind: 'field' | 'link';
  /** Offsets of `${…}` in the template. */
  start: number;
  end: number;
}

export interface ParsedTemplate {
  /** Distinct field names, in order of first use. */
  fields: string[];
  /** Distinct tracked-link names (`track_1`…), in order of first use. */
  links: string[];
  placeholders: Placeholder[];
}

const TRACKED_LINK = /^track_\d+$/i;

export function isTrackedLinkName(name: string): boolean {
  return TRACKED_LINK.test(name);
}

export function parseTemplate(template: string): ParsedTemplate {
  const placeholders: Placeholder[] = [];
  let from = 0;
  for (;;) {
    const start = template.indexOf('${', from);
    if (start < 0) break;
    const close = template.indexOf('}', start + 2);
    if (close < 0) break;
    const name = template.slice(start + 2, close).trim();
    // A `${` inside the name means the first one was literal: resume at the inner one.
    const inner = template.indexOf('${', start + 2);
    if (inner >= 0 && inner < close) {
      from = inner;
      continue;
    }
    if (name !== '') {
      placeholders.push({ name, kind: isTrackedLinkName(name) ? 'link' : 'field', start, end: close + 1 });
    }
    from = close + 1;
  }
  const distinct = (kind: Placeholder['kind']): string[] => [
    ...new Set(placeholders.filter((p) => p.kind === kind).map((p) => p.name)),
  ];
  return { fields: distinct('field'), links: distinct('link'), placeholders };
}

/** The loose key: case, accents, spaces, `_` and `-` do not count. */
export function fieldKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

function isEmpty(value: FieldValue): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function asText(value: FieldValue): string {
  return typeof value === 'string' ? value.trim() : String(value);
}

/** Finds `name` among the keys of `record`: exactly, else loosely (see the rules above). */
export function resolveFieldName(name: string, keys: Iterable<string>): string | undefined {
  const wanted = fieldKey(name);
  let found: string | undefined;
  for (const key of keys) {
    if (key === name) return key;
    if (fieldKey(key) !== wanted) continue;
    if (found !== undefined) throw new PersonalisationError('ambiguous-field', name);
    found = key;
  }
  return found;
}

export interface RenderOptions {
  /** Short links by placeholder name (`track_1` → `clic-ici.net/ab12cd`). */
  links?: Readonly<Record<string, string>>;
}

export type CompiledTemplate = ((fields: Fields, options?: RenderOptions) => string) & {
  readonly parsed: ParsedTemplate;
};

/**
 * Compiles a template once for a whole audience. Name resolution (exact or loose) is cached per
 * placeholder, so rendering a recipient is a few property reads and concatenations.
 */
export function compileTemplate(template: string, defaults: Defaults = {}): CompiledTemplate {
  const parsed = parseTemplate(template);
  const literals: string[] = [];
  let from = 0;
  for (const p of parsed.placeholders) {
    literals.push(template.slice(from, p.start));
    from = p.end;
  }
  literals.push(template.slice(from));
  const names = parsed.placeholders.map((p) => p.name);
  const links = parsed.placeholders.map((p) => p.kind === 'link');
  const defaultFor = names.map((name) => {
    const key = resolveFieldName(name, Object.keys(defaults));
    const value = key === undefined ? undefined : defaults[key];
    return isEmpty(value) ? undefined : asText(value);
  });
  // Last key that resolved for each placeholder: recipients of one list share their columns.
  const resolved: (string | undefined)[] = names.slice();

  const valueOf = (i: number, fields: Fields, options: RenderOptions | undefined): string => {
    const name = names[i]!;
    if (links[i]) {
      const link = options?.links?.[name] ?? lookup(i, fields);
      if (isEmpty(link)) throw new PersonalisationError('missing-link', name);
      return asText(link);
    }
    const value = lookup(i, fields);
    if (!isEmpty(value)) return asText(value);
    const fallback = defaultFor[i];
    if (fallback !== undefined) return fallback;
    if (value === undefined && !hasField(i, fields)) throw new PersonalisationError('unknown-field', name);
    return '';
  };
  const hasField = (i: number, fields: Fields): boolean => {
    const key = resolved[i];
    return key !== undefined && Object.prototype.hasOwnProperty.call(fields, key);
  };
  const lookup = (i: number, fields: Fields): FieldValue => {
    const key = resolved[i]!;
    if (Object.prototype.hasOwnProperty.call(fields, key)) return fields[key];
    const found = resolveFieldName(names[i]!, Object.keys(fields));
    if (found === undefined) return undefined;
    resolved[i] = found;
    return fields[found];
  };

  const render = (fields: Fields, options?: RenderOptions): string => {
    let out = literals[0]!;
    for (let i = 0; i < names.length; i++) out += valueOf(i, fields, options) + literals[i + 1]!;
    return out;
  };
  return Object.assign(render, { parsed });
}

/** One-off rendering; for an audience, compile once with `compileTemplate`. */
export function renderMessage(template: string, fields: Fields, defaults?: Defaults, options?: RenderOptions): string {
  return compileTemplate(template, defaults)(fields, options);
}

export type RenderResult =
  | { ok: true; text: string }
  | { ok: false; error: PersonalisationError; statusCode: typeof STATUS.PERSONALISATION_ERROR };

/** Rendering that reports instead of throwing, for loops over recipients. */
export function tryRender(compiled: CompiledTemplate, fields: Fields, options?: RenderOptions): RenderResult {
  try {
    return { ok: true, text: compiled(fields, options) };
  } catch (error) {
    if (error instanceof PersonalisationError) return { ok: false, error, statusCode: error.statusCode };
    throw error;
  }
}
