import { campaignSummarySchema, type CampaignDraftInput } from '../../../server/src/contracts';

import { apiPath, parseData, type FetchClient } from './client';

/** The page only needs to name the new draft; the full campaign comes back with the dashboard. */
const createdCampaignSchema = campaignSummarySchema.pick({ id: true, documentId: true, name: true, status: true });

export const createCampaignDraft = async (client: FetchClient, input: CampaignDraftInput) => {
  const response = await client.post(apiPath('/campaigns'), input);
  return parseData(createdCampaignSchema, response.data);
};
