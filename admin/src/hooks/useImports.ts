import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import {
  analyseImport,
  cancelImport,
  downloadRejectedRows,
  getActiveImports,
  getImport,
  pasteImport,
  startImport,
  updateImportFormat,
  uploadImportFile,
} from '../api/imports';
import type { ImportAnalyseInput, ImportFormatInput, ImportJob, ImportStartInput } from '../../../server/src/contracts';
import { isWorking } from '../utils/importMessages';

import { getList } from '../api/lists';

import { usePolledResource } from './usePolledResource';
import { useResource } from './useResource';

/** About twice a second while the server works on the job, as its progress moves that fast. */
export const JOB_POLL_MS = 500;
/** The lists pages only show a bar per importing list: every 2 s is enough. */
export const ACTIVE_POLL_MS = 2000;

export const useImportJob = (id: number) => {
  const client = useFetchClient();
  return usePolledResource((signal) => getImport(client, id, signal), {
    key: String(id),
    intervalMs: JOB_POLL_MS,
    shouldPoll: isWorking,
  });
};

/**
 * The imports being worked on, by target list, for the lists pages. Asked only while a list shows
 * the "importing" status, and every 2 s until none is left; `onSettled` then reloads the lists,
 * whose status and counts the finished import changed.
 */
export const useActiveImports = (enabled: boolean, onSettled: () => void) => {
  const client = useFetchClient();
  const jobs = usePolledResource(
    (signal): Promise<ImportJob[]> => (enabled ? getActiveImports(client, signal) : Promise.resolve([])),
    { key: String(enabled), intervalMs: ACTIVE_POLL_MS, shouldPoll: (data) => data.length > 0 }
  );
  const onSettledRef = React.useRef(onSettled);
  onSettledRef.current = onSettled;
  const previousIds = React.useRef<number[]>([]);

  React.useEffect(() => {
    if (!jobs.data) return;
    const ids = jobs.data.map((job) => job.id);
    if (previousIds.current.some((id) => !ids.includes(id))) onSettledRef.current();
    previousIds.current = ids;
  }, [jobs.data]);

  return React.useMemo(() => {
    const byList = new Map<number, ImportJob>();
    for (const job of jobs.data ?? []) {
      // Newest first: an older job for the same list does not hide the current one.
      if (job.listId !== null && !byList.has(job.listId)) byList.set(job.listId, job);
    }
    return byList;
  }, [jobs.data]);
};

export const useImportActions = () => {
  const client = useFetchClient();
  const { locale } = useIntl();
  return React.useMemo(
    () => ({
      upload: (file: File) => uploadImportFile(client, file),
      paste: (text: string) => pasteImport(client, text),
      updateFormat: (id: number, input: ImportFormatInput) => updateImportFormat(client, id, input),
      analyse: (id: number, input: ImportAnalyseInput) => analyseImport(client, id, input),
      start: (id: number, input: ImportStartInput) => startImport(client, id, input),
      cancel: (id: number) => cancelImport(client, id),
      downloadRejected: (id: number, fileName: string) => downloadRejectedRows(client, id, fileName, locale),
    }),
    [client, locale]
  );
};

/** The list an import goes to, when there is one yet (null otherwise). */
export const useOptionalList = (id: number | null) => {
  const client = useFetchClient();
  return useResource((signal) => (id ? getList(client, id, signal) : Promise.resolve(null)), String(id));
};
