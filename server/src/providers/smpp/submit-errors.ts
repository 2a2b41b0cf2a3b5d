import { STATUS } from '../../core/status';
import { errorName } from './lib';

/**
 * What a refused submit_sm means for the recipient. Throttling and a full queue are the SMSC
 * asking to slow down: the message was not taken and is tried again. A bind-state error means
 * the link is not usable: not taken either. Everything else is permanent, with the seeds'
 * Annexe 3 code that fits (the dispatcher has validated numbers and text before this point).
 */
export const THROTTLING_STATUSES: ReadonlySet<number> = new Set([0x58, 0x14]); // ESME_RTHROTTLED, ESME_RMSGQFUL
const NOT_TAKEN_STATUSES: ReadonlySet<number> = new Set([0x04]); // ESME_RINVBNDSTS

const STATUS_BY_COMMAND_STATUS: ReadonlyMap<number, number> = new Map([
  // Destination refused: the number passed our E.164 check, so the account or route does not
  // take it: "destination not allowed" (3, not billed) rather than "malformed number" (2).
  [0x0b, STATUS.DESTINATION_NOT_ALLOWED], // ESME_RINVDSTADR
  [0x50, STATUS.DESTINATION_NOT_ALLOWED], // ESME_RINVDSTTON
  [0x51, STATUS.DESTINATION_NOT_ALLOWED], // ESME_RINVDSTNPI
  // A parameter the operator does not accept (sender, coding, length): "SMS rejected" (32).
  [0x0a, STATUS.SMS_REJECTED], // ESME_RINVSRCADR
  [0x48, STATUS.SMS_REJECTED], // ESME_RINVSRCTON
  [0x49, STATUS.SMS_REJECTED], // ESME_RINVSRCNPI
  [0x01, STATUS.SMS_REJECTED], // ESME_RINVMSGLEN
  [0x104, STATUS.SMS_REJECTED], // ESME_RINVDCS
  [0x43, STATUS.SMS_REJECTED], // ESME_RINVESMCLASS
  [0x07, STATUS.SMS_REJECTED], // ESME_RINVREGDLVFLG
  [0x15, STATUS.SMS_REJECTED], // ESME_RINVSERTYP
  [0x62, STATUS.SMS_REJECTED], // ESME_RINVEXPIRY
  [0x61, STATUS.SMS_REJECTED], // ESME_RINVSCHED
  // Our side failed to build a valid PDU or the SMSC hit an internal error: processing error (12).
  [0x02, STATUS.PROCESSING_ERROR], // ESME_RINVCMDLEN
  [0x03, STATUS.PROCESSING_ERROR], // ESME_RINVCMDID
  [0x08, STATUS.PROCESSING_ERROR], // ESME_RSYSERR
]);

export type SubmitRefusal = { retryable: true; code: string } | { retryable: false; code: string; statusCode: number };

export function refusalOf(commandStatus: number): SubmitRefusal {
  const code = errorName(commandStatus);
  if (THROTTLING_STATUSES.has(commandStatus) || NOT_TAKEN_STATUSES.has(commandStatus)) {
    return { retryable: true, code };
  }
  return {
    retryable: false,
    code,
    statusCode: STATUS_BY_COMMAND_STATUS.get(commandStatus) ?? STATUS.OPERATOR_REJECTION,
  };
}
