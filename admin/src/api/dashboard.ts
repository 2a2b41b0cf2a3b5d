import { dashboardSchema, type Dashboard } from '../../../server/src/contracts';

import { apiPath, parseData, type FetchClient } from './client';

export const getDashboard = async (client: FetchClient, signal?: AbortSignal): Promise<Dashboard> => {
  const response = await client.get(apiPath('/dashboard'), { signal });
  return parseData(dashboardSchema, response.data);
};
