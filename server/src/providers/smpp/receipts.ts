import { inboundAddress } from './addresses';
import { SMPP_MESSAGE_STATE, statusFromSmppState } from '../../core/receipts';
import type { Channel } from '../../core/types';
import { instantOf } from '../../core/zoned-time';
import type { DeliveryReceipt } from '../types';
import { rawBytes, type Pdu } from './lib';
import { messageIdForms } from './message-id';

/**
 * SMPP 3.4 delivery receipts (Appendix B): `id:… sub:… dlvrd:… submit date:YYMMDDhhmm
 * done date:YYMMDDhhmm stat:DELIVRD err:000 text:…`, as SMSCs really write them: any case,
 * seconds in dates, `submitdate:` / `submit_date:`, fields missing or in another order, a NUL at
 * the end. The `receipted_message_id` and `message_state` TLVs win over the text when present.
 */
export interface ReceiptText {
  id?: string;
  sub?: string;
  dlvrd?: string;
  submitDate?: string;
  doneDate?: string;
  stat?: string;
  err?: string;
  text?: string;
}

const FIELDS: [keyof ReceiptText, RegExp][] = [
  ['id', /(?:^|\s)id:\s*(\S+)/i],
  ['sub', /(?:^|\s)sub:\s*(\S+)/i],
  ['dlvrd', /(?:^|\s)dlvrd:\s*(\S+)/i],
  ['submitDate', /(?:^|\s)submit[ _]?date:\s*(\d{10,14})/i],
  ['doneDate', /(?:^|\s)done[ _]?date:\s*(\d{10,14})/i],
  ['stat', /(?:^|\s)stat:\s*([A-Za-z]+)/i],
  ['err', /(?:^|\s)err:\s*(\w+)/i],
];
const TEXT_FIELD = /(?:^|\s)text:/i;

export function parseReceiptText(input: string): ReceiptText | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = input.replace(/\u0000+/g, ' ').trim();
  const textAt = cleaned.search(TEXT_FIELD);
  // The free `text:` may itself hold "id:" or "stat:": read the fields before it first.
  const head = textAt >= 0 ? cleaned.slice(0, textAt) : cleaned;
  const tail = textAt >= 0 ? cleaned.slice(textAt).replace(/^\s*text:/i, '') : '';
  const receipt: ReceiptText = {};
  for (const [key, pattern] of FIELDS) {
    const match = pattern.exec(head) ?? (textAt >= 0 ? pattern.exec(tail) : null);
    if (match) receipt[key] = match[1];
  }
  if (textAt >= 0) receipt.text = tail.trim();
  return receipt.id === undefined && receipt.stat === undefined ? undefined : receipt;
}

/** YYMMDDhhmm[ss] in `timeZone` (the SMSC's clock), or undefined when it is not a date. */
export function parseReceiptDate(value: string | undefined, timeZone = 'UTC'): Date | undefined {
  if (!value || !/^\d{10}(\d{2})?$/.test(value)) return undefined;
  const [yy, mo, dd, hh, mi, ss = 0] = (value.match(/\d\d/g) ?? []).map(Number);
  if (mo! < 1 || mo! > 12 || dd! < 1 || dd! > 31 || hh! > 23 || mi! > 59 || ss > 59) return undefined;
  const year = 2000 + yy!;
  const minute =
    timeZone === 'UTC' ? Date.UTC(year, mo! - 1, dd!, hh!, mi!) : instantOf(year, mo!, dd!, hh!, mi!, timeZone);
  const date = new Date(minute + ss * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** esm_class message types that are receipts: SMSC delivery receipt, SME ack, intermediate notification. */
const RECEIPT_TYPES = new Set([0x04, 0x08, 0x20]);

export const isReceipt = (pdu: Pdu): boolean => RECEIPT_TYPES.has(Number(pdu.esm_class ?? 0) & 0x3c);

export interface ReceiptContext {
  channel: Channel;
  timeZone: string;
  now?: () => Date;
}

/** The DeliveryReceipt a receipt `deliver_sm` carries, or undefined when it names no message. */
export function receiptFromPdu(pdu: Pdu, context: ReceiptContext): DeliveryReceipt | undefined {
  const bytes = rawBytes(pdu.short_message) ?? rawBytes(pdu.message_payload);
  const payload = rawBytes(pdu.message_payload);
  const text = parseReceiptText((bytes && bytes.length > 0 ? bytes : (payload ?? Buffer.alloc(0))).toString('latin1'));
  const tlvId = typeof pdu.receipted_message_id === 'string' ? pdu.receipted_message_id : '';
  const forms = [...messageIdForms(tlvId), ...(text?.id ? messageIdForms(text.id) : [])].filter(Boolean);
  if (forms.length === 0) return undefined;
  const tlvState = typeof pdu.message_state === 'number' ? SMPP_MESSAGE_STATE[pdu.message_state] : undefined;
  const err = text?.err ?? networkError(pdu.network_error_code);
  const receipt: DeliveryReceipt = {
    providerMessageId: forms[0]!,
    statusCode: statusFromSmppState(tlvState ?? text?.stat ?? 'UNKNOWN', err, context.channel),
    at: parseReceiptDate(text?.doneDate, context.timeZone) ?? (context.now ?? (() => new Date()))(),
  };
  const alternates = [...new Set(forms.slice(1))].filter((id) => id !== receipt.providerMessageId);
  if (alternates.length > 0) receipt.alternateIds = alternates;
  if (err !== undefined) receipt.errorCode = err;
  const phone = inboundAddress(pdu.source_addr, pdu.source_addr_ton);
  if (/^\+\d{6,15}$/.test(phone)) receipt.phone = phone;
  return receipt;
}

/** The `network_error_code` TLV: network type, then a 2-octet error (a GSM MAP cause for type 3). */
function networkError(value: unknown): string | undefined {
  if (!Buffer.isBuffer(value) || value.length < 3) return undefined;
  return String(value.readUInt16BE(1));
}
