import type { Core } from '@strapi/strapi';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../contracts';
import { PLUGIN_ID } from '../permissions';
import { parseOrThrow } from '../utils/parse';
import { fieldError } from '../utils/validation';

const settingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'settings' });

  return {
    /** Stored settings over the defaults; a setting added in a new version gets its default. */
    async get(): Promise<Settings> {
      const stored = ((await store().get({})) ?? {}) as Partial<Settings>;
      const merged = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
      return merged.success ? merged.data : DEFAULT_SETTINGS;
    },

    async update(input: unknown): Promise<Settings> {
      const settings = parseOrThrow(settingsSchema, input, 'Invalid settings');
      if (!isTimeZone(settings.timeZone)) {
        throw fieldError('Invalid settings', 'timeZone', 'Unknown time zone', settings.timeZone);
      }
      await store().set({ value: settings });
      return settings;
    },
  };
};

const isTimeZone = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone }).format();
    return true;
  } catch {
    return false;
  }
};

export type SettingsService = ReturnType<typeof settingsService>;
export default settingsService;
