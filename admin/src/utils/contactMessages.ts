import type { MessageDescriptor } from 'react-intl';

import type { Attribute, ListSummary, OptOut } from '../../../server/src/contracts';

import { getTranslation } from './getTranslation';

const message = (id: string, defaultMessage: string): MessageDescriptor => ({ id: getTranslation(id), defaultMessage });

/** Labels of the enumerations of lists, exclusions and attributes. */
export const LIST_STATUS_LABELS: Record<ListSummary['status'], MessageDescriptor> = {
  importing: message('list.status.importing', 'Importing'),
  active: message('list.status.active', 'Active'),
  inactive: message('list.status.inactive', 'Inactive'),
};

export const OPT_OUT_SOURCE_LABELS: Record<OptOut['source'], MessageDescriptor> = {
  'stop-reply': message('optOut.source.stop-reply', 'STOP reply'),
  manual: message('optOut.source.manual', 'Added by hand'),
  import: message('optOut.source.import', 'Import'),
  api: message('optOut.source.api', 'API'),
};

export const ATTRIBUTE_TYPE_LABELS: Record<Attribute['type'], MessageDescriptor> = {
  text: message('attribute.type.text', 'Text'),
  integer: message('attribute.type.integer', 'Whole number'),
  date: message('attribute.type.date', 'Date'),
  boolean: message('attribute.type.boolean', 'Yes / no'),
};
