import { z } from 'zod';

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
