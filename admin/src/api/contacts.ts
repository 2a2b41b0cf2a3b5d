import { z } from 'zod';

import {
  contactDeletionSchema,
  contactSchema,
  directoryContactSchema,
  listSummarySchema,
  type ContactInput,
  type ListCreateInput,
} from '../../../server/src/contracts';

import { apiPath, pageParams, parseData, parsePage, type FetchClient, type PageQuery } from './client';

export const getContacts = async (client: FetchClient, query: PageQuery, signal?: AbortSignal) => {
  const response = await client.get(apiPath('/contacts'), { params: pageParams(query), signal });
  return parsePage(directoryContactSchema, response.data);
};

/** How many contacts and lists deleting these contacts would touch, for the confirmation. */
export const getDeletionImpact = async (client: FetchClient, contactIds: number[]) => {
  const response = await client.post(apiPath('/contacts/deletion-impact'), { contactIds });
  return parseData(contactDeletionSchema, response.data);
};

export const deleteContacts = async (client: FetchClient, contactIds: number[]) => {
  const response = await client.post(apiPath('/contacts/delete-many'), { contactIds });
  return parseData(contactDeletionSchema, response.data);
};

export const createContact = async (client: FetchClient, input: ContactInput) => {
  const response = await client.post(apiPath('/contacts'), input);
  return parseData(contactSchema, response.data);
};

export const updateContact = async (client: FetchClient, id: number, input: ContactInput) => {
  const response = await client.put(apiPath(`/contacts/${id}`), input);
  return parseData(contactSchema, response.data);
};

export const deleteContact = async (client: FetchClient, id: number) => {
  await client.del(apiPath(`/contacts/${id}`));
};

export const addContactsToList = async (client: FetchClient, contactIds: number[], listId: number) => {
  const response = await client.post(apiPath('/contacts/add-to-list'), { contactIds, listId });
  return parseData(z.object({ added: z.number() }), response.data);
};

export const createListFromContacts = async (
  client: FetchClient,
  contactIds: number[],
  list: Pick<ListCreateInput, 'name'> & Partial<Pick<ListCreateInput, 'persistence' | 'expiresAfterMonths'>>
) => {
  const response = await client.post(apiPath('/contacts/create-list'), { contactIds, ...list });
  return parseData(listSummarySchema, response.data);
};
