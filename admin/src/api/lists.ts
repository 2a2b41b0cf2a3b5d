import { z } from 'zod';

import {
  listSummarySchema,
  listEntrySchema,
  optOutSchema,
  type EntryInput,
  type ListCreateInput,
  type ListQuery,
  type ListUpdateInput,
} from '../../../server/src/contracts';

import { apiPath, pageParams, parseData, parsePage, type FetchClient, type PageQuery } from './client';

export type ListsQuery = PageQuery & Pick<ListQuery, 'kind' | 'status'>;

export const addNumbersResultSchema = z.object({
  added: z.number(),
  alreadyPresent: z.number(),
  invalid: z.array(z.object({ value: z.string(), reason: z.string() })),
});
export type AddNumbersResult = z.infer<typeof addNumbersResultSchema>;

export const getLists = async (client: FetchClient, query: ListsQuery, signal?: AbortSignal) => {
  const { kind, status } = query;
  const response = await client.get(apiPath('/lists'), {
    params: { ...pageParams(query), ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
    signal,
  });
  return parsePage(listSummarySchema, response.data);
};

export const getList = async (client: FetchClient, id: number, signal?: AbortSignal) => {
  const response = await client.get(apiPath(`/lists/${id}`), { signal });
  return parseData(listSummarySchema, response.data);
};

export const createList = async (client: FetchClient, input: Partial<ListCreateInput> & { name: string }) => {
  const response = await client.post(apiPath('/lists'), input);
  return parseData(listSummarySchema, response.data);
};

export const updateList = async (client: FetchClient, id: number, input: ListUpdateInput) => {
  const response = await client.put(apiPath(`/lists/${id}`), input);
  return parseData(listSummarySchema, response.data);
};

export const deleteList = async (client: FetchClient, id: number) => {
  await client.del(apiPath(`/lists/${id}`));
};

/** The source list's contacts join the target (duplicates skipped); the source is then deleted. */
export const mergeLists = async (client: FetchClient, targetId: number, sourceListId: number) => {
  const response = await client.post(apiPath(`/lists/${targetId}/merge`), { sourceListId });
  return parseData(listSummarySchema, response.data);
};

export const getEntries = async (client: FetchClient, listId: number, query: PageQuery, signal?: AbortSignal) => {
  const response = await client.get(apiPath(`/lists/${listId}/entries`), { params: pageParams(query), signal });
  return parsePage(listEntrySchema, response.data);
};

export const createEntry = async (client: FetchClient, listId: number, input: EntryInput) => {
  const response = await client.post(apiPath(`/lists/${listId}/entries`), input);
  return parseData(listEntrySchema, response.data);
};

export const updateEntry = async (client: FetchClient, listId: number, entryId: number, input: EntryInput) => {
  const response = await client.put(apiPath(`/lists/${listId}/entries/${entryId}`), input);
  return parseData(listEntrySchema, response.data);
};

export const deleteEntry = async (client: FetchClient, listId: number, entryId: number) => {
  await client.del(apiPath(`/lists/${listId}/entries/${entryId}`));
};

/** Without an exclusion list, the number goes to the account's opt-out list. */
export const excludeEntry = async (client: FetchClient, listId: number, entryId: number, exclusionListId?: number) => {
  const response = await client.post(
    apiPath(`/lists/${listId}/entries/${entryId}/exclude`),
    exclusionListId ? { exclusionListId } : {}
  );
  return parseData(optOutSchema, response.data);
};

export const getOptOuts = async (client: FetchClient, listId: number, query: PageQuery, signal?: AbortSignal) => {
  const response = await client.get(apiPath(`/lists/${listId}/opt-outs`), { params: pageParams(query), signal });
  return parsePage(optOutSchema, response.data);
};

export const addOptOuts = async (client: FetchClient, listId: number, input: { numbers: string; note?: string }) => {
  const response = await client.post(apiPath(`/lists/${listId}/opt-outs`), input);
  return parseData(addNumbersResultSchema, response.data);
};

export const deleteOptOut = async (client: FetchClient, id: number) => {
  await client.del(apiPath(`/opt-outs/${id}`));
};
