import type { Channel } from '../../core/types';
import type { ProviderContext } from '../types';
import { inboundAddress } from './addresses';
import { decodeText, splitUserData } from './encoding';
import { rawBytes, SMPP_ERRORS, type Pdu } from './lib';
import { isReceipt, receiptFromPdu } from './receipts';

/**
 * `deliver_sm` from the SMSC: receipts and replies (MO). Each is answered only once the
 * plugin's callback has resolved, so a crash before that makes the SMSC deliver it again; a
 * callback that throws is answered ESME_RSYSERR, which SMSCs retry.
 *
 * Concatenated replies are put back together in memory. Their parts are answered as they arrive
 * (an SMSC that waits for each answer before the next part would otherwise stall), so a crash
 * between the first and the last part loses the earlier ones; an incomplete reply is handed over
 * as it is after `inboundReassemblyMs`.
 */
export interface InboundDeps {
  context: ProviderContext;
  channel: Channel;
  receiptTimeZone: string;
  reassemblyMs: number;
}

type Reply = (fields: Record<string, unknown>) => void;

interface Pending {
  parts: Map<number, string>;
  total: number;
  from: string;
  to: string;
  timer: NodeJS.Timeout;
}

/** Bounds the memory a flood of never-completed parts can take. */
const MAX_PENDING_MESSAGES = 10_000;

export function createInboundHandler(deps: InboundDeps) {
  const { context } = deps;
  const pending = new Map<string, Pending>();

  const answer = (reply: Reply, work: () => unknown, what: string) => {
    Promise.resolve()
      .then(work)
      .then(
        () => reply({}),
        (error: unknown) => {
          context.logger.error(`[mobile-campaigns] smpp: ${what} callback failed: ${String(error)}`);
          reply({ command_status: SMPP_ERRORS.ESME_RSYSERR });
        }
      );
  };

  const deliverAssembled = (key: string, entry: Pending) => {
    clearTimeout(entry.timer);
    const text = [...entry.parts.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, part]) => part)
      .join('');
    return Promise.resolve(context.onInbound({ from: entry.from, to: entry.to, text, at: new Date() })).then(() => {
      pending.delete(key);
    });
  };

  const handle = (pdu: Pdu, reply: Reply) => {
    if (isReceipt(pdu)) {
      const receipt = receiptFromPdu(pdu, { channel: deps.channel, timeZone: deps.receiptTimeZone });
      if (!receipt) {
        context.logger.warn('[mobile-campaigns] smpp: a receipt without a message id was ignored');
        return reply({});
      }
      return answer(reply, () => context.onReceipt(receipt), 'receipt');
    }
    const bytes = rawBytes(pdu.short_message);
    const payload = bytes && bytes.length > 0 ? bytes : (rawBytes(pdu.message_payload) ?? Buffer.alloc(0));
    const { concat, body } = splitUserData(payload, Number(pdu.esm_class ?? 0));
    const text = decodeText(body, Number(pdu.data_coding ?? 0));
    const from = inboundAddress(pdu.source_addr, pdu.source_addr_ton);
    const to = inboundAddress(pdu.destination_addr, pdu.dest_addr_ton);
    if (!concat || concat.total <= 1) {
      return answer(reply, () => context.onInbound({ from, to, text, at: new Date() }), 'inbound');
    }
    const key = `${from}|${to}|${concat.reference}|${concat.total}`;
    let entry = pending.get(key);
    if (!entry) {
      if (pending.size >= MAX_PENDING_MESSAGES) {
        const [oldestKey, oldest] = pending.entries().next().value as [string, Pending];
        void deliverAssembled(oldestKey, oldest).catch(() => pending.delete(oldestKey));
      }
      const timer = setTimeout(() => {
        const current = pending.get(key);
        if (current) void deliverAssembled(key, current).catch(() => pending.delete(key));
      }, deps.reassemblyMs);
      timer.unref();
      entry = { parts: new Map(), total: concat.total, from, to, timer };
      pending.set(key, entry);
    }
    entry.parts.set(concat.sequence, text);
    if (entry.parts.size < entry.total) return reply({});
    const complete = entry;
    // Kept until the callback succeeds: the SMSC resends the last part after ESME_RSYSERR.
    return answer(reply, () => deliverAssembled(key, complete), 'inbound');
  };

  const close = () => {
    for (const entry of pending.values()) clearTimeout(entry.timer);
    pending.clear();
  };

  return { handle, close };
}
