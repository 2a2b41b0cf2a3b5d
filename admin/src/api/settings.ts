import { settingsSchema, type Settings } from '../../../server/src/contracts';

import { apiPath, parseData, type FetchClient } from './client';

export const getSettings = async (client: FetchClient, signal?: AbortSignal): Promise<Settings> => {
  const response = await client.get(apiPath('/settings'), { signal });
  return parseData(settingsSchema, response.data);
};

export const updateSettings = async (client: FetchClient, settings: Settings): Promise<Settings> => {
  const response = await client.put(apiPath('/settings'), settings);
  return parseData(settingsSchema, response.data);
};
