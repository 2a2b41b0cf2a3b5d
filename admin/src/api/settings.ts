import { z } from 'zod';

import { settingsMetaSchema, settingsSchema, type Settings, type SettingsMeta } from '../../../server/src/contracts';

import { apiPath, type FetchClient } from './client';

export interface SettingsResponse {
  settings: Settings;
  meta: SettingsMeta;
}

const responseSchema = z.object({ data: settingsSchema, meta: settingsMetaSchema });
const parse = (body: unknown): SettingsResponse => {
  const { data, meta } = responseSchema.parse(body);
  return { settings: data, meta };
};

export const getSettings = async (client: FetchClient, signal?: AbortSignal): Promise<SettingsResponse> =>
  parse((await client.get(apiPath('/settings'), { signal })).data);

/** The same settings, readable with the campaigns permission (the wizard's). */
export const getCampaignSettings = async (client: FetchClient, signal?: AbortSignal): Promise<SettingsResponse> =>
  parse((await client.get(apiPath('/settings/campaigns'), { signal })).data);

export const updateSettings = async (client: FetchClient, settings: Settings): Promise<SettingsResponse> =>
  parse((await client.put(apiPath('/settings'), settings)).data);
