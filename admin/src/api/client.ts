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
