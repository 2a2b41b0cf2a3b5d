import { useFetchClient } from '@strapi/strapi/admin';

import { getSettings } from '../api/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../server/src/contracts';

import { useResource } from './useResource';

/**
 * The settings the wizard needs (short code, maximum segments, default sender, time zone).
 * GET /settings needs the settings permission: an editor without it gets the plugin defaults,
 * which are also what the server applies until an administrator changes them.
 */
export const useCampaignSettings = () => {
  const client = useFetchClient();
  const resource = useResource<{ settings: Settings; fromDefaults: boolean }>((signal) =>
    getSettings(client, signal).then(
      ({ settings }) => ({ settings, fromDefaults: false }),
      (error: unknown) => {
        if (signal.aborted) throw error;
        return { settings: DEFAULT_SETTINGS, fromDefaults: true };
      }
    )
  );
  const settings = resource.data?.settings ?? DEFAULT_SETTINGS;
  return {
    isLoading: resource.isLoading,
    settings,
    fromDefaults: resource.data?.fromDefaults ?? false,
    /** What the editor's seam calls them (ui-shared.md). */
    editor: {
      stopShortCode: settings.stopShortCode,
      maxSegments: settings.maxSegments,
      defaultSender: settings.smsSender || settings.stopShortCode,
    },
  };
};
