import * as React from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Download, Plus, Upload } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';

import type { ContactDeletion } from '../../../server/src/contracts';
import { SearchField } from '../components/common/SearchField';
import { AddToListModal } from '../components/contacts/AddToListModal';
import { ContactFormModal } from '../components/contacts/ContactFormModal';
import { ContactsTable, contactName, type ContactRow } from '../components/contacts/ContactsTable';
import { ListFormModal } from '../components/lists/ListFormModal';
import { useAttributes, useContactActions, useContacts } from '../hooks/useContacts';
import { useLists } from '../hooks/useLists';
import { usePageQuery } from '../hooks/usePageQuery';
import { useSubmitAction } from '../hooks/useSubmitAction';
import { useT } from '../hooks/useT';
import { CONTACT_ACTIONS, PAGE_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { formatPhone } from '../utils/phone';

import { ConfirmDeleteDialog } from './parts/ConfirmDeleteDialog';
import { ResourceView } from './parts/ResourceView';
import { TablePagination } from './parts/TablePagination';

/** Mounted only while open, so that the lists to pick from load when they are needed. */
const AddToListDialog = ({ contactIds, onClose }: { contactIds: number[]; onClose: () => void }) => {
  const t = useT();
  const actions = useContactActions();
  const submit = useSubmitAction();
  const { toggleNotification } = useNotification();
  const lists = useLists({ page: 1, pageSize: 100, kind: 'contacts', status: 'active' });
  return (
    <AddToListModal
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      count={contactIds.length}
      lists={lists.data?.results ?? []}
      onSubmit={async (listId) => {
        let added = 0;
        const result = await submit(async () => {
          added = (await actions.addToList(contactIds, listId)).added;
        });
        if (result.ok) {
          toggleNotification({
            type: 'success',
            message: t(
              'addToList.success',
              '{count, plural, =0 {No contact added: they were all in the list already.} one {# contact added to the list.} other {# contacts added to the list.}}',
              { count: added }
            ),
          });
        }
        return result.ok;
      }}
    />
  );
};

const ContactsPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const { query, setSearch } = usePageQuery();
  const contacts = useContacts(query);
  const attributes = useAttributes();
  const actions = useContactActions();
  const submit = useSubmitAction();
  const {
    allowedActions: { canPersonalData },
  } = useRBAC(CONTACT_ACTIONS);
  const [selected, setSelected] = React.useState<Set<number>>(new Set());
  const [form, setForm] = React.useState<{ contact: ContactRow | null } | null>(null);
  const [deleting, setDeleting] = React.useState<ContactRow | null>(null);
  const [bulkDeleting, setBulkDeleting] = React.useState<ContactDeletion | null>(null);
  const [isAddingToList, setIsAddingToList] = React.useState(false);
  const [isCreatingList, setIsCreatingList] = React.useState(false);
  const reload = () => void contacts.refetch();

  const selection = (
    <Flex gap={2}>
      <Typography variant="omega" textColor="neutral600">
        {t('contacts.selected', '{count, plural, one {# contact selected} other {# contacts selected}}', {
          count: selected.size,
        })}
      </Typography>
      <Button variant="secondary" onClick={() => setIsAddingToList(true)}>
        {t('contacts.addToList', 'Add to a list')}
      </Button>
      <Button variant="secondary" onClick={() => setIsCreatingList(true)}>
        {t('contacts.createList', 'Create a list from the selection')}
      </Button>
      <Button
        variant="danger-light"
        onClick={() =>
          void submit(async () => {
            setBulkDeleting(await actions.deletionImpact([...selected]));
          })
        }
      >
        {t('contacts.deleteSelection', 'Delete')}
      </Button>
      <Button variant="tertiary" onClick={() => setSelected(new Set())}>
        {t('contacts.clearSelection', 'Clear the selection')}
      </Button>
    </Flex>
  );

  return (
    <Page.Main>
      <Page.Title>{t('contacts.pageTitle', 'Contacts — Mobile Campaigns')}</Page.Title>
      <Layouts.Header
        title={t('nav.contacts', 'Contacts')}
        subtitle={
          contacts.data
            ? t(
                'contacts.subtitleCount',
                'Your contact directory: one contact per mobile number, whatever the lists. {search, select, none {{count, plural, =0 {No contact yet} one {# contact} other {# contacts}}} other {{count, plural, =0 {No contact matches your search} one {# contact matches your search} other {# contacts match your search}}}}.',
                { count: contacts.data.pagination.total, search: query.search ? 'yes' : 'none' }
              )
            : t('contacts.subtitle', 'Your contact directory: one contact per mobile number, whatever the lists.')
        }
        primaryAction={
          <Flex gap={2}>
            <Button
              variant="secondary"
              startIcon={<Upload />}
              onClick={() => navigate(`/plugins/${PLUGIN_ID}/imports/new`)}
            >
              {t('import.button', 'Import contacts')}
            </Button>
            <Button startIcon={<Plus />} onClick={() => setForm({ contact: null })} disabled={!attributes.data}>
              {t('contacts.add', 'Add a contact')}
            </Button>
          </Flex>
        }
        secondaryAction={
          canPersonalData ? (
            <Button variant="tertiary" startIcon={<Download />} onClick={() => void submit(() => actions.exportCsv())}>
              {t('contacts.export', 'Export as CSV')}
            </Button>
          ) : null
        }
      />
      <Layouts.Action
        startActions={
          // Wide enough for the whole placeholder, in French too ("Rechercher par nom, numéro ou e-mail").
          <Box width="36rem" maxWidth="100%">
            <SearchField
              value={query.search ?? ''}
              onSearch={setSearch}
              label={t('contacts.search', 'Search by name, number or email')}
              placeholder={t('contacts.search', 'Search by name, number or email')}
              clearLabel={t('common.clearSearch', 'Clear the search')}
            />
          </Box>
        }
        endActions={selected.size > 0 ? selection : null}
      />
      <Layouts.Content>
        <ResourceView resource={contacts}>
          {(page) => (
            <>
              <ContactsTable
                contacts={page.results}
                selected={selected}
                onSelectionChange={setSelected}
                emptyMessage={
                  query.search
                    ? t('contacts.noMatch', 'No contact matches your search.')
                    : t(
                        'contacts.empty',
                        'Your directory is empty. Add a contact, or create a list: its contacts join the directory.'
                      )
                }
                onEdit={(contact) => setForm({ contact })}
                onDelete={setDeleting}
              />
              <TablePagination pagination={page.pagination} />
            </>
          )}
        </ResourceView>
      </Layouts.Content>
      <ContactFormModal
        open={form !== null}
        onOpenChange={(open) => (open ? undefined : setForm(null))}
        attributes={attributes.data ?? []}
        contact={form?.contact}
        onSubmit={async (input) => {
          const editing = form?.contact;
          const result = await submit(() => (editing ? actions.update(editing.id, input) : actions.create(input)), {
            numberField: 'phone',
            success: editing ? t('contacts.saved', 'Contact saved.') : t('contacts.added', 'Contact added.'),
          });
          if (result.ok) reload();
          return result;
        }}
      />
      {isAddingToList ? <AddToListDialog contactIds={[...selected]} onClose={() => setIsAddingToList(false)} /> : null}
      <ListFormModal
        open={isCreatingList}
        onOpenChange={setIsCreatingList}
        title={t('contacts.createList', 'Create a list from the selection')}
        submitLabel={t('lists.create', 'Create the list')}
        intro={t(
          'contacts.createList.intro',
          'The new list holds the {count, plural, one {# selected contact} other {# selected contacts}}.',
          {
            count: selected.size,
          }
        )}
        withDescription={false}
        onSubmit={async (input) => {
          let id: number | undefined;
          const result = await submit(
            async () => {
              id = (await actions.createList([...selected], input)).id;
            },
            { success: t('lists.created', 'List “{name}” created.', { name: input.name }) }
          );
          if (result.ok && id) {
            setSelected(new Set());
            navigate(`/plugins/${PLUGIN_ID}/lists/${id}`);
          }
          return result;
        }}
      />
      <ConfirmDeleteDialog
        item={bulkDeleting}
        title={t('contacts.deleteMany.title', '{count, plural, one {Delete # contact?} other {Delete # contacts?}}', {
          count: bulkDeleting?.contacts ?? 0,
        })}
        onClose={() => setBulkDeleting(null)}
        onConfirm={async () => {
          const ids = [...selected];
          const result = await submit(() => actions.removeMany(ids), {
            success: t(
              'contacts.deleteMany.done',
              '{count, plural, one {# contact deleted and its personal data erased.} other {# contacts deleted and their personal data erased.}}',
              { count: bulkDeleting?.contacts ?? ids.length }
            ),
          });
          if (result.ok) {
            setSelected(new Set());
            reload();
          }
        }}
      >
        {t(
          'contacts.deleteMany.body',
          '{count, plural, one {# contact is} other {# contacts are}} removed from the directory and from {lists, plural, =0 {no list} one {# list} other {# lists}}, and their personal data is erased. This cannot be undone. Numbers in an exclusion list stay excluded.',
          { count: bulkDeleting?.contacts ?? 0, lists: bulkDeleting?.lists ?? 0 }
        )}
      </ConfirmDeleteDialog>
      <ConfirmDeleteDialog
        item={deleting}
        title={t('contacts.delete.title', 'Delete {name}?', {
          name: deleting ? contactName(deleting) || formatPhone(deleting.phone) : '',
        })}
        onClose={() => setDeleting(null)}
        onConfirm={async (contact) => {
          const result = await submit(() => actions.remove(contact.id), {
            success: t('contacts.deleted', 'Contact deleted and its personal data erased.'),
          });
          if (result.ok) {
            setSelected((previous) => new Set([...previous].filter((id) => id !== contact.id)));
            reload();
          }
        }}
      >
        {t(
          'contacts.delete.body',
          'The contact is removed from the directory and from every list, and its personal data (number, name, email, attributes) is erased. This cannot be undone. A number in an exclusion list stays excluded.'
        )}
      </ConfirmDeleteDialog>
    </Page.Main>
  );
};

const ProtectedContactsPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.contacts}>
    <ContactsPage />
  </Page.Protect>
);

export { ContactsPage, ProtectedContactsPage };
