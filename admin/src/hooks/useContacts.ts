import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { createAttribute, deleteAttribute, getAttributes, updateAttribute } from '../api/attributes';
import type { PageQuery } from '../api/client';
import {
  addContactsToList,
  createContact,
  createListFromContacts,
  deleteContact,
  deleteContacts,
  getContacts,
  getDeletionImpact,
  updateContact,
} from '../api/contacts';
import { downloadFile, exportPath } from '../api/download';
import type { AttributeInput, ContactInput, ListCreateInput } from '../../../server/src/contracts';

import { useResource } from './useResource';

export const useContacts = (query: PageQuery) => {
  const client = useFetchClient();
  return useResource((signal) => getContacts(client, query, signal), JSON.stringify(query));
};

export const useAttributes = () => {
  const client = useFetchClient();
  return useResource((signal) => getAttributes(client, signal));
};

export const useContactActions = () => {
  const client = useFetchClient();
  const { locale } = useIntl();
  return React.useMemo(
    () => ({
      create: (input: ContactInput) => createContact(client, input),
      update: (id: number, input: ContactInput) => updateContact(client, id, input),
      remove: (id: number) => deleteContact(client, id),
      deletionImpact: (contactIds: number[]) => getDeletionImpact(client, contactIds),
      removeMany: (contactIds: number[]) => deleteContacts(client, contactIds),
      addToList: (contactIds: number[], listId: number) => addContactsToList(client, contactIds, listId),
      createList: (
        contactIds: number[],
        list: Pick<ListCreateInput, 'name'> & Partial<Pick<ListCreateInput, 'persistence' | 'expiresAfterMonths'>>
      ) => createListFromContacts(client, contactIds, list),
      exportCsv: () => downloadFile(client, exportPath('/contacts/export', locale), 'contacts.csv'),
    }),
    [client, locale]
  );
};

export const useAttributeActions = () => {
  const client = useFetchClient();
  return React.useMemo(
    () => ({
      create: (input: AttributeInput) => createAttribute(client, input),
      update: (id: number, input: AttributeInput) => updateAttribute(client, id, input),
      remove: (id: number) => deleteAttribute(client, id),
    }),
    [client]
  );
};
