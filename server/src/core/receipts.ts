import { getStatus, isFinalStatus, STATUS } from './status';
import type { Channel } from './types';

/**
 * Delivery-receipt states → status codes of the seeds' Annexe 3.
 * SMPP 3.4 receipts carry `stat:` (or the `message_state` TLV) and a vendor `err:` field; the
 * GSM MAP error it often carries refines UNDELIV into "unallocated number" or "mobile unavailable".
 */

export type SmppState = 'ENROUTE' | 'DELIVRD' | 'EXPIRED' | 'DELETED' | 'UNDELIV' | 'ACCEPTD' | 'UNKNOWN' | 'REJECTD';

export const SMPP_STATES: readonly SmppState[] = [
  'ENROUTE',
  'DELIVRD',
  'EXPIRED',
  'DELETED',
  'UNDELIV',
  'ACCEPTD',
  'UNKNOWN',
  'REJECTD',
];

/** SMPP 3.4 §5.2.28 `message_state` TLV values, for receipts that carry the TLV only. */
export const SMPP_MESSAGE_STATE: Readonly<Record<number, SmppState>> = Object.freeze({
  1: 'ENROUTE',
  2: 'DELIVRD',
  3: 'EXPIRED',
  4: 'DELETED',
  5: 'UNDELIV',
  6: 'ACCEPTD',
  7: 'UNKNOWN',
  8: 'REJECTD',
});

const BY_STATE: Readonly<Record<SmppState, number>> = {
  ENROUTE: STATUS.SUBMITTED,
  DELIVRD: STATUS.DELIVERED,
  EXPIRED: STATUS.EXPIRED,
  DELETED: STATUS.DELETED,
  UNDELIV: STATUS.UNDELIVERED,
  ACCEPTD: STATUS.POSTED,
  UNKNOWN: STATUS.UNKNOWN_ERROR,
  REJECTD: STATUS.OPERATOR_REJECTION,
};

/**
 * GSM MAP error causes (3GPP TS 29.002) that SMSCs commonly copy into `err:`. Only the causes
 * whose meaning matches an Annexe 3 code are listed; any other error keeps the state's code.
 */
const MAP_ERRORS: ReadonlyMap<number, number> = new Map([
  [1, STATUS.UNALLOCATED_NUMBER], // unknown subscriber
  [5, STATUS.UNALLOCATED_NUMBER], // unidentified subscriber
  [6, STATUS.MOBILE_UNAVAILABLE], // absent subscriber (SM)
  [27, STATUS.MOBILE_UNAVAILABLE], // absent subscriber
  [31, STATUS.MOBILE_UNAVAILABLE], // subscriber busy for MT-SMS
  [11, STATUS.OPERATOR_REFUSAL], // teleservice not provisioned
  [13, STATUS.OPERATOR_REFUSAL], // call barred
]);

/** `err:` values come as decimal text ("001"); anything else is ignored. */
function parseErrorCode(err: string | number | undefined): number | undefined {
  if (err === undefined || err === '') return undefined;
  const n = typeof err === 'number' ? err : Number(err);
  return Number.isInteger(n) ? n : undefined;
}

/**
 * The status code for an SMPP receipt. `UNDELIV` (and `EXPIRED`, which SMSCs also use for an
 * absent subscriber they gave up on) is refined by a known MAP error; voice drops have a single
 * "not delivered" code (117).
 */
export function statusFromSmppState(stat: SmppState | string, err?: string | number, channel: Channel = 'sms'): number {
  const state = stat.trim().toUpperCase() as SmppState;
  const base = BY_STATE[state] ?? STATUS.UNKNOWN_ERROR;
  if (channel === 'voice') {
    if (base === STATUS.DELIVERED || base === STATUS.SUBMITTED) return base;
    return STATUS.VOICE_UNDELIVERED;
  }
  if (state === 'UNDELIV') {
    const code = parseErrorCode(err);
    const refined = code === undefined ? undefined : MAP_ERRORS.get(code);
    if (refined !== undefined) return refined;
  }
  return base;
}

/** Gateway-neutral states that HTTP providers map their own vocabulary onto. */
export type ProviderDeliveryState =
  | 'queued'
  | 'submitted'
  | 'accepted'
  | 'delivered'
  | 'undelivered'
  | 'unallocated'
  | 'unavailable'
  | 'expired'
  | 'deleted'
  | 'rejected'
  | 'refused'
  | 'failed'
  | 'unknown';

const SMS_BY_PROVIDER_STATE: Readonly<Record<ProviderDeliveryState, number>> = {
  queued: STATUS.SENDING,
  submitted: STATUS.SUBMITTED,
  accepted: STATUS.POSTED,
  delivered: STATUS.DELIVERED,
  undelivered: STATUS.UNDELIVERED,
  unallocated: STATUS.UNALLOCATED_NUMBER,
  unavailable: STATUS.MOBILE_UNAVAILABLE,
  expired: STATUS.EXPIRED,
  deleted: STATUS.DELETED,
  rejected: STATUS.OPERATOR_REJECTION,
  refused: STATUS.OPERATOR_REFUSAL,
  failed: STATUS.UNDELIVERED,
  unknown: STATUS.UNKNOWN_ERROR,
};

/** Every state `statusFromProviderState` knows, for contracts that validate a gateway's states. */
export const PROVIDER_DELIVERY_STATES = Object.freeze(
  Object.keys(SMS_BY_PROVIDER_STATE) as ProviderDeliveryState[]
) as readonly ProviderDeliveryState[];

export function statusFromProviderState(state: ProviderDeliveryState, channel: Channel = 'sms'): number {
  const code = SMS_BY_PROVIDER_STATE[state] ?? STATUS.UNKNOWN_ERROR;
  if (channel === 'sms') return code;
  if (code === STATUS.SENDING || code === STATUS.SUBMITTED || code === STATUS.DELIVERED) return code;
  return STATUS.VOICE_UNDELIVERED;
}

/**
 * The status of a long SMS from the receipts of its parts (one per part, SMPP 3.4): delivered
 * once every part is; the first part that failed for good gives its code; otherwise it is on its
 * way (a part waiting on an unavailable mobile shows that).
 */
export function rollUpPartStatuses(codes: readonly number[]): number {
  const failed = codes.find((code) => isFinalStatus(code) && getStatus(code)?.category !== 'delivered');
  if (failed !== undefined) return failed;
  if (codes.length > 0 && codes.every((code) => isFinalStatus(code))) return STATUS.DELIVERED;
  return codes.includes(STATUS.MOBILE_UNAVAILABLE) ? STATUS.MOBILE_UNAVAILABLE : STATUS.SUBMITTED;
}
