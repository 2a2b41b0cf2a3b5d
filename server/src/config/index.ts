import { z } from 'zod';
import { compileSendingWindow } from '../core/sending-window';

/**
 * Plugin configuration from the host app's `config/plugins.ts`:
 *
 *   'mobile-campaigns': { enabled: true, config: { providers: { sms: { provider: 'acme', providerOptions: {...} } } } }
 *
 * Validated once at load; a bad value stops Strapi with a message naming the key.
 */
const providerConfigSchema = z.object({
  /** A built-in name (`simulator`, ...) or an installed `strapi-provider-mobile-campaigns-<name>` package. */
  provider: z.string().min(1),
  providerOptions: z.record(z.string(), z.unknown()).default({}),
});

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time as HH:MM');
/**
 * A sending window of the host's own, in the account's time zone (Settings): the ranges of each ISO
 * weekday (1 = Monday … 7 = Sunday; a day left out sends nothing) and whether public holidays of the
 * account's region are closed.
 */
const sendingWindowSchema = z
  .object({
    days: z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(z.tuple([clock, clock])).max(8)),
    excludeHolidays: z.boolean().default(true),
  })
  .superRefine((window, context) => {
    try {
      compileSendingWindow({ timeZone: 'UTC', days: window.days, excludeHolidays: false });
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    }
  });

export const pluginConfigSchema = z.object({
  providers: z.object({
    sms: providerConfigSchema,
    voice: providerConfigSchema,
  }),
  imports: z
    .object({
      /** Where uploaded files wait between upload and import (default: a folder in the OS temp dir). */
      directory: z.string().min(1).optional(),
      /** Analyses and imports one instance runs at once, each in a worker thread; the others wait their turn. */
      maxWorkers: z.number().int().min(1).max(32).optional(),
    })
    .optional(),
  /** Replaces the preset chosen in Settings for a channel's marketing campaigns. */
  sendingWindows: z.object({ sms: sendingWindowSchema.optional(), voice: sendingWindowSchema.optional() }).optional(),
  dispatch: z
    .object({
      /** How often every instance looks for due work (ms; Strapi's cron counts in seconds, so rounded up to one). */
      tickMs: z.number().int().min(100).max(600_000).optional(),
      /** Recipients claimed and submitted together; after a crash, at most this many per instance have an unknown fate. */
      batchSize: z.number().int().min(1).max(5000).optional(),
      leaseMs: z.number().int().min(1000).max(3_600_000).optional(),
      /** Batches of one campaign an instance keeps at the gateway at once (default 3). */
      lanes: z.number().int().min(1).max(16).optional(),
      /** Messages per second per channel, 0 = no limit (the SMPP provider also has its own `tps`). */
      rate: z.object({ sms: z.number().min(0).optional(), voice: z.number().min(0).optional() }).optional(),
      maxConcurrentCampaigns: z.number().int().min(1).max(64).optional(),
      /** Consolidation ends this long after the last submission at the latest. */
      consolidationHours: z
        .number()
        .min(0)
        .max(24 * 30)
        .optional(),
      /** An unknown outcome waits this long for a late receipt before it is a processing error (12). */
      unknownGraceMs: z
        .number()
        .int()
        .min(0)
        .max(7 * 24 * 3_600_000)
        .optional(),
      errorBudget: z
        .object({
          maxConsecutive: z.number().int().min(0).optional(),
          window: z.number().int().min(1).optional(),
          maxRate: z.number().min(0).max(1).optional(),
        })
        .optional(),
    })
    .optional(),
});

export type PluginConfig = z.infer<typeof pluginConfigSchema>;
export type ProviderConfig = z.infer<typeof providerConfigSchema>;

export const DEFAULT_CONFIG: PluginConfig = {
  providers: {
    sms: { provider: 'simulator', providerOptions: {} },
    voice: { provider: 'simulator', providerOptions: {} },
  },
};

export const formatConfigError = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

export default {
  default: DEFAULT_CONFIG,
  validator(config: unknown) {
    const result = pluginConfigSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`Invalid "mobile-campaigns" plugin config: ${formatConfigError(result.error)}`);
    }
  },
};
