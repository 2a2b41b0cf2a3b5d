import type { MessageDescriptor } from 'react-intl';

import { getTranslation } from './getTranslation';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/** What the lists (and report) routes refuse, by `error.details.code`, in words a user can act on. */
export const LIST_ERROR_MESSAGES = {
  LIST_SYSTEM: message(
    'lists.error.LIST_SYSTEM',
    'The account opt-out list holds the STOP replies: it cannot be deleted or merged into another list.'
  ),
  LIST_IN_USE: message(
    'lists.error.LIST_IN_USE',
    'This list is used by {count, plural, one {a campaign that is not finished} other {# campaigns that are not finished}}: {campaigns}. Remove it from {count, plural, one {that campaign} other {those campaigns}}, or wait until {count, plural, one {it is} other {they are}} completed or cancelled.'
  ),
  LIST_IMPORTING: message(
    'lists.error.LIST_IMPORTING',
    'The list is being imported. Wait for the import to finish, then try again.'
  ),
  OPT_OUTS_REMOVE_FORBIDDEN: message(
    'lists.error.OPT_OUTS_REMOVE_FORBIDDEN',
    'Deleting an exclusion list, or merging it into another one, needs the “Remove numbers from exclusion lists” permission, which your role does not have.'
  ),
  // The report routes' refusals: a campaign deleted meanwhile, a status filter from an old link.
  CAMPAIGN_NOT_FOUND: message(
    'report.error.CAMPAIGN_NOT_FOUND',
    'This campaign does not exist any more: it may have been deleted. Go back to the campaigns page.'
  ),
  REPORT_STATUS_UNKNOWN: message(
    'report.error.REPORT_STATUS_UNKNOWN',
    'The status {status} is not among the delivery receipt codes: choose a status from the table of receipts.'
  ),
} as const;

export type ListErrorCode = keyof typeof LIST_ERROR_MESSAGES;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The translated message for a lists error the server answered with (`error.details.code`), with
 * its placeholder values, or null for any other error.
 */
export const getListErrorMessage = (
  thrown: unknown
): { descriptor: MessageDescriptor; values: Record<string, string | number> } | null => {
  if (!isRecord(thrown) || !isRecord(thrown.response) || !isRecord(thrown.response.data)) return null;
  const apiError = isRecord(thrown.response.data.error) ? thrown.response.data.error : null;
  const details = apiError && isRecord(apiError.details) ? apiError.details : null;
  const code = details?.code;
  if (typeof code !== 'string' || !(code in LIST_ERROR_MESSAGES)) return null;
  const campaigns = Array.isArray(details?.campaigns) ? details.campaigns.filter(isRecord) : [];
  return {
    descriptor: LIST_ERROR_MESSAGES[code as ListErrorCode],
    values: {
      status: String(details?.status ?? ''),
      count: campaigns.length,
      campaigns: campaigns.map((campaign) => `“${String(campaign.name)}”`).join(', '),
    },
  };
};
