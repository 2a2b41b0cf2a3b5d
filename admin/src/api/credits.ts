import { creditsSummarySchema, type CreditsSummary, type TopUpInput } from '../../../server/src/contracts';

import { apiPath, parseData, type FetchClient } from './client';

export const getCredits = async (client: FetchClient, signal?: AbortSignal): Promise<CreditsSummary> => {
  const response = await client.get(apiPath('/credits'), { signal });
  return parseData(creditsSummarySchema, response.data);
};

export const topUpCredits = async (client: FetchClient, input: TopUpInput): Promise<CreditsSummary> => {
  const response = await client.post(apiPath('/credits/top-up'), input);
  return parseData(creditsSummarySchema, response.data);
};
