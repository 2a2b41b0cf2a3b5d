import { z } from 'zod';

import {
  audienceLineSchema,
  audienceSummarySchema,
  campaignAuthorSchema,
  campaignListRowSchema,
  campaignSummarySchema,
  creditEstimateSchema,
  messageOptionsSchema,
  trackedLinkSchema,
  type AudienceQuery,
  type CampaignDraftInput,
  type CampaignListQuery,
  type CampaignUpdateInput,
  type TestSendInput,
} from '../../../server/src/contracts';

import { apiPath, parseData, parsePage, type FetchClient } from './client';
import { downloadFile } from './download';

/** The page only needs to name the new draft; the full campaign comes back with the dashboard. */
const createdCampaignSchema = campaignSummarySchema.pick({ id: true, documentId: true, name: true, status: true });

export const createCampaignDraft = async (client: FetchClient, input: CampaignDraftInput) => {
  const response = await client.post(apiPath('/campaigns'), input);
  return parseData(createdCampaignSchema, response.data);
};

const ids = z.array(z.number()).nullable().optional();

/**
 * `GET /campaigns/:id`: the whole draft (every wizard step reads it back) and, once validated,
 * its frozen figures. Fields a draft never had come back null or absent.
 */
export const campaignDetailsSchema = campaignSummarySchema.extend({
  billingCode: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  sender: z.string().nullable().optional(),
  message: z.string().nullable().optional(),
  messageOptions: messageOptionsSchema.nullable().optional(),
  stopMention: z.string().nullable().optional(),
  fieldDefaults: z.record(z.string(), z.string()).nullable().optional(),
  trackedLinks: z.array(trackedLinkSchema).nullable().optional(),
  listIds: ids,
  exclusionListIds: ids,
  invalidCount: z.number().nullable().optional(),
  duplicateCount: z.number().nullable().optional(),
  excludedCount: z.number().nullable().optional(),
  pauseReason: z.string().nullable().optional(),
  pauseDetail: z.string().nullable().optional(),
  resumeAt: z.string().nullable().optional(),
  cancelledAt: z.string().nullable().optional(),
  statusCounts: z.record(z.string(), z.number()).optional(),
});
export type CampaignDetails = z.infer<typeof campaignDetailsSchema>;

/** The filters of the campaigns page, as the URL keeps them (statuses joined by commas). */
export type CampaignsFilter = Partial<Omit<CampaignListQuery, 'status'>> & { status?: string };

const listParams = (filter: CampaignsFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== ''));

export const getCampaigns = async (client: FetchClient, filter: CampaignsFilter, signal?: AbortSignal) => {
  const response = await client.get(apiPath('/campaigns'), { params: listParams(filter), signal });
  return parsePage(campaignListRowSchema, response.data);
};

/** The filtered list (without paging) as a CSV file. */
export const exportCampaigns = (client: FetchClient, filter: CampaignsFilter, locale: string) => {
  const { page: _page, pageSize: _pageSize, ...rest } = filter;
  const query = new URLSearchParams({
    ...(listParams(rest) as Record<string, string>),
    locale: locale.toLowerCase().startsWith('fr') ? 'fr' : 'en',
  });
  return downloadFile(client, `/campaigns/export?${query.toString()}`, 'campaigns.csv');
};

export const getCampaignAuthors = async (client: FetchClient, signal?: AbortSignal) => {
  const response = await client.get(apiPath('/campaigns/authors'), { signal });
  return parseData(z.array(campaignAuthorSchema), response.data);
};

export const getCampaign = async (client: FetchClient, id: number, signal?: AbortSignal) => {
  const response = await client.get(apiPath(`/campaigns/${id}`), { signal });
  return parseData(campaignDetailsSchema, response.data);
};

export const updateCampaign = async (client: FetchClient, id: number, input: CampaignUpdateInput) => {
  const response = await client.put(apiPath(`/campaigns/${id}`), input);
  return parseData(campaignDetailsSchema, response.data);
};

export const deleteCampaign = async (client: FetchClient, id: number) => {
  await client.del(apiPath(`/campaigns/${id}`));
};

/** The copy is named “<name> (copie)” or “<name> (copy)” after the admin's language. */
export const duplicateCampaign = async (client: FetchClient, id: number, locale: string) => {
  const lang = locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const response = await client.post(apiPath(`/campaigns/${id}/duplicate`), { lang });
  return parseData(createdCampaignSchema, response.data);
};

export type CampaignAction = 'unschedule' | 'pause' | 'resume' | 'cancel';

export const runCampaignAction = async (client: FetchClient, id: number, action: CampaignAction) => {
  const response = await client.post(apiPath(`/campaigns/${id}/${action}`), {});
  return parseData(campaignDetailsSchema, response.data);
};

/** Validates the draft and schedules it; without a date it goes out now (or at the window's next opening). */
export const sendCampaign = async (client: FetchClient, id: number, scheduledAt: string | null) => {
  const response = await client.post(apiPath(`/campaigns/${id}/send`), scheduledAt ? { scheduledAt } : {});
  return parseData(campaignDetailsSchema, response.data);
};

const testResultSchema = z.array(
  z.object({
    to: z.string(),
    accepted: z.boolean(),
    providerMessageId: z.string().nullable(),
    error: z.string().nullable(),
  })
);
export type TestSendResults = z.infer<typeof testResultSchema>;

export const sendTest = async (client: FetchClient, id: number, input: TestSendInput) => {
  const response = await client.post(apiPath(`/campaigns/${id}/test`), input);
  return parseData(testResultSchema, response.data);
};

export const getAudience = async (client: FetchClient, query: AudienceQuery, signal?: AbortSignal) => {
  const response = await client.post(apiPath('/campaigns/audience'), query, { signal });
  return parseData(audienceSummarySchema, response.data);
};

export const getAudienceLine = async (client: FetchClient, listIds: number[], line: number) => {
  const response = await client.get(apiPath('/campaigns/audience/line'), {
    params: { listIds: listIds.join(','), line },
  });
  return parseData(audienceLineSchema, response.data);
};

export const estimateCampaign = async (client: FetchClient, id: number, signal?: AbortSignal) => {
  const response = await client.post(apiPath(`/campaigns/${id}/estimate`), {}, { signal });
  return parseData(creditEstimateSchema, response.data);
};
