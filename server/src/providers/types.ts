import type { Channel } from '../core';

/**
 * The one interface every gateway implements, for SMS and voice alike.
 * A provider package exports `{ init(options, context) }` returning a `GatewayProvider`
 * (the shape of Strapi's email and upload providers).
 */
export interface OutboundMessage {
  /** Our recipient id, echoed back in results so they can be matched whatever their order. */
  id: string;
  channel: Channel;
  /** E.164 destination. */
  to: string;
  /** Sender ID or number; empty for the account default. */
  from?: string;
  text?: string;
  encoding?: 'GSM-7' | 'UCS-2';
  segments?: number;
  /** Voice: the audio file the provider fetches. */
  audioUrl?: string;
}

export interface SubmitError {
  code: string;
  /**
   * The gateway refused the message without taking it (throttled, queue full, not connected):
   * the dispatcher backs off and submits it again. Never set when any part may have gone out.
   */
  retryable: boolean;
  /** Retryable errors: how long the gateway asks to wait before the next attempt. */
  retryAfterMs?: number;
  /**
   * The outcome is unknown (no answer before the response timeout, connection lost with the
   * message in flight): the message may have been sent, so it is never submitted again.
   */
  unknown?: boolean;
  message?: string;
}

export interface SubmitResult {
  /** The `OutboundMessage.id` this result is for. */
  id: string;
  accepted: boolean;
  /** The gateway's id of the message (of its first part), in the form `normalizeMessageId` gives. */
  providerMessageId?: string;
  /** Long messages sent as several parts: every part's id, in order (the first is `providerMessageId`). */
  partIds?: string[];
  /** A status code of `STATUS_CODES` when the gateway already knows the outcome (e.g. rejected). */
  statusCode?: number;
  error?: SubmitError;
}

export interface DeliveryReceipt {
  /** The id the receipt names (of the message, or of one part of a long message). */
  providerMessageId: string;
  /**
   * Other spellings of the same id that the submit answer may have used (gateways mix hex and
   * decimal ids): the receipt matches a message stored under any of them.
   */
  alternateIds?: string[];
  /**
   * The handset the receipt is about, in E.164, when the gateway says (SMPP: the receipt's
   * source_addr). It resolves a message whose submission answer was lost in a crash.
   */
  phone?: string;
  statusCode: number;
  at: Date;
  errorCode?: string;
}

export interface InboundMessage {
  from: string;
  to?: string;
  text: string;
  at: Date;
  providerMessageId?: string;
}

export interface WebhookRequest {
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** The body exactly as received, for signatures. */
  rawBody?: string;
  /** The webhook's kind from its route (`receipts`, `inbound`), when the provider has one per kind. */
  kind?: string;
}

export interface ProviderContext {
  channel: Channel;
  /** Push-style gateways (SMPP, the simulator) report receipts and replies here. */
  onReceipt(receipt: DeliveryReceipt): unknown;
  onInbound(message: InboundMessage): unknown;
  logger: { info(msg: string): void; warn(msg: string): void; error(msg: string): void; debug(msg: string): void };
}

export interface GatewayProvider {
  send(batch: OutboundMessage[]): Promise<SubmitResult[]>;
  /** HTTP gateways: turn a webhook call into receipts and replies. */
  parseWebhook?(request: WebhookRequest): { receipts: DeliveryReceipt[]; inbound: InboundMessage[] };
  /** Remaining balance at the gateway, in its own unit, when it tells. */
  balance?(): Promise<number | null>;
  /** Fate of a message whose submission outcome is unknown (after a crash). */
  queryStatus?(providerMessageId: string): Promise<DeliveryReceipt | null>;
  close?(): Promise<void>;
}

export interface ProviderModule {
  init(options: Record<string, unknown>, context: ProviderContext): GatewayProvider | Promise<GatewayProvider>;
}
