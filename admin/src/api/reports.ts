import {
  campaignReportSchema,
  reportRecipientSchema,
  type ReportCategory,
  type ReportRecipientsPage,
} from '../../../server/src/contracts/reports';

import { apiPath, parseData, parsePage, type FetchClient } from './client';
import { downloadFile } from './download';

export type {
  CampaignReport,
  ReportRecipient,
  ReportCategory,
  ReportRecipientsPage,
} from '../../../server/src/contracts/reports';

export type ReportLang = 'fr' | 'en';

/** Status labels and the CSV's STATUS_TEXT in the admin's language, as the other exports do. */
export const reportLang = (locale: string): ReportLang => (locale.toLowerCase().startsWith('fr') ? 'fr' : 'en');

/** `GET /campaigns/:id/report`: figures, rates, the donut's categories, the receipt table, links and timeline. */
export const getCampaignReport = async (client: FetchClient, id: number, lang: ReportLang, signal?: AbortSignal) => {
  const response = await client.get(apiPath(`/campaigns/${id}/report`), { params: { lang }, signal });
  return parseData(campaignReportSchema, response.data);
};

/** What the recipients table asks for: a page, a number to look for, one status or one category. */
export interface RecipientsQuery {
  page: number;
  pageSize: number;
  search?: string;
  status?: number;
  category?: ReportCategory;
}

export const recipientsParams = ({ page, pageSize, search, status, category }: RecipientsQuery, lang: ReportLang) => ({
  page,
  pageSize,
  ...(search ? { search } : {}),
  ...(status !== undefined ? { status } : {}),
  ...(category ? { category } : {}),
  lang,
});

/** The page comes as the plugin's other paginated routes send theirs: `{ data, meta: { pagination } }`. */
const readRecipientsPage = (body: unknown): ReportRecipientsPage => parsePage(reportRecipientSchema, body);

/** `GET /campaigns/:id/recipients`: one page of the campaign's recipients with their receipts, replies and clicks. */
export const getReportRecipients = async (
  client: FetchClient,
  id: number,
  query: RecipientsQuery,
  lang: ReportLang,
  signal?: AbortSignal
) => {
  const response = await client.get(apiPath(`/campaigns/${id}/recipients`), {
    params: recipientsParams(query, lang),
    signal,
  });
  return readRecipientsPage(response.data);
};

/** One status code, one category, or (empty) the whole report. */
export type ReportCsvFilter = { status: number } | { category: ReportCategory } | Record<string, never>;

/** `/campaigns/:id/report.csv?status=21&lang=fr`: the seeds' Annexe 2 file, whole or for one status or category. */
export const reportCsvPath = (id: number, filter: ReportCsvFilter, lang: ReportLang) => {
  const query = new URLSearchParams();
  if ('status' in filter) query.set('status', String(filter.status));
  if ('category' in filter) query.set('category', filter.category);
  query.set('lang', lang);
  return `/campaigns/${id}/report.csv?${query.toString()}`;
};

const csvName = (id: number, filter: ReportCsvFilter) => {
  if ('status' in filter) return `campaign-${id}-status-${filter.status}.csv`;
  if ('category' in filter) return `campaign-${id}-${filter.category}.csv`;
  return `campaign-${id}-report.csv`;
};

/** Downloads the report's CSV through the fetch client (a plain link would not carry the admin token). */
export const downloadReportCsv = (client: FetchClient, id: number, filter: ReportCsvFilter, lang: ReportLang) =>
  downloadFile(client, reportCsvPath(id, filter, lang), csvName(id, filter));
