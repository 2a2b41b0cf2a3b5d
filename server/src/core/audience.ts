import { analyzeMessage, type AnalyzeOptions } from './analyze';
import { recipientCredits } from './costs';
import {
  compileTemplate,
  PersonalisationError,
  tryRender,
  type CompiledTemplate,
  type Defaults,
  type Fields,
} from './personalise';
import { normalizeShortLinkBase } from './short-links';
import { STATUS } from './status';
import type { Channel, Encoding } from './types';

/**
 * What validation decides for each row of the chosen lists, in the order of the lists and their
 * lines (seed 001's recap: every row counts as a recipient; invalid ones, duplicates across the
 * lists, excluded ones and messages that cannot be sent get their Annexe 3 code and no credit).
 * Opt-outs and exclusion lists are applied afterwards by the database, set-based.
 */
export interface AudienceOptions {
  channel: Channel;
  /** The message as sent, STOP mention included; absent for voice. */
  template?: string;
  defaults?: Defaults;
  analyze?: AnalyzeOptions;
  /** ISO countries the account may send to. */
  allowedCountries: readonly string[];
  /** Targets of `${track_1}`, `${track_2}` …, which may hold fields themselves. */
  trackedLinks?: readonly { url: string }[];
  /**
   * The fields of the chosen lists. A row that leaves one out has it empty (imports keep no empty
   * cells): its default applies, else nothing, as for a blank cell; not a personalisation error.
   */
  fieldNames?: readonly string[];
  /**
   * When set, each `${track_N}` is sent as `<base>/<code>` with a fresh code from `nextCode`, and
   * the decision lists the links to record (the target personalised for the row). Without it the
   * message carries the personalised targets themselves (test sends, dry runs).
   */
  shortLinks?: { base: string; nextCode: () => string };
}

/** A recipient's tracked link: N of `${track_N}`, the personalised target and the code sent. */
export interface RecipientLink {
  index: number;
  url: string;
  code: string;
}

export interface AudienceRow {
  /** E.164, or null when the number is not valid. */
  phone: string | null;
  country: string | null;
  valid: boolean;
  fields: Fields;
}

export interface RecipientDecision {
  /** 1 (to send) or the Annexe 3 code that keeps the row from being sent. */
  statusCode: number;
  text: string | null;
  encoding: Encoding | null;
  segments: number;
  credits: number;
  /** Only with `shortLinks`, for a row to send whose message has tracked links. */
  links?: RecipientLink[];
}

const notSent = (statusCode: number, segments = 0, encoding: Encoding | null = null): RecipientDecision => ({
  statusCode,
  text: null,
  encoding,
  segments,
  credits: 0,
});

/** A judge for one audience: it remembers the numbers it has seen, to flag duplicates. */
export function createAudienceJudge(options: AudienceOptions): (row: AudienceRow) => RecipientDecision {
  const allowed = new Set(options.allowedCountries);
  const compiled: CompiledTemplate | null =
    options.channel === 'sms' ? compileTemplate(options.template ?? '', options.defaults) : null;
  const links = (options.trackedLinks ?? []).map((link) => compileTemplate(link.url, options.defaults));
  const seen = new Set<string>();
  const blanks = options.fieldNames?.length ? Object.fromEntries(options.fieldNames.map((name) => [name, ''])) : null;

  const shortPrefix = options.shortLinks ? `${normalizeShortLinkBase(options.shortLinks.base)}/` : null;

  /** The text each `${track_N}` becomes, and with short links the links to record. */
  const linksFor = (fields: Fields): { targets: Record<string, string>; sent?: RecipientLink[] } | undefined => {
    if (links.length === 0) return undefined;
    const targets: Record<string, string> = {};
    if (!shortPrefix) {
      links.forEach((link, index) => (targets[`track_${index + 1}`] = link(fields)));
      return { targets };
    }
    const sent = links.map((link, index) => {
      const code = options.shortLinks!.nextCode();
      targets[`track_${index + 1}`] = shortPrefix + code;
      return { index: index + 1, url: link(fields), code };
    });
    return { targets, sent };
  };

  return (row) => {
    if (!row.valid || !row.phone) return notSent(STATUS.MALFORMED_NUMBER);
    if (!row.country || !allowed.has(row.country)) return notSent(STATUS.DESTINATION_NOT_ALLOWED);
    if (seen.has(row.phone)) return notSent(STATUS.DUPLICATE);
    seen.add(row.phone);
    if (!compiled) {
      return {
        statusCode: STATUS.PROCESSING,
        text: null,
        encoding: null,
        segments: 0,
        credits: recipientCredits({ channel: 'voice' }),
      };
    }
    const fields = blanks ? { ...blanks, ...row.fields } : row.fields;
    let tracked: ReturnType<typeof linksFor>;
    try {
      tracked = linksFor(fields);
    } catch (error) {
      if (error instanceof PersonalisationError) return notSent(error.statusCode);
      throw error;
    }
    const rendered = tryRender(compiled, fields, { links: tracked?.targets });
    if (!rendered.ok) return notSent(rendered.statusCode);
    const analysis = analyzeMessage(rendered.text, options.analyze);
    if (analysis.statusCode) return notSent(analysis.statusCode, analysis.segments, analysis.encoding);
    if (analysis.segments === 0) return notSent(STATUS.PERSONALISATION_ERROR);
    return {
      statusCode: STATUS.PROCESSING,
      text: analysis.text,
      encoding: analysis.encoding,
      segments: analysis.segments,
      credits: recipientCredits({ channel: 'sms', segments: analysis.segments }),
      ...(tracked?.sent ? { links: tracked.sent } : {}),
    };
  };
}
