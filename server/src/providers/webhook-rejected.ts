/**
 * Thrown by a provider's `parseWebhook` when a call must not be acted on. The webhook route
 * answers `status` with `reason` and changes nothing. Recognised by name and status (not
 * `instanceof`), so that a provider installed as its own package, with its own copy of this
 * class or a look-alike, is understood too.
 */
export type WebhookRejectionStatus = 400 | 401;

export class WebhookRejected extends Error {
  override readonly name = 'WebhookRejected';

  constructor(
    /** 401: the caller could not prove it holds the secret; 400: signed, but not what the contract says. */
    readonly status: WebhookRejectionStatus,
    /** Short, safe to send back and to log: never a part of the body. */
    readonly reason: string
  ) {
    super(reason);
  }
}

export const isWebhookRejection = (error: unknown): error is WebhookRejected =>
  error instanceof Error &&
  error.name === 'WebhookRejected' &&
  ((error as WebhookRejected).status === 400 || (error as WebhookRejected).status === 401) &&
  typeof (error as WebhookRejected).reason === 'string';
