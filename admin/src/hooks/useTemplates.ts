import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

import { createTemplate, deleteTemplate, getTemplates, updateTemplate } from '../api/templates';
import type { Template, TemplateInput, TemplateUpdate } from '../../../server/src/contracts/wizard';

import { useResource } from './useResource';

/** Saving a new template needs no list: the editor does it without loading the templates. */
export const useCreateTemplate = () => {
  const client = useFetchClient();
  return (input: TemplateInput) => createTemplate(client, input);
};

/** The account's message templates, with the changes the editor makes to them kept in the list. */
export const useTemplates = () => {
  const client = useFetchClient();
  const resource = useResource((signal) => getTemplates(client, signal));
  const { data, setData } = resource;
  const list = React.useRef<Template[]>([]);
  list.current = data ?? [];

  const update = async (id: number, input: TemplateUpdate) => {
    const updated = await updateTemplate(client, id, input);
    setData(list.current.map((template) => (template.id === id ? updated : template)));
    return updated;
  };
  const remove = async (id: number) => {
    await deleteTemplate(client, id);
    setData(list.current.filter((template) => template.id !== id));
  };

  return { ...resource, update, remove };
};

export type TemplatesResource = ReturnType<typeof useTemplates>;
