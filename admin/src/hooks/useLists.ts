import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { PageQuery } from '../api/client';
import { downloadFile, exportPath } from '../api/download';
import {
  addOptOuts,
  createEntry,
  createList,
  deleteEntry,
  deleteList,
  deleteOptOut,
  excludeEntry,
  getEntries,
  getList,
  getLists,
  getOptOuts,
  mergeLists,
  updateEntry,
  updateList,
  type ListsQuery,
} from '../api/lists';
import type { EntryInput, ListCreateInput, ListUpdateInput } from '../../../server/src/contracts';

import { useResource } from './useResource';

export const useLists = (query: ListsQuery) => {
  const client = useFetchClient();
  return useResource((signal) => getLists(client, query, signal), JSON.stringify(query));
};

export const useList = (id: number) => {
  const client = useFetchClient();
  return useResource((signal) => getList(client, id, signal), String(id));
};

export const useListEntries = (listId: number, query: PageQuery) => {
  const client = useFetchClient();
  return useResource((signal) => getEntries(client, listId, query, signal), `${listId}:${JSON.stringify(query)}`);
};

export const useOptOuts = (listId: number, query: PageQuery) => {
  const client = useFetchClient();
  return useResource((signal) => getOptOuts(client, listId, query, signal), `${listId}:${JSON.stringify(query)}`);
};

/** The exclusion lists a number can be moved to: the account's opt-out list first. */
export const useExclusionLists = () => {
  const client = useFetchClient();
  return useResource(async (signal) => {
    const { results } = await getLists(client, { page: 1, pageSize: 100, kind: 'exclusion' }, signal);
    return [...results].sort((a, b) => Number(Boolean(b.system)) - Number(Boolean(a.system)));
  });
};

/** Requests that change lists, entries and exclusions; pages reload what they show afterwards. */
export const useListActions = () => {
  const client = useFetchClient();
  const { locale } = useIntl();
  return React.useMemo(
    () => ({
      create: (input: Partial<ListCreateInput> & { name: string }) => createList(client, input),
      update: (id: number, input: ListUpdateInput) => updateList(client, id, input),
      remove: (id: number) => deleteList(client, id),
      merge: (targetId: number, sourceId: number) => mergeLists(client, targetId, sourceId),
      exportCsv: (id: number, name: string) =>
        downloadFile(client, exportPath(`/lists/${id}/export`, locale), `${name}.csv`),
      createEntry: (listId: number, input: EntryInput) => createEntry(client, listId, input),
      updateEntry: (listId: number, entryId: number, input: EntryInput) => updateEntry(client, listId, entryId, input),
      deleteEntry: (listId: number, entryId: number) => deleteEntry(client, listId, entryId),
      excludeEntry: (listId: number, entryId: number, exclusionListId?: number) =>
        excludeEntry(client, listId, entryId, exclusionListId),
      addOptOuts: (listId: number, input: { numbers: string; note?: string }) => addOptOuts(client, listId, input),
      removeOptOut: (id: number) => deleteOptOut(client, id),
    }),
    [client, locale]
  );
};
