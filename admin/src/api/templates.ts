import { z } from 'zod';

import { templateSchema, type TemplateInput, type TemplateUpdate } from '../../../server/src/contracts/wizard';

import { apiPath, parseData, type FetchClient } from './client';

/** `GET/POST/PUT/DELETE /templates` (contracts/wizard.ts): the message templates of seed 002. */
export const getTemplates = async (client: FetchClient, signal?: AbortSignal) => {
  const response = await client.get(apiPath('/templates'), { signal });
  return parseData(z.array(templateSchema), response.data);
};

export const createTemplate = async (client: FetchClient, input: TemplateInput) => {
  const response = await client.post(apiPath('/templates'), input);
  return parseData(templateSchema, response.data);
};

export const updateTemplate = async (client: FetchClient, id: number, input: TemplateUpdate) => {
  const response = await client.put(apiPath(`/templates/${id}`), input);
  return parseData(templateSchema, response.data);
};

export const deleteTemplate = async (client: FetchClient, id: number) => {
  await client.del(apiPath(`/templates/${id}`));
};
