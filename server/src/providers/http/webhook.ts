import { z } from 'zod';
import { PROVIDER_DELIVERY_STATES, statusFromProviderState, type Channel } from '../../core';
import type { DeliveryReceipt, InboundMessage, WebhookRequest } from '../types';
import { WebhookRejected } from '../webhook-rejected';
import { SIGNATURE_HEADER, singleHeader, TIMESTAMP_HEADER, verifySignature } from './signature';

/** Gateways send receipts in bursts; a bigger call is split by the gateway, not refused silently. */
const MAX_ITEMS = 1000;

const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number');

export const receiptStateSchema = z.enum(PROVIDER_DELIVERY_STATES as [string, ...string[]]);

const receiptsBody = z.object({
  receipts: z
    .array(
      z.object({
        messageId: z.string().min(1).max(200),
        state: receiptStateSchema,
        at: isoDate,
        error: z.object({ code: z.string().min(1).max(100), message: z.string().max(500).optional() }).optional(),
      })
    )
    .max(MAX_ITEMS),
});

const inboundBody = z.object({
  messages: z
    .array(
      z.object({
        from: e164,
        to: z.string().min(1).max(32).optional(),
        text: z.string().max(10_000),
        at: isoDate,
        messageId: z.string().min(1).max(200).optional(),
      })
    )
    .max(MAX_ITEMS),
});

export type WebhookKind = 'receipts' | 'inbound';

export interface WebhookParseInput {
  secret: string;
  channel: Channel;
  request: WebhookRequest;
  now?: Date;
}

/**
 * Verifies then reads one webhook call. The body is parsed from the raw text that was signed,
 * never from what a body parser made of it, so what is acted on is exactly what was signed.
 */
export const parseSignedWebhook = ({ secret, channel, request, now }: WebhookParseInput) => {
  if (request.rawBody === undefined) throw new WebhookRejected(400, 'body unavailable');
  const check = verifySignature({
    secret,
    timestamp: singleHeader(header(request, TIMESTAMP_HEADER)),
    signature: singleHeader(header(request, SIGNATURE_HEADER)),
    rawBody: request.rawBody,
    now,
  });
  if (!check.ok) throw new WebhookRejected(401, check.reason);

  let body: unknown;
  try {
    body = JSON.parse(request.rawBody);
  } catch {
    throw new WebhookRejected(400, 'body is not JSON');
  }
  if (request.kind === 'receipts') {
    const parsed = receiptsBody.safeParse(body);
    if (!parsed.success) throw new WebhookRejected(400, describe(parsed.error));
    return { receipts: parsed.data.receipts.map((receipt) => toReceipt(receipt, channel)), inbound: [] };
  }
  if (request.kind === 'inbound') {
    const parsed = inboundBody.safeParse(body);
    if (!parsed.success) throw new WebhookRejected(400, describe(parsed.error));
    return { receipts: [], inbound: parsed.data.messages.map(toInbound) };
  }
  throw new WebhookRejected(400, 'unknown webhook kind');
};

const header = (request: WebhookRequest, name: string) => {
  const direct = request.headers[name];
  if (direct !== undefined) return direct;
  const key = Object.keys(request.headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : request.headers[key];
};

const toReceipt = (receipt: z.output<typeof receiptsBody>['receipts'][number], channel: Channel): DeliveryReceipt => ({
  providerMessageId: receipt.messageId,
  statusCode: statusFromProviderState(receipt.state as (typeof PROVIDER_DELIVERY_STATES)[number], channel),
  at: receipt.at,
  ...(receipt.error ? { errorCode: receipt.error.code } : {}),
});

const toInbound = (message: z.output<typeof inboundBody>['messages'][number]): InboundMessage => ({
  from: message.from,
  to: message.to,
  text: message.text,
  at: message.at,
  ...(message.messageId ? { providerMessageId: message.messageId } : {}),
});

/** Names the first wrong field (its path), never its value: the reason is logged and sent back. */
const describe = (error: z.ZodError): string => {
  const issue = error.issues[0];
  const path = issue?.path.join('.') || 'body';
  return `invalid ${path}`;
};
