import { z } from 'zod';

/**
 * Plugin configuration from the host app's `config/plugins.ts`:
 *
 *   'mobile-campaigns': { enabled: true, config: { providers: { sms: { provider: 'smpp', providerOptions: {...} } } } }
 *
 * Validated once at load; a bad value stops Strapi with a message naming the key.
 */
const providerConfigSchema = z.object({
  /** A built-in name (`simulator`, ...) or an installed `strapi-provider-mobile-campaigns-<name>` package. */
  provider: z.string().min(1),
  providerOptions: z.record(z.string(), z.unknown()).default({}),
});

export const pluginConfigSchema = z.object({
  providers: z.object({
    sms: providerConfigSchema,
    voice: providerConfigSchema,
  }),
  /** Base URL of this Strapi as seen from the internet: short links and webhook URLs are built on it. */
  publicUrl: z.string().url().optional(),
  /** Shared secret that signs provider webhooks (HMAC-SHA256). */
  webhookSecret: z.string().min(16).optional(),
  dispatch: z.object({
    batchSize: z.number().int().min(1).max(10_000),
    concurrency: z.number().int().min(1).max(64),
    ratePerSecond: z.number().positive().max(100_000),
    leaseSeconds: z.number().int().min(5).max(3600),
  }),
  scheduler: z.object({
    enabled: z.boolean(),
    /** How often every instance looks for due work (croner syntax, seconds allowed). */
    rule: z.string().min(1),
  }),
});

export type PluginConfig = z.infer<typeof pluginConfigSchema>;
export type ProviderConfig = z.infer<typeof providerConfigSchema>;

export const DEFAULT_CONFIG: PluginConfig = {
  providers: {
    sms: { provider: 'simulator', providerOptions: {} },
    voice: { provider: 'simulator', providerOptions: {} },
  },
  dispatch: { batchSize: 200, concurrency: 4, ratePerSecond: 100, leaseSeconds: 120 },
  scheduler: { enabled: true, rule: '*/10 * * * * *' },
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
