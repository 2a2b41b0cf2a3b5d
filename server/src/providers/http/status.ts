import { z } from 'zod';
import { statusFromProviderState, type Channel } from '../../core';
import type { DeliveryReceipt } from '../types';
import type { HttpOptions } from './options';
import { receiptStateSchema } from './webhook';
import { callGateway } from './transport';

const statusSchema = z.object({
  messageId: z.string().min(1),
  state: receiptStateSchema,
  at: z.iso.datetime({ offset: true }).optional(),
  error: z.object({ code: z.string().min(1), message: z.string().optional() }).optional(),
});
const balanceSchema = z.object({ balance: z.number().finite() });

/** A gateway call that did not give a usable answer; its message names no secret and no body. */
export class GatewayCallFailed extends Error {
  override readonly name = 'GatewayCallFailed';
}

const get = async (options: HttpOptions, path: string) => {
  const outcome = await callGateway({
    method: 'GET',
    url: `${options.baseUrl}${path}`,
    headers: { authorization: `Bearer ${options.apiKey}` },
    timeoutMs: options.timeoutMs,
  });
  if (outcome.kind !== 'answer') throw new GatewayCallFailed(`GET ${path}: ${outcome.code}`);
  return outcome;
};

/** `GET /messages/{id}`: null when the gateway does not know the message (404). */
export const queryStatus = async (
  options: HttpOptions,
  channel: Channel,
  providerMessageId: string
): Promise<DeliveryReceipt | null> => {
  const path = `/messages/${encodeURIComponent(providerMessageId)}`;
  const { status, body } = await get(options, path);
  if (status === 404) return null;
  if (status !== 200) throw new GatewayCallFailed(`GET /messages/{id}: HTTP ${status}`);
  const parsed = statusSchema.safeParse(body);
  if (!parsed.success) throw new GatewayCallFailed('GET /messages/{id}: malformed answer');
  const { state, at, error } = parsed.data;
  return {
    providerMessageId,
    statusCode: statusFromProviderState(state as Parameters<typeof statusFromProviderState>[0], channel),
    at: at ? new Date(at) : new Date(),
    ...(error ? { errorCode: error.code } : {}),
  };
};

/** `GET /balance`: null when the gateway does not tell (404). */
export const balance = async (options: HttpOptions): Promise<number | null> => {
  const { status, body } = await get(options, '/balance');
  if (status === 404) return null;
  if (status !== 200) throw new GatewayCallFailed(`GET /balance: HTTP ${status}`);
  const parsed = balanceSchema.safeParse(body);
  if (!parsed.success) throw new GatewayCallFailed('GET /balance: malformed answer');
  return parsed.data.balance;
};
