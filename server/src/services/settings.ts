import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../contracts';
import { PLUGIN_ID } from '../permissions';
import { validationErrorDetails } from '../utils/validation';

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
      const parsed = settingsSchema.safeParse(input);
      if (!parsed.success) {
        throw new errors.ValidationError('Invalid settings', validationErrorDetails(parsed.error));
      }
      if (!isTimeZone(parsed.data.timeZone)) {
        throw new errors.ValidationError('Invalid settings', {
          errors: [
            { path: ['timeZone'], message: 'Unknown time zone', name: 'ValidationError', value: parsed.data.timeZone },
          ],
        });
      }
      await store().set({ value: parsed.data });
      return parsed.data;
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
