import { z } from 'zod';

import {
  importJobSchema,
  type ImportAnalyseInput,
  type ImportFormatInput,
  type ImportStartInput,
} from '../../../server/src/contracts';

import { apiPath, parseData, type FetchClient } from './client';
import { downloadFile } from './download';

export const uploadImportFile = async (client: FetchClient, file: File) => {
  const body = new FormData();
  body.append('files', file);
  // The fetch client drops its JSON content type for a FormData body: the browser sets the boundary.
  const response = await client.post(apiPath('/imports'), body);
  return parseData(importJobSchema, response.data);
};

export const pasteImport = async (client: FetchClient, text: string) => {
  const response = await client.post(apiPath('/imports/paste'), { text });
  return parseData(importJobSchema, response.data);
};

export const getImport = async (client: FetchClient, id: number, signal?: AbortSignal) => {
  const response = await client.get(apiPath(`/imports/${id}`), { signal });
  return parseData(importJobSchema, response.data);
};

/** Imports a Strapi instance is working on (analysing, importing, cancelling), newest first. */
export const getActiveImports = async (client: FetchClient, signal?: AbortSignal) => {
  const response = await client.get(apiPath('/imports'), { params: { active: true }, signal });
  return parseData(z.array(importJobSchema), response.data);
};

export const updateImportFormat = async (client: FetchClient, id: number, input: ImportFormatInput) => {
  const response = await client.put(apiPath(`/imports/${id}/format`), input);
  return parseData(importJobSchema, response.data);
};

export const analyseImport = async (client: FetchClient, id: number, input: ImportAnalyseInput) => {
  const response = await client.post(apiPath(`/imports/${id}/analyse`), input);
  return parseData(importJobSchema, response.data);
};

export const startImport = async (client: FetchClient, id: number, input: ImportStartInput) => {
  const response = await client.post(apiPath(`/imports/${id}/start`), input);
  return parseData(importJobSchema, response.data);
};

export const cancelImport = async (client: FetchClient, id: number) => {
  const response = await client.post(apiPath(`/imports/${id}/cancel`), {});
  return parseData(importJobSchema, response.data);
};

/** The header and reasons come in `locale`, the admin's language. */
export const downloadRejectedRows = (client: FetchClient, id: number, fileName: string, locale: string) =>
  downloadFile(
    client,
    `/imports/${id}/rejected?locale=${encodeURIComponent(locale)}`,
    `${fileName.replace(/\.[^.]+$/, '')}-rejected.csv`
  );
