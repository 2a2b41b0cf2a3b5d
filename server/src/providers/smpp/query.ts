import { SMPP_MESSAGE_STATE, statusFromSmppState } from '../../core/receipts';
import type { Channel } from '../../core/types';
import type { DeliveryReceipt } from '../types';
import type { Address } from './addresses';
import { normalizeMessageId } from './message-id';
import type { Connection } from './session';

/**
 * `query_sm` for a message whose submit outcome is unknown. Ids are stored normalised (lower
 * case, no leading zeros); an SMSC that wants its own spelling back gets the upper-case form on
 * a second try. Null when the SMSC does not know the message or it is still on its way.
 */
const PENDING_STATES = new Set(['ENROUTE', 'UNKNOWN']);

export async function queryMessage(
  link: Connection,
  providerMessageId: string,
  source: Address,
  channel: Channel,
  timeoutMs: number
): Promise<DeliveryReceipt | null> {
  const id = normalizeMessageId(providerMessageId);
  if (!(await link.waitBound(timeoutMs))) throw new Error('smpp provider: not connected, query_sm not sent');
  for (const spelling of [...new Set([id, id.toUpperCase()])]) {
    const written = link.write(
      'query_sm',
      { message_id: spelling, source_addr_ton: source.ton, source_addr_npi: source.npi, source_addr: source.addr },
      timeoutMs
    );
    if (!written.written) throw new Error('smpp provider: not connected, query_sm not sent');
    const outcome = await written.outcome;
    if (outcome.kind !== 'response') throw new Error(`smpp provider: query_sm ${outcome.kind}`);
    const { pdu } = outcome;
    if (pdu.command_status !== 0) continue;
    const state = typeof pdu.message_state === 'number' ? SMPP_MESSAGE_STATE[pdu.message_state] : undefined;
    if (!state || PENDING_STATES.has(state)) return null;
    const errorCode = typeof pdu.error_code === 'number' && pdu.error_code !== 0 ? pdu.error_code : undefined;
    const at = pdu.final_date instanceof Date && !Number.isNaN(pdu.final_date.getTime()) ? pdu.final_date : new Date();
    const receipt: DeliveryReceipt = {
      providerMessageId: id,
      statusCode: statusFromSmppState(state, errorCode, channel),
      at,
    };
    if (errorCode !== undefined) receipt.errorCode = String(errorCode);
    return receipt;
  }
  return null;
}
