import { z } from 'zod';

/** `providerOptions` of the `http` provider (config/plugins.ts), checked when the gateway starts. */
export const httpOptionsSchema = z.object({
  /** The gateway's API root; `/messages` and `/balance` are resolved under it. */
  baseUrl: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL')
    .transform((value) => value.replace(/\/+$/, '')),
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey: z.string().min(1),
  /** The HMAC key of the webhooks the gateway calls; long and random (32 bytes or more). */
  webhookSecret: z.string().min(16, 'must be at least 16 characters'),
  timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  maxBatchSize: z.number().int().min(1).max(10_000).default(500),
  /** The sender used for messages that name none. */
  senderDefault: z.string().min(1).optional(),
});

export type HttpProviderOptions = z.input<typeof httpOptionsSchema>;
export type HttpOptions = z.output<typeof httpOptionsSchema>;
