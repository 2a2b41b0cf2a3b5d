import { z } from 'zod';

import { attributeSchema, type AttributeInput } from '../../../server/src/contracts';

import { apiPath, parseData, type FetchClient } from './client';

export const getAttributes = async (client: FetchClient, signal?: AbortSignal) => {
  const response = await client.get(apiPath('/attributes'), { signal });
  return parseData(z.array(attributeSchema), response.data);
};

export const createAttribute = async (client: FetchClient, input: AttributeInput) => {
  const response = await client.post(apiPath('/attributes'), input);
  return parseData(attributeSchema, response.data);
};

export const updateAttribute = async (client: FetchClient, id: number, input: AttributeInput) => {
  const response = await client.put(apiPath(`/attributes/${id}`), input);
  return parseData(attributeSchema, response.data);
};

export const deleteAttribute = async (client: FetchClient, id: number) => {
  await client.del(apiPath(`/attributes/${id}`));
};
