import type { MessageDescriptor } from 'react-intl';

import { getTranslation } from '../../../utils/getTranslation';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** One refusal of the server: its `details.code`, the draft field it concerns and its details. */
export interface ServerRefusal {
  code: string;
  field: string | null;
  details: Record<string, unknown>;
}

/** Where each code is shown when the server names no field. */
const FIELD_OF_CODE: Record<string, string> = {
  SENDER_INVALID: 'sender',
  STOP_MENTION_MISSING: 'stopMention',
  STOP_MENTION_INVALID: 'stopMention',
  UNKNOWN_FIELD: 'message',
  UNKNOWN_TRACKED_LINK: 'trackedLinks',
  TRACKED_LINK_NOT_WEB: 'trackedLinks',
  MESSAGE_TOO_LONG: 'message',
  OUTSIDE_SENDING_WINDOW: 'scheduledAt',
};

/**
 * Reads what the fetch client threw: an `ApplicationError` carries `details.code`; a
 * `ValidationError` carries `details.errors[]`, each with its `path` and, for the rules the
 * wizard knows, a `value.code` (OUTSIDE_SENDING_WINDOW with its `nextSlot`).
 */
export const readRefusals = (thrown: unknown): ServerRefusal[] => {
  if (!isRecord(thrown) || !isRecord(thrown.response) || !isRecord(thrown.response.data)) return [];
  const apiError = thrown.response.data.error;
  if (!isRecord(apiError) || !isRecord(apiError.details)) return [];
  const { details } = apiError;
  const refusals: ServerRefusal[] = [];
  if (typeof details.code === 'string') {
    const field = typeof details.field === 'string' ? details.field : (FIELD_OF_CODE[details.code] ?? null);
    refusals.push({ code: details.code, field, details });
  }
  if (Array.isArray(details.errors)) {
    for (const issue of details.errors) {
      if (!isRecord(issue)) continue;
      const value = isRecord(issue.value) ? issue.value : {};
      const path = Array.isArray(issue.path) && issue.path.length > 0 ? String(issue.path[0]) : null;
      // The rules' refusals name their code in `value.code` or, as campaign-rules.ts does, in `message`.
      const named = [value.code, issue.code, issue.message].find(
        (candidate): candidate is string => typeof candidate === 'string' && candidate in REFUSAL_MESSAGES
      );
      if (named && refusals.some((known) => known.code === named)) continue;
      if (named) refusals.push({ code: named, field: path ?? FIELD_OF_CODE[named] ?? null, details: value });
      else if (path) refusals.push({ code: 'INVALID', field: path, details: { message: issue.message } });
    }
  }
  return refusals;
};

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/** The sentence shown for each code the server may answer (issue 11's rules), by code. */
export const REFUSAL_MESSAGES: Record<string, MessageDescriptor> = {
  SENDER_INVALID: message(
    'wizard.error.SENDER_INVALID',
    'The sender must be 1 to 11 letters or digits, without accents or spaces, and not only digits. Leave it empty to use the short code.'
  ),
  STOP_MENTION_MISSING: message(
    'wizard.error.STOP_MENTION_MISSING',
    'A marketing message must carry its STOP mention so that recipients can opt out.'
  ),
  STOP_MENTION_INVALID: message(
    'wizard.error.STOP_MENTION_INVALID',
    'The STOP mention must quote the account’s short code, e.g. “STOP 36184”.'
  ),
  UNKNOWN_FIELD: message(
    'wizard.error.UNKNOWN_FIELD',
    'The message uses a field the chosen lists do not have: {field}.'
  ),
  UNKNOWN_TRACKED_LINK: message(
    'wizard.error.UNKNOWN_TRACKED_LINK',
    'The message refers to a tracked link that does not exist: {field}.'
  ),
  TRACKED_LINK_NOT_WEB: message(
    'wizard.error.TRACKED_LINK_NOT_WEB',
    'Tracked link {index} must be a web address starting with https:// or http://.'
  ),
  MESSAGE_TOO_LONG: message(
    'wizard.error.MESSAGE_TOO_LONG',
    'The message is longer than the account allows ({max} SMS at most). Shorten it or its fields.'
  ),
  OUTSIDE_SENDING_WINDOW: message(
    'wizard.error.OUTSIDE_SENDING_WINDOW',
    'Marketing SMS can only go out within the sending hours. Choose another date.'
  ),
  CAMPAIGN_NOT_DRAFT: message(
    'wizard.error.CAMPAIGN_NOT_DRAFT',
    'This campaign is no longer a draft: it cannot be changed. Duplicate it to start from its settings.'
  ),
  CAMPAIGN_STATUS_CONFLICT: message(
    'wizard.error.CAMPAIGN_STATUS_CONFLICT',
    'The campaign changed in the meantime (it is now {status}). Refresh to see where it is.'
  ),
  INSUFFICIENT_CREDITS: message(
    'wizard.error.INSUFFICIENT_CREDITS',
    'Not enough credits: this campaign needs {needed} and {available} are available. Top up your credits or choose fewer recipients.'
  ),
  CAMPAIGN_NOT_DELETABLE: message(
    'wizard.error.CAMPAIGN_NOT_DELETABLE',
    'Cancel the campaign before deleting it: a campaign that is scheduled or sending cannot be deleted.'
  ),
  INVALID: message('wizard.error.INVALID', 'This value is not accepted.'),
};

/** The values the messages above interpolate, read from the refusal's details. */
export const refusalValues = (refusal: ServerRefusal): Record<string, string> => {
  const text = (key: string) => {
    const value = refusal.details[key];
    return value === undefined || value === null ? '' : String(value);
  };
  const list = (key: string) => {
    const value = refusal.details[key];
    return Array.isArray(value) ? value.map((item) => `\${${String(item)}}`).join(', ') : '';
  };
  return {
    field: list('fields') || list('links') || text('field') || text('name'),
    max: text('maxSegments') || text('max'),
    status: text('status'),
    needed: text('needed') || text('required') || text('credits'),
    available: text('available'),
    index: text('index'),
  };
};
