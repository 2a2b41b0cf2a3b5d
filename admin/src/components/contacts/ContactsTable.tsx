import { Badge, Checkbox, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { Contact, DirectoryContact } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { formatPhone, numberReasonMessage } from '../../utils/phone';
import { CampaignDate } from '../CampaignDate';
import { DataTable } from '../common/DataTable';

/** A contact as the directory lists it; the marks are absent on a contact just saved. */
export type ContactRow = Contact & Partial<Pick<DirectoryContact, 'excluded' | 'reason'>>;

interface ContactsTableProps {
  contacts: ContactRow[];
  /** Ids selected for "Add to list" or "Create a list"; the selection may span pages. */
  selected: ReadonlySet<number>;
  onSelectionChange: (selected: Set<number>) => void;
  emptyMessage: string;
  onEdit: (contact: ContactRow) => void;
  onDelete: (contact: ContactRow) => void;
}

export const contactName = (contact: Pick<Contact, 'firstName' | 'lastName'>) =>
  [contact.firstName, contact.lastName].filter(Boolean).join(' ');

/**
 * The contact directory: one row per mobile number, with a checkbox to act on several. The name
 * comes first with the email on a details line, so that the name and the row actions stay on
 * screen at 1280 px; a number in an exclusion list, or outside today's destinations, is marked.
 */
export const ContactsTable = ({
  contacts,
  selected,
  onSelectionChange,
  emptyMessage,
  onEdit,
  onDelete,
}: ContactsTableProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const onPage = contacts.filter((contact) => selected.has(contact.id)).length;
  const allOnPage = contacts.length > 0 && onPage === contacts.length;

  const toggle = (ids: number[], checked: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (checked) next.add(id);
      else next.delete(id);
    }
    onSelectionChange(next);
  };

  const columns = [
    {
      key: 'select',
      label: t('contacts.selectPage', 'Select all contacts of this page'),
      head: (
        <Checkbox
          aria-label={t('contacts.selectPage', 'Select all contacts of this page')}
          checked={allOnPage ? true : onPage > 0 ? 'indeterminate' : false}
          onCheckedChange={(checked) =>
            toggle(
              contacts.map((contact) => contact.id),
              checked === true
            )
          }
        />
      ),
    },
    { key: 'name', label: t('contacts.table.name', 'Name') },
    { key: 'phone', label: t('contacts.table.phone', 'Mobile number') },
    { key: 'country', label: t('entries.table.country', 'Country') },
    { key: 'updated', label: t('table.updatedAt', 'Last modified') },
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true },
  ];

  return (
    <DataTable columns={columns} rowCount={contacts.length} emptyMessage={emptyMessage}>
      {contacts.map((contact) => {
        const number = formatPhone(contact.phone);
        const name = contactName(contact) || number;
        return (
          <Tr key={contact.id}>
            <Td>
              <Checkbox
                aria-label={t('contacts.select', 'Select {name}', { name })}
                checked={selected.has(contact.id)}
                onCheckedChange={(checked) => toggle([contact.id], checked === true)}
              />
            </Td>
            <Td style={{ maxWidth: '22rem' }}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="semiBold" textColor="neutral800" ellipsis>
                  {contactName(contact) || '–'}
                </Typography>
                {contact.email ? (
                  <Typography variant="pi" textColor="neutral600" ellipsis>
                    {contact.email}
                  </Typography>
                ) : null}
              </Flex>
            </Td>
            <Td>
              <Flex gap={2} wrap="wrap">
                <Typography textColor="neutral800" style={{ whiteSpace: 'nowrap' }}>
                  {number}
                </Typography>
                {contact.excluded ? (
                  <Badge size="S" backgroundColor="warning100" textColor="warning700">
                    {t('contacts.excluded', 'Excluded')}
                  </Badge>
                ) : null}
                {contact.reason ? (
                  <Badge
                    size="S"
                    backgroundColor="danger100"
                    textColor="danger700"
                    title={formatMessage(numberReasonMessage(contact.reason))}
                  >
                    {t('contacts.notAllowed', 'Destination not allowed')}
                  </Badge>
                ) : null}
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral800">{contact.country ?? '–'}</Typography>
            </Td>
            <Td>
              <CampaignDate value={contact.updatedAt} relative />
            </Td>
            <Td>
              <Flex gap={1} justifyContent="flex-end">
                <IconButton
                  label={t('contacts.action.edit', 'Edit {name}', { name })}
                  variant="ghost"
                  onClick={() => onEdit(contact)}
                >
                  <Pencil />
                </IconButton>
                <IconButton
                  label={t('contacts.action.delete', 'Delete {name}', { name })}
                  variant="ghost"
                  onClick={() => onDelete(contact)}
                >
                  <Trash />
                </IconButton>
              </Flex>
            </Td>
          </Tr>
        );
      })}
    </DataTable>
  );
};
