import { z } from 'zod';
import { FRENCH_HOLIDAY_REGIONS } from '../core/holiday-regions';
import { isValidVoiceSender, validateSmsSender } from '../core/sender';
import { normalizeShortLinkBase } from '../core/short-links';

/**
 * The plugin settings kept in Strapi's plugin store and edited from the Settings page.
 * Server and admin both validate with this schema.
 */
export const HOLIDAY_REGIONS = Object.keys(FRENCH_HOLIDAY_REGIONS) as [string, ...string[]];
export const SMS_WINDOW_PRESETS = ['seeds', 'af2m-2026'] as const;
export const VOICE_WINDOW_PRESETS = ['voice'] as const;
export const CREDIT_MODES = ['unlimited', 'limited'] as const;

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'country');

export const settingsSchema = z.object({
  /** Default alphanumeric sender ID; empty means the account's short code. */
  smsSender: z.string().superRefine((value, ctx) => {
    const check = validateSmsSender(value);
    if (!check.valid) ctx.addIssue({ code: 'custom', message: check.reason });
  }),
  /** Default fixed-line number for voice drops; empty means "unknown number". */
  voiceSender: z
    .string()
    .max(20)
    .refine((value) => isValidVoiceSender(value), { message: 'not-fixed-line' }),
  /** The short code that receives STOP replies, quoted in the STOP mention. */
  stopShortCode: z.string().regex(/^\d{4,6}$/, 'stopShortCode'),
  smsWindowPreset: z.enum(SMS_WINDOW_PRESETS),
  voiceWindowPreset: z.enum(VOICE_WINDOW_PRESETS),
  timeZone: z.string().min(1),
  holidayRegion: z.enum(HOLIDAY_REGIONS),
  defaultCountry: countryCode,
  allowedCountries: z.array(countryCode).min(1),
  creditMode: z.enum(CREDIT_MODES),
  /** Months without use before a list is purged; null keeps lists forever. */
  listRetentionMonths: z.number().int().min(1).max(12).nullable(),
  maxSegments: z.number().int().min(1).max(10),
  /**
   * Where tracked links point (a short domain whose traffic reaches Strapi, with or without a
   * path): `https://clic-ici.net` sends `clic-ici.net/Ab12Cd34`. Empty means Strapi's public URL
   * and `/l`. Only new campaigns use a change; links already sent keep working.
   */
  shortLinkBase: z
    .string()
    .trim()
    .max(60)
    .refine((value) => value === '' || isShortLinkBase(value), { message: 'shortLinkBase' })
    .default(''),
});

const isShortLinkBase = (value: string) => {
  try {
    normalizeShortLinkBase(value);
    return true;
  } catch {
    return false;
  }
};

export type Settings = z.infer<typeof settingsSchema>;

/** A sending window the host's config sets (`sendingWindows` in config/plugins), as GET /settings shows it. */
export const configuredWindowSchema = z.object({
  days: z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(z.tuple([z.string(), z.string()]))),
  excludeHolidays: z.boolean(),
});
export type ConfiguredWindow = z.infer<typeof configuredWindowSchema>;

/** What GET/PUT /settings answer beside the settings: what the host's config decides instead. */
export const settingsMetaSchema = z.object({
  sendingWindows: z.object({ sms: configuredWindowSchema.nullable(), voice: configuredWindowSchema.nullable() }),
  /** The base tracked links are sent under (the setting, or its default), and the characters each takes. */
  shortLinks: z.object({ base: z.string(), length: z.number() }).optional(),
});
export type SettingsMeta = z.infer<typeof settingsMetaSchema>;

export const DEFAULT_SETTINGS: Settings = {
  smsSender: '',
  voiceSender: '',
  stopShortCode: '36184',
  smsWindowPreset: 'seeds',
  voiceWindowPreset: 'voice',
  timeZone: 'Europe/Paris',
  holidayRegion: 'FR',
  defaultCountry: 'FR',
  allowedCountries: ['FR'],
  creditMode: 'unlimited',
  listRetentionMonths: 3,
  maxSegments: 6,
  shortLinkBase: '',
};

export interface StoredSettings {
  settings: Settings;
  /** The stored fields that no longer parse and were replaced by their default. */
  invalidFields: (keyof Settings)[];
  /** False when the stored value is not an object at all (every field then has its default). */
  readable: boolean;
}

/**
 * Reads what the store holds field by field: a field that no longer parses gets its default and
 * is reported, the others keep their stored value (one bad field must not turn limited credits
 * back into unlimited ones). A field missing from the store (added by a later version) gets its
 * default silently.
 */
export const readStoredSettings = (stored: unknown): StoredSettings => {
  const readable = stored === null || stored === undefined || (typeof stored === 'object' && !Array.isArray(stored));
  const values = (readable && stored ? stored : {}) as Record<string, unknown>;
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const invalidFields: (keyof Settings)[] = [];
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    if (values[key] === undefined) continue;
    const parsed = schema.safeParse(values[key]);
    if (parsed.success) settings[key] = parsed.data;
    else invalidFields.push(key as keyof Settings);
  }
  return { settings: settings as Settings, invalidFields, readable };
};
