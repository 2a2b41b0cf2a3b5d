import { z } from 'zod';

import type { FetchClient } from '@strapi/strapi/admin';

import { PLUGIN_ID } from '../pluginId';

export type { FetchClient };

/** Admin routes of the plugin are mounted at `/<plugin-id>/...` (no `/admin` prefix). */
export const apiPath = (path: string) => `/${PLUGIN_ID}${path}`;

/**
 * Every admin route answers `{ data }`. Parsing with the shared contract turns a server that
 * drifted from the contract into one clear error instead of `undefined` deep in a component.
 */
export const parseData = <T>(schema: z.ZodType<T>, body: unknown): T => {
  const envelope: { data: T } = z.object({ data: schema }).parse(body);
  return envelope.data;
};

const paginationSchema = z.object({
  page: z.number(),
  pageSize: z.number(),
  pageCount: z.number(),
  total: z.number(),
});
export type Pagination = z.infer<typeof paginationSchema>;

/** One page of a collection, as the paginated routes answer `{ data, meta: { pagination } }`. */
export interface PageOf<T> {
  results: T[];
  pagination: Pagination;
}

export const parsePage = <T>(schema: z.ZodType<T>, body: unknown): PageOf<T> => {
  const envelope = z.object({ data: z.array(schema), meta: z.object({ pagination: paginationSchema }) }).parse(body);
  return { results: envelope.data as T[], pagination: envelope.meta.pagination };
};

/** What the paginated routes accept; an empty search is left out rather than sent as `search=`. */
export interface PageQuery {
  page: number;
  pageSize: number;
  search?: string;
}

export const pageParams = ({ page, pageSize, search }: PageQuery) => ({
  page,
  pageSize,
  ...(search ? { search } : {}),
});
