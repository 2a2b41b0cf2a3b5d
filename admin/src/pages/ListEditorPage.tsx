import * as React from 'react';

import { Button, Flex } from '@strapi/design-system';
import { Pencil, Plus, Upload } from '@strapi/icons';
import { BackButton, Layouts, Page } from '@strapi/strapi/admin';
import { useNavigate, useParams } from 'react-router-dom';

import type { ListEntry, ListSummary } from '../../../server/src/contracts';
import { SearchField } from '../components/common/SearchField';
import { EntriesTable } from '../components/lists/EntriesTable';
import { EntryFormModal } from '../components/lists/EntryFormModal';
import { ExcludeEntryModal } from '../components/lists/ExcludeEntryModal';
import { ListFormModal } from '../components/lists/ListFormModal';
import { ListOverview } from '../components/lists/ListOverview';
import { useExclusionLists, useList, useListActions, useListEntries } from '../hooks/useLists';
import { usePageQuery } from '../hooks/usePageQuery';
import { useSubmitAction } from '../hooks/useSubmitAction';
import { useT } from '../hooks/useT';
import { PAGE_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { formatPhone } from '../utils/phone';

import { ConfirmDeleteDialog } from './parts/ConfirmDeleteDialog';
import { ResourceView } from './parts/ResourceView';
import { TablePagination } from './parts/TablePagination';

/** Mounted only while excluding, so that the exclusion lists load when they are needed. */
const ExcludeDialog = ({ entry, onClose, onDone }: { entry: ListEntry; onClose: () => void; onDone: () => void }) => {
  const t = useT();
  const actions = useListActions();
  const submit = useSubmitAction();
  const exclusionLists = useExclusionLists();
  const number = formatPhone(entry.phone) || entry.phoneRaw || '';
  return (
    <ExcludeEntryModal
      number={number}
      exclusionLists={exclusionLists.data ?? []}
      onClose={onClose}
      onSubmit={async (exclusionListId) => {
        const result = await submit(() => actions.excludeEntry(entry.listId, entry.id, exclusionListId), {
          success: t('exclude.success', '{number} is excluded from marketing campaigns.', { number }),
        });
        if (result.ok) onDone();
        return result.ok;
      }}
    />
  );
};

const ListEditor = ({ list, onListChange }: { list: ListSummary; onListChange: () => void }) => {
  const t = useT();
  const navigate = useNavigate();
  const { query, setSearch } = usePageQuery(50);
  const entries = useListEntries(list.id, query);
  const actions = useListActions();
  const submit = useSubmitAction();
  const [isEditingList, setIsEditingList] = React.useState(false);
  const [entryForm, setEntryForm] = React.useState<{ entry: ListEntry | null } | null>(null);
  const [excluding, setExcluding] = React.useState<ListEntry | null>(null);
  const [deleting, setDeleting] = React.useState<ListEntry | null>(null);
  const fields = list.fields ?? [];
  const reload = () => {
    void entries.refetch();
    onListChange();
  };

  return (
    <>
      <Layouts.Header
        navigationAction={<BackButton fallback={`/plugins/${PLUGIN_ID}/lists`} />}
        title={list.name}
        subtitle={<ListOverview list={list} />}
        primaryAction={
          <Flex gap={2}>
            <Button variant="secondary" startIcon={<Pencil />} onClick={() => setIsEditingList(true)}>
              {t('editor.editList', 'Edit the list')}
            </Button>
            <Button
              variant="secondary"
              startIcon={<Upload />}
              disabled={list.status === 'importing'}
              onClick={() => navigate(`/plugins/${PLUGIN_ID}/imports/new?listId=${list.id}`)}
            >
              {t('editor.import', 'Import contacts')}
            </Button>
            <Button
              startIcon={<Plus />}
              disabled={list.status === 'importing'}
              onClick={() => setEntryForm({ entry: null })}
            >
              {t('editor.addContact', 'Add a contact')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Action
        startActions={
          <SearchField
            value={query.search ?? ''}
            onSearch={setSearch}
            label={t('editor.search', 'Search by name or number')}
            placeholder={t('editor.search', 'Search by name or number')}
            clearLabel={t('common.clearSearch', 'Clear the search')}
          />
        }
      />
      <Layouts.Content>
        <ResourceView resource={entries}>
          {(page) => (
            <>
              <EntriesTable
                entries={page.results}
                fields={fields}
                emptyMessage={
                  query.search
                    ? t('editor.noMatch', 'No contact of this list matches your search.')
                    : t('editor.empty', 'This list is empty. Add contacts one by one with “Add a contact”.')
                }
                onEdit={(entry) => setEntryForm({ entry })}
                onDelete={setDeleting}
                onExclude={setExcluding}
              />
              <TablePagination pagination={page.pagination} />
            </>
          )}
        </ResourceView>
      </Layouts.Content>
      <ListFormModal
        open={isEditingList}
        onOpenChange={setIsEditingList}
        title={t('editor.editList', 'Edit the list')}
        submitLabel={t('common.save', 'Save')}
        initial={list}
        onSubmit={async (input) => {
          const result = await submit(() => actions.update(list.id, input), {
            success: t('editor.listSaved', 'List saved.'),
          });
          if (result.ok) onListChange();
          return result;
        }}
      />
      <EntryFormModal
        open={entryForm !== null}
        onOpenChange={(open) => (open ? undefined : setEntryForm(null))}
        fields={fields}
        entry={entryForm?.entry}
        onSubmit={async (input) => {
          const editing = entryForm?.entry;
          const result = await submit(
            () => (editing ? actions.updateEntry(list.id, editing.id, input) : actions.createEntry(list.id, input)),
            {
              numberField: 'phone',
              success: editing
                ? t('editor.entrySaved', 'Contact saved.')
                : t('editor.entryAdded', 'Contact added to the list.'),
            }
          );
          if (result.ok) reload();
          return result;
        }}
      />
      {excluding ? <ExcludeDialog entry={excluding} onClose={() => setExcluding(null)} onDone={reload} /> : null}
      <ConfirmDeleteDialog
        item={deleting}
        title={t('editor.delete.title', 'Remove {number} from the list?', {
          number: formatPhone(deleting?.phone) || deleting?.phoneRaw || '',
        })}
        onClose={() => setDeleting(null)}
        onConfirm={async (entry) => {
          const result = await submit(() => actions.deleteEntry(list.id, entry.id), {
            success: t('editor.entryDeleted', 'Contact removed from the list.'),
          });
          if (result.ok) reload();
        }}
      >
        {t('editor.delete.body', 'The contact is removed from this list only. It stays in the contact directory.')}
      </ConfirmDeleteDialog>
    </>
  );
};

const ListEditorPage = () => {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const list = useList(Number(id));
  return (
    <Page.Main>
      <Page.Title>{t('editor.pageTitle', 'List editor — Mobile Campaigns')}</Page.Title>
      <ResourceView resource={list}>
        {(data) => <ListEditor list={data} onListChange={() => void list.refetch()} />}
      </ResourceView>
    </Page.Main>
  );
};

const ProtectedListEditorPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.contacts}>
    <ListEditorPage />
  </Page.Protect>
);

export { ListEditorPage, ProtectedListEditorPage };
