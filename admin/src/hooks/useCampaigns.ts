import * as React from 'react';

import { useFetchClient, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import {
  deleteCampaign,
  duplicateCampaign,
  exportCampaigns,
  getCampaignAuthors,
  getCampaigns,
  runCampaignAction,
  type CampaignAction,
  type CampaignsFilter,
} from '../api/campaigns';
import { isLive } from '../components/campaigns/list/campaignRowActions';

import { usePolledResource } from './usePolledResource';
import { useResource } from './useResource';

/** How often a page with a campaign on its way asks for fresh figures. */
export const POLL_MS = 5000;

const FILTER_KEYS = ['search', 'status', 'channel', 'kind', 'author', 'from', 'to', 'sort'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type CampaignsUrlFilter = Partial<Record<FilterKey, string>>;

const positive = (value: unknown, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

/**
 * The campaigns page's filters, sort and page, kept in the URL (a reload or a shared link shows
 * the same rows); Strapi's pagination writes `page` and `pageSize` there too.
 */
export const useCampaignsQuery = () => {
  const [{ query }, setQuery] = useQueryParams<Record<string, string | undefined>>();
  const filter: CampaignsUrlFilter = {};
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (typeof value === 'string' && value.trim()) filter[key] = value.trim();
  }
  const request: CampaignsFilter = {
    page: positive(query.page, 1),
    pageSize: positive(query.pageSize, 20),
    ...filter,
    author: filter.author ? Number(filter.author) : undefined,
    channel: filter.channel as CampaignsFilter['channel'],
    kind: filter.kind as CampaignsFilter['kind'],
    sort: filter.sort ?? 'updatedAt:desc',
  };
  // Any change of filter starts from the first page; replacing keeps Back usable while typing.
  const setFilter = (patch: CampaignsUrlFilter) =>
    setQuery({ ...patch, page: '1' } as Record<string, string | undefined>, 'push', true);
  return { filter, request, key: JSON.stringify(request), setFilter };
};

export const useCampaigns = (request: CampaignsFilter, key: string) => {
  const client = useFetchClient();
  return usePolledResource((signal) => getCampaigns(client, request, signal), {
    key,
    intervalMs: POLL_MS,
    shouldPoll: (page) => page.results.some((campaign) => isLive(campaign.status)),
  });
};

export const useCampaignAuthors = () => {
  const client = useFetchClient();
  return useResource((signal) => getCampaignAuthors(client, signal));
};

export const useCampaignActions = () => {
  const client = useFetchClient();
  const { locale } = useIntl();
  return React.useMemo(
    () => ({
      run: (id: number, action: CampaignAction) => runCampaignAction(client, id, action),
      duplicate: (id: number) => duplicateCampaign(client, id, locale),
      remove: (id: number) => deleteCampaign(client, id),
      exportCsv: (filter: CampaignsFilter) => exportCampaigns(client, filter, locale),
    }),
    [client, locale]
  );
};
