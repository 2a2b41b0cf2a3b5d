import * as React from 'react';

import { useFetchClient, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import {
  downloadReportCsv,
  getCampaignReport,
  getReportRecipients,
  reportLang,
  type CampaignReport,
  type RecipientsQuery,
  type ReportCsvFilter,
} from '../api/reports';
import { REPORT_CATEGORIES, type ReportCategory } from '../../../server/src/contracts/reports';

import { usePolledResource } from './usePolledResource';
import { useResource } from './useResource';

/** How often the report of a campaign on its way asks for fresh figures. */
export const REPORT_POLL_MS = 5000;

const isLiveReport = (report: CampaignReport) => report.live;

/**
 * The campaign's report, asked again every few seconds while the server says it is live
 * (sending or consolidating); the figures update in place and polling stops once it is not.
 */
export const useCampaignReport = (id: number) => {
  const client = useFetchClient();
  const { locale } = useIntl();
  const lang = reportLang(locale);
  return usePolledResource((signal) => getCampaignReport(client, id, lang, signal), {
    key: `${id}:${lang}`,
    intervalMs: REPORT_POLL_MS,
    shouldPoll: isLiveReport,
  });
};

/** Downloads the whole report, one status or one category as CSV, in the admin's language. */
export const useReportDownload = (id: number) => {
  const client = useFetchClient();
  const { locale } = useIntl();
  const lang = reportLang(locale);
  return React.useCallback(
    (filter: ReportCsvFilter) => downloadReportCsv(client, id, filter, lang),
    [client, id, lang]
  );
};

const positive = (value: unknown, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

type UrlQuery = { page?: string; pageSize?: string; search?: string; status?: string; category?: string };

/**
 * Page, search, status and category of the recipients table, kept in the URL as the other tables
 * do (Strapi's pagination writes `page` and `pageSize` there). A new filter starts from page 1.
 */
export const useRecipientsQuery = (defaultPageSize = 20) => {
  const [{ query }, setQuery] = useQueryParams<UrlQuery>();
  const status = Number(query.status);
  const recipientsQuery: RecipientsQuery = {
    page: positive(query.page, 1),
    pageSize: positive(query.pageSize, defaultPageSize),
    search: typeof query.search === 'string' && query.search.trim() ? query.search.trim() : undefined,
    status: query.status !== undefined && query.status !== '' && Number.isInteger(status) ? status : undefined,
    category: REPORT_CATEGORIES.includes(query.category as ReportCategory)
      ? (query.category as ReportCategory)
      : undefined,
  };

  const setFilter = (patch: Partial<Pick<RecipientsQuery, 'search' | 'status' | 'category'>>) => {
    const next: UrlQuery = { page: '1' };
    for (const [key, value] of Object.entries(patch) as [keyof UrlQuery, string | number | undefined][]) {
      next[key] = value === undefined || value === '' ? undefined : String(value);
    }
    setQuery(next, 'push', true);
  };

  return { query: recipientsQuery, setFilter };
};

/**
 * One page of the campaign's recipients. `refreshKey` changes with each poll of a live report,
 * so the rows on screen follow the receipts as they arrive without a reload.
 */
export const useReportRecipients = (id: number, query: RecipientsQuery, refreshKey = '') => {
  const client = useFetchClient();
  const { locale } = useIntl();
  const lang = reportLang(locale);
  return useResource(
    (signal) => getReportRecipients(client, id, query, lang, signal),
    JSON.stringify([id, query, lang, refreshKey])
  );
};
