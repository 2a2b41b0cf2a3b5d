import { STATUS } from '../../core/status';
import type { TokenBucket } from '../rate-limit';
import type { OutboundMessage, ProviderContext, SubmitResult } from '../types';
import { destinationAddress, sourceAddress } from './addresses';
import { encodeMessage } from './encoding';
import { normalizeMessageId } from './message-id';
import type { ResolvedSmppOptions } from './options';
import type { Connection } from './session';
import { refusalOf, THROTTLING_STATUSES } from './submit-errors';
import type { Window } from './window';

/**
 * Submits messages part by part through the window and the rate limit. At most once: a part
 * that was written is never written again unless the SMSC answered that it did not take it
 * (throttled, queue full); a part whose answer never came is reported as an unknown outcome.
 */
type PartOutcome =
  | { kind: 'accepted'; id: string }
  | { kind: 'refused'; status: number }
  | { kind: 'unknown'; code: 'timeout' | 'connection-lost' }
  | { kind: 'not-written'; code: 'not-connected' | 'closed' };

export interface SubmitterDeps {
  options: ResolvedSmppOptions;
  connection: () => Connection;
  window: Window;
  bucket: TokenBucket;
  logger: ProviderContext['logger'];
  isClosed(): boolean;
  sleep(ms: number): Promise<void>;
}

export function createSubmitter(deps: SubmitterDeps) {
  const { options, window, bucket } = deps;
  let reference = Math.floor(Math.random() * 256);

  const submitPart = async (fields: Record<string, unknown>): Promise<PartOutcome> => {
    // The wait for a link starts when the link is found down, not when the part joined the queue.
    let deadline: number | undefined;
    const remaining = () => (deadline ??= Date.now() + options.connectWaitMs) - Date.now();
    let throttled = 0;
    // Each turn either writes the PDU (and returns unless the SMSC refused to take it) or
    // waits for the link; both are bounded, by throttleRetries and by the connect deadline.
    for (;;) {
      if (deps.isClosed()) return { kind: 'not-written', code: 'closed' };
      const link = deps.connection();
      if (!link.isBound() && !(await link.waitBound(remaining()))) {
        return { kind: 'not-written', code: deps.isClosed() ? 'closed' : 'not-connected' };
      }
      let release: (() => void) | undefined;
      let written: ReturnType<Connection['write']>;
      try {
        release = await window.acquire();
        await bucket.take();
        written = link.write('submit_sm', fields, options.responseTimeoutMs);
      } catch {
        release?.();
        return { kind: 'not-written', code: 'closed' };
      }
      if (!written.written) {
        release();
        if (remaining() <= 0) return { kind: 'not-written', code: 'not-connected' };
        // The socket is closing: let its close event run before looking again.
        await deps.sleep(10);
        continue;
      }
      const outcome = await written.outcome;
      release();
      if (outcome.kind === 'timeout') return { kind: 'unknown', code: 'timeout' };
      if (outcome.kind === 'lost') return { kind: 'unknown', code: 'connection-lost' };
      const status = outcome.pdu.command_status;
      if (status === 0) return { kind: 'accepted', id: String(outcome.pdu.message_id ?? '') };
      if (THROTTLING_STATUSES.has(status) && throttled < options.throttleRetries) {
        throttled++;
        await deps.sleep(options.throttleRetryMs);
        continue;
      }
      return { kind: 'refused', status };
    }
  };

  const sendMessage = async (message: OutboundMessage): Promise<SubmitResult> => {
    if (message.channel !== 'sms') {
      return {
        id: message.id,
        accepted: false,
        statusCode: STATUS.PROCESSING_ERROR,
        error: { code: 'unsupported-channel', retryable: false, message: 'the smpp provider sends SMS only' },
      };
    }
    const encoded = encodeMessage(message.text ?? '', message.encoding, reference);
    if (encoded.parts.length > 1) reference = (reference + 1) & 0xff;
    if (encoded.switchedToUcs2) {
      deps.logger.warn(`[mobile-campaigns] smpp: message ${message.id} is not GSM-7 as announced; sent as UCS-2`);
    }
    const source = sourceAddress(message.from || options.defaultSender, options.sourceTon, options.sourceNpi);
    const destination = destinationAddress(message.to, options.destTon, options.destNpi);
    const base = {
      service_type: options.serviceType,
      source_addr_ton: source.ton,
      source_addr_npi: source.npi,
      source_addr: source.addr,
      dest_addr_ton: destination.ton,
      dest_addr_npi: destination.npi,
      destination_addr: destination.addr,
      esm_class: encoded.esmClass,
      registered_delivery: options.registeredDelivery,
      data_coding: encoded.dataCoding,
    };
    const ids: string[] = [];
    const total = encoded.parts.length;
    for (const [index, part] of encoded.parts.entries()) {
      const outcome = await submitPart({ ...base, short_message: part });
      if (outcome.kind === 'accepted') {
        ids.push(normalizeMessageId(outcome.id));
        continue;
      }
      return failure(message.id, outcome, ids, index, total);
    }
    const result: SubmitResult = { id: message.id, accepted: true, providerMessageId: ids[0] };
    if (total > 1) result.partIds = ids;
    return result;
  };

  const failure = (
    id: string,
    outcome: Exclude<PartOutcome, { kind: 'accepted' }>,
    ids: string[],
    index: number,
    total: number
  ): SubmitResult => {
    const sent = ids.length > 0 ? { providerMessageId: ids[0], partIds: ids } : {};
    const where = total > 1 ? ` (part ${index + 1}/${total})` : '';
    if (outcome.kind === 'unknown') {
      const message = `no answer to submit_sm${where}: it may have been sent`;
      return { id, accepted: false, ...sent, error: { code: outcome.code, retryable: false, unknown: true, message } };
    }
    const refusal = outcome.kind === 'refused' ? refusalOf(outcome.status) : undefined;
    const code = refusal?.code ?? (outcome.kind === 'not-written' ? outcome.code : 'unknown');
    if (index > 0) {
      // Earlier parts went out: sending the message again would duplicate them.
      const message = `${code}${where} after ${index} part(s) accepted; not resent`;
      return {
        id,
        accepted: false,
        ...sent,
        statusCode: STATUS.PROCESSING_ERROR,
        error: { code, retryable: false, message },
      };
    }
    if (!refusal || refusal.retryable) {
      const retryAfterMs =
        outcome.kind === 'refused' ? Math.max(options.throttleRetryMs, 1) : options.reconnect.initialMs;
      return { id, accepted: false, error: { code, retryable: true, retryAfterMs } };
    }
    return { id, accepted: false, statusCode: refusal.statusCode, error: { code, retryable: false } };
  };

  return { sendMessage };
}
