import { STATUS } from '../core';
import type { SubmitResult } from '../providers/types';
import type { BatchOutcome, ClaimedRecipient } from './dispatch-types';

export interface ClassifiedBatch extends BatchOutcome {
  /** The longest wait a retryable error asked for, 0 when none. */
  retryAfterMs: number;
  /**
   * For the error budget: one entry per recipient the gateway answered for, true when it failed.
   * A message refused for now (throttled) is not a failure of its own: a round of refusals counts
   * once (see the dispatcher).
   */
  failures: boolean[];
}

/**
 * Sorts a gateway's answers into what the queue records. A recipient the gateway did not answer
 * for is treated as unknown: it may have gone out, so it is never submitted again.
 */
export function classify(batch: readonly ClaimedRecipient[], results: readonly SubmitResult[]): ClassifiedBatch {
  const byId = new Map(results.map((result) => [result.id, result]));
  const outcome: ClassifiedBatch = { submitted: [], requeued: [], failed: [], retryAfterMs: 0, failures: [] };
  for (const recipient of batch) {
    const result = byId.get(String(recipient.id));
    if (result?.accepted && result.providerMessageId) {
      outcome.submitted.push({
        id: recipient.id,
        providerMessageId: result.providerMessageId,
        ...(result.partIds && result.partIds.length > 1 ? { partIds: result.partIds } : {}),
      });
      outcome.failures.push(false);
      continue;
    }
    const error = result?.error;
    if (error?.retryable && !error.unknown && !result?.partIds?.length) {
      outcome.requeued.push(recipient.id);
      outcome.retryAfterMs = Math.max(outcome.retryAfterMs, error.retryAfterMs ?? 0);
      continue;
    }
    outcome.failures.push(true);
    if (!result || error?.unknown || (result.accepted && !result.providerMessageId)) {
      outcome.failed.push({
        id: recipient.id,
        statusCode: STATUS.PROCESSING_ERROR,
        errorCode: error?.code ?? 'no-answer',
        unknown: true,
      });
    } else {
      outcome.failed.push({
        id: recipient.id,
        statusCode: result.statusCode ?? STATUS.OPERATOR_REJECTION,
        ...(error?.code ? { errorCode: error.code.slice(0, 64) } : {}),
      });
    }
  }
  return outcome;
}
