import type { AudienceField } from '../../../../../server/src/contracts/wizard';
import { analyzeMessage, type AnalyzeOptions, type MessageAnalysis } from '../../../../../server/src/core/analyze';
import {
  appendStopMention,
  buildStopMention,
  DEFAULT_TRACKED_LINK_LENGTH,
  maxRenderedLength,
  worstCaseMessage,
} from '../../../../../server/src/core/counter';
import { renderMessage, type Fields } from '../../../../../server/src/core/personalise';
import { gsm7ReplacementFor } from '../../../../../server/src/core/replacements';

/**
 * The pure part of the message editor: what the counter, the preview and the URL tracking compute
 * from the step's value. Every rule is core's (the server validates with the same functions), so
 * the editor never has a count of its own.
 */

export type CampaignKind = 'marketing' | 'notification';

export interface MessageOptionsValue {
  allowUnicode?: boolean;
  replaceNonGsm?: boolean;
  emoji?: boolean;
}

export interface TrackedLinkValue {
  url: string;
  /** Seed 002's image link: the Media Library image the short link opens on a hosted page. */
  imageId?: number;
  preview?: { title?: string; description?: string; imageId?: number };
}

export interface MessageStepValue {
  /** '' = the account's short code. */
  sender: string;
  /** May hold `${Field}` and `${track_N}`; the STOP mention is not part of it. */
  message: string;
  messageOptions: MessageOptionsValue;
  /** null = default `STOP <short code>`; '' = explicitly removed. */
  stopMention: string | null;
  fieldDefaults: Record<string, string>;
  trackedLinks: TrackedLinkValue[];
}

/** The variable of a field as the user writes it: `Prénom` for `${Prénom}` (either form may come in). */
export const fieldNameOf = (field: Pick<AudienceField, 'name'>): string => {
  const match = /^\$\{(.*)\}$/.exec(field.name.trim());
  return (match ? match[1]! : field.name).trim();
};

export const fieldToken = (name: string) => `\${${name}}`;

/** The mention the message ends with, or '' when there is none (notification, or removed). */
export const stopMentionOf = (kind: CampaignKind, stopMention: string | null, shortCode: string): string => {
  if (kind === 'notification') return '';
  return stopMention === null ? buildStopMention(shortCode) : stopMention.trim();
};

/** Core's options, with the seed's defaults (replace non-GSM characters: on) and the account's limit. */
export const analyzeOptionsOf = (options: MessageOptionsValue, maxSegments: number): AnalyzeOptions => ({
  allowUnicode: options.allowUnicode === true,
  replaceNonGsm: options.replaceNonGsm !== false,
  emoji: options.emoji === true && options.allowUnicode === true,
  maxSegments,
});

export const longestValuesOf = (fields: readonly AudienceField[]): Record<string, string> =>
  Object.fromEntries(fields.map((field) => [fieldNameOf(field), field.longest]));

export interface CounterInput {
  kind: CampaignKind;
  value: MessageStepValue;
  fields: readonly AudienceField[];
  stopShortCode: string;
  maxSegments: number;
  /** Characters each tracked link takes as sent (the account's short link base); 19 when unknown. */
  trackedLinkLength?: number;
}

/** The counter of seed 001: the longest message any recipient can get, STOP mention and short links included. */
export const counterAnalysis = ({
  kind,
  value,
  fields,
  stopShortCode,
  maxSegments,
  trackedLinkLength,
}: CounterInput): MessageAnalysis =>
  maxRenderedLength(
    value.message,
    {
      longestValues: longestValuesOf(fields),
      defaults: value.fieldDefaults,
      stopMention: stopMentionOf(kind, value.stopMention, stopShortCode),
      trackedLinkLength: trackedLinkLength ?? DEFAULT_TRACKED_LINK_LENGTH,
    },
    analyzeOptionsOf(value.messageOptions, maxSegments)
  );

/** "145/160": units against what the current number of SMS holds. */
export const capacityOf = (analysis: Pick<MessageAnalysis, 'segments' | 'unitsPerSegment'>) =>
  Math.max(analysis.segments, 1) * analysis.unitsPerSegment;

/** What a tracked link looks like in the preview: as long as the short link it becomes. */
export const linkStandIn = (input: Pick<CounterInput, 'trackedLinkLength'>) =>
  'x'.repeat(input.trackedLinkLength ?? DEFAULT_TRACKED_LINK_LENGTH);

const linkStandIns = (count: number, standIn: string) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`track_${i + 1}`, standIn]));

/** Line 0 of the preview: the longest rendering, as the counter measures it, as it will be sent. */
export const longestPreview = (input: CounterInput): string => {
  const options = analyzeOptionsOf(input.value.messageOptions, input.maxSegments);
  const text = worstCaseMessage(input.value.message, {
    longestValues: longestValuesOf(input.fields),
    defaults: input.value.fieldDefaults,
    stopMention: stopMentionOf(input.kind, input.value.stopMention, input.stopShortCode),
    trackedLinkLength: input.trackedLinkLength ?? DEFAULT_TRACKED_LINK_LENGTH,
  });
  return analyzeMessage(text, options).text;
};

/**
 * Line N of the preview: that row's fields with the defaults, as it will be sent. A field of the
 * lists that the row leaves out is an empty cell (it takes its default), not an unknown field.
 * Throws PersonalisationError for a field no list has.
 */
export const linePreview = (input: CounterInput, fields: Fields): string => {
  const { value } = input;
  const row = { ...Object.fromEntries(input.fields.map((field) => [fieldNameOf(field), ''])), ...fields };
  const rendered = renderMessage(value.message, row, value.fieldDefaults, {
    links: linkStandIns(Math.max(value.trackedLinks.length, countLinks(value.message)), linkStandIn(input)),
  });
  const mention = stopMentionOf(input.kind, value.stopMention, input.stopShortCode);
  const text = mention ? appendStopMention(rendered, mention) : rendered;
  return analyzeMessage(text, analyzeOptionsOf(value.messageOptions, input.maxSegments)).text;
};

const countLinks = (message: string) => {
  let highest = 0;
  for (const match of message.matchAll(/\$\{\s*track_(\d+)\s*\}/gi)) highest = Math.max(highest, Number(match[1]));
  return highest;
};

/** Inserts `text` in place of [start, end) and says where the caret goes after it. */
export const insertAt = (message: string, text: string, start: number, end = start) => {
  const from = Math.max(0, Math.min(start, message.length));
  const to = Math.max(from, Math.min(end, message.length));
  return { message: message.slice(0, from) + text + message.slice(to), caret: from + text.length };
};

/** Every occurrence of a non-GSM character replaced by its GSM-7 stand-in (core's table). */
export const replaceCharacter = (message: string, character: string): string => {
  const replacement = gsm7ReplacementFor(character);
  return replacement === undefined ? message : message.split(character).join(replacement);
};

export interface DetectedUrl {
  url: string;
  start: number;
  end: number;
}

// A URL starts with a scheme or `www.` and runs to the next space; `${Field}` inside it is part of
// it (seed 001: https://www.monsite.com/id=${ID}). Closing punctuation is the sentence's, not the URL's.
const URL_PATTERN = /(?:https?:\/\/|www\.)(?:\$\{[^}\s]*\}|[^\s])+/giu;

/** URLs typed in the message that are not tracked yet. */
export const detectUrls = (message: string): DetectedUrl[] => {
  const found: DetectedUrl[] = [];
  for (const match of message.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?)»"']+$/u, '');
    if (url.length < 5) continue;
    found.push({ url, start: match.index, end: match.index + url.length });
  }
  return found;
};

/** Seed 001's "Tracking: OUI": the URL becomes `${track_N}`, its target trackedLinks[N-1]. */
export const trackUrl = (value: MessageStepValue, detected: DetectedUrl): MessageStepValue => {
  const n = value.trackedLinks.length + 1;
  return {
    ...value,
    message: value.message.slice(0, detected.start) + `\${track_${n}}` + value.message.slice(detected.end),
    // The redirect only goes to web pages: `www.site.fr` typed in a message is https.
    trackedLinks: [
      ...value.trackedLinks,
      { url: /^https?:\/\//i.test(detected.url) ? detected.url : `https://${detected.url}` },
    ],
  };
};

/** Seed 002's "lien image": a new tracked link to a Media Library image, its token added to the message. */
export const addImageLink = (value: MessageStepValue, image: { id: number; url: string }): MessageStepValue => {
  const token = `\${track_${value.trackedLinks.length + 1}}`;
  const separator = value.message === '' || /\s$/.test(value.message) ? '' : ' ';
  return {
    ...value,
    message: value.message + separator + token,
    trackedLinks: [...value.trackedLinks, { url: image.url, imageId: image.id }],
  };
};

/** Untracking puts the URL back in the text and renumbers the links after it, so `${track_N}` stays entry N. */
export const untrackLink = (value: MessageStepValue, index: number): MessageStepValue => {
  const link = value.trackedLinks[index];
  if (!link) return value;
  const n = index + 1;
  const message = value.message.replace(/\$\{\s*track_(\d+)\s*\}/gi, (token, digits: string) => {
    const m = Number(digits);
    // An image link was never text of the message: it goes away with its token.
    if (m === n) return link.imageId ? '' : link.url;
    return m > n ? `\${track_${m - 1}}` : token;
  });
  return { ...value, message, trackedLinks: value.trackedLinks.filter((_, i) => i !== index) };
};

/** Length of a link-preview text at its longest rendering (title ≤ 40, description ≤ 80). */
export const previewTextLength = (text: string, fields: readonly AudienceField[], defaults: Record<string, string>) =>
  worstCaseMessage(text, { longestValues: longestValuesOf(fields), defaults }).length;

/** `${track_N}` written in the text with no tracked link N behind it: sending would fail (missing link). */
export const danglingLinkTokens = (message: string, trackedCount: number): string[] => {
  const found = new Set<string>();
  for (const match of message.matchAll(/\$\{\s*track_(\d+)\s*\}/gi)) {
    const n = Number(match[1]);
    if (n < 1 || n > trackedCount) found.add(`\${track_${n}}`);
  }
  return [...found];
};
