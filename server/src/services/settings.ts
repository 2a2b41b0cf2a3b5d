import type { Core } from '@strapi/strapi';
import { readStoredSettings, settingsSchema, type Settings } from '../contracts';
import { PLUGIN_ID } from '../permissions';
import { parseOrThrow } from '../utils/parse';
import { fieldError } from '../utils/validation';

const settingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'settings' });
  /** What was last reported, so that a bad store is logged once rather than on every read. */
  let reported = '';

  const report = ({ invalidFields, readable }: ReturnType<typeof readStoredSettings>) => {
    const problem = readable ? invalidFields.join(', ') : 'not-an-object';
    if (problem === reported) return;
    reported = problem;
    if (!readable) {
      strapi.log.warn(`[${PLUGIN_ID}] The stored settings are not an object; every setting uses its default.`);
    } else if (invalidFields.length > 0) {
      strapi.log.warn(
        `[${PLUGIN_ID}] Stored settings that no longer parse use their default: ${problem}. Save the settings page to fix them.`
      );
    }
  };

  return {
    /** Stored settings over the defaults, field by field; a field that does not parse gets its default and is logged. */
    async get(): Promise<Settings> {
      const read = readStoredSettings(await store().get({}));
      report(read);
      return read.settings;
    },

    async update(input: unknown): Promise<Settings> {
      const settings = parseOrThrow(settingsSchema, input, 'Invalid settings');
      if (!isTimeZone(settings.timeZone)) {
        throw fieldError('Invalid settings', 'timeZone', 'Unknown time zone', settings.timeZone);
      }
      await store().set({ value: settings });
      strapi.plugin(PLUGIN_ID).service('tracking').forget();
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
