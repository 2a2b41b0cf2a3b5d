import { useFetchClient } from '@strapi/strapi/admin';

import { getSettings, updateSettings } from '../api/settings';
import type { Settings } from '../../../server/src/contracts';

import { useResource } from './useResource';

export const useSettings = () => {
  const client = useFetchClient();
  const resource = useResource((signal) => getSettings(client, signal));

  const save = async (settings: Settings): Promise<Settings> => {
    const saved = await updateSettings(client, settings);
    resource.setData(saved);
    return saved.settings;
  };

  return { ...resource, save };
};
