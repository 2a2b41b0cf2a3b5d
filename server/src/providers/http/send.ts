import { createHash } from 'node:crypto';
import { z } from 'zod';
import { statusFromProviderState } from '../../core';
import type { OutboundMessage, SubmitError, SubmitResult } from '../types';
import type { HttpOptions } from './options';
import { callGateway, retryAfterMs, type CallOutcome } from './transport';

/** When a 429/503 names no delay, wait this long before the next attempt. */
const DEFAULT_RETRY_AFTER_MS = 30_000;

const resultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('accepted'), messageId: z.string().min(1) }),
  z.object({
    id: z.string(),
    status: z.literal('rejected'),
    error: z.object({ code: z.string().min(1), message: z.string().optional() }),
    retryable: z.boolean().optional(),
  }),
]);
const answerSchema = z.object({ results: z.array(z.unknown()) });

type Batch = OutboundMessage[];

/** The wire shape of one message (`POST /messages`). */
export const toWireMessage = (message: OutboundMessage, senderDefault?: string) => ({
  id: message.id,
  to: message.to,
  from: message.from || senderDefault || undefined,
  text: message.text,
  encoding: message.encoding,
  segments: message.segments,
  channel: message.channel,
  audioUrl: message.audioUrl,
});

/**
 * The same ids give the same key, so a batch submitted again after a refusal (429, 503,
 * connection refused) carries the key of its first attempt.
 */
export const idempotencyKey = (batch: Batch): string =>
  `mc-${createHash('sha256')
    .update(batch.map((message) => message.id).join('\n'))
    .digest('hex')
    .slice(0, 40)}`;

export const submitBatches = async (options: HttpOptions, batch: Batch): Promise<SubmitResult[]> => {
  const results: SubmitResult[] = [];
  // One call at a time: the dispatcher owns concurrency and rate; this only respects the gateway's size limit.
  for (let start = 0; start < batch.length; start += options.maxBatchSize) {
    results.push(...(await submitOne(options, batch.slice(start, start + options.maxBatchSize))));
  }
  return results;
};

const submitOne = async (options: HttpOptions, batch: Batch): Promise<SubmitResult[]> => {
  const outcome = await callGateway({
    method: 'POST',
    url: `${options.baseUrl}/messages`,
    headers: { authorization: `Bearer ${options.apiKey}`, 'idempotency-key': idempotencyKey(batch) },
    body: { messages: batch.map((message) => toWireMessage(message, options.senderDefault)) },
    timeoutMs: options.timeoutMs,
  });
  return resultsFor(batch, outcome);
};

const failAll = (batch: Batch, error: SubmitError): SubmitResult[] =>
  batch.map((message) => ({ id: message.id, accepted: false, error }));

export const resultsFor = (batch: Batch, outcome: CallOutcome): SubmitResult[] => {
  if (outcome.kind === 'not-sent') {
    return failAll(batch, { code: outcome.code, retryable: true, message: 'The gateway could not be reached' });
  }
  if (outcome.kind === 'unknown') {
    return failAll(batch, {
      code: outcome.code,
      retryable: false,
      unknown: true,
      message: 'No answer from the gateway: the messages may have been sent',
    });
  }
  const { status, headers, body } = outcome;
  if (status === 429 || status === 503) {
    return failAll(batch, {
      code: `http_${status}`,
      retryable: true,
      retryAfterMs: retryAfterMs(headers.get('retry-after'), DEFAULT_RETRY_AFTER_MS),
      message: status === 429 ? 'Throttled by the gateway' : 'The gateway is unavailable',
    });
  }
  if (status >= 400 && status < 500) {
    return failAll(batch, {
      code: `http_${status}`,
      retryable: false,
      message: `The gateway refused the batch (${status})`,
    });
  }
  // A 5xx other than 503, or a 2xx we cannot read: the gateway may have taken the messages.
  const answer = status >= 200 && status < 300 ? answerSchema.safeParse(body) : undefined;
  if (!answer?.success) {
    return failAll(batch, {
      code: status >= 500 ? `http_${status}` : 'malformed_answer',
      retryable: false,
      unknown: true,
      message: 'The gateway answer could not be read: the messages may have been sent',
    });
  }
  const byId = new Map<string, z.infer<typeof resultSchema>>();
  for (const entry of answer.data.results) {
    const parsed = resultSchema.safeParse(entry);
    if (parsed.success && !byId.has(parsed.data.id)) byId.set(parsed.data.id, parsed.data);
  }
  return batch.map((message): SubmitResult => {
    const result = byId.get(message.id);
    if (!result) {
      return {
        id: message.id,
        accepted: false,
        error: {
          code: 'missing_result',
          retryable: false,
          unknown: true,
          message: 'The gateway answer names no result for this message',
        },
      };
    }
    if (result.status === 'accepted') return { id: message.id, accepted: true, providerMessageId: result.messageId };
    const retryable = result.retryable === true;
    return {
      id: message.id,
      accepted: false,
      // A final refusal is an outcome the recipient's report shows; a retryable one is not yet.
      statusCode: retryable ? undefined : statusFromProviderState('rejected', message.channel),
      error: { code: result.error.code, message: result.error.message, retryable },
    };
  });
};
