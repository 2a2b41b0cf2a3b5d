import * as React from 'react';

import { Button, Flex } from '@strapi/design-system';
import { Plus, Upload } from '@strapi/icons';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';

import type { ListSummary } from '../../../server/src/contracts';
import { SearchField } from '../components/common/SearchField';
import { ListFormModal } from '../components/lists/ListFormModal';
import { ListsTable } from '../components/lists/ListsTable';
import { MergeListModal } from '../components/lists/MergeListModal';
import { useActiveImports } from '../hooks/useImports';
import { useListActions, useLists } from '../hooks/useLists';
import { usePageQuery } from '../hooks/usePageQuery';
import { useSubmitAction } from '../hooks/useSubmitAction';
import { useT } from '../hooks/useT';
import { CONTACT_ACTIONS, PAGE_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

import { ConfirmDeleteDialog } from './parts/ConfirmDeleteDialog';
import { ResourceView } from './parts/ResourceView';
import { TablePagination } from './parts/TablePagination';

/** Mounted only while merging, so that the lists to pick from load when they are needed. */
const MergeDialog = ({
  target,
  onClose,
  onMerged,
}: {
  target: ListSummary;
  onClose: () => void;
  onMerged: () => void;
}) => {
  const t = useT();
  const actions = useListActions();
  const submit = useSubmitAction();
  const candidates = useLists({ page: 1, pageSize: 100, kind: 'contacts' });
  return (
    <MergeListModal
      target={target}
      candidates={(candidates.data?.results ?? []).filter((list) => list.status !== 'importing')}
      onClose={onClose}
      onSubmit={async (sourceId) => {
        const result = await submit(() => actions.merge(target.id, sourceId), {
          success: t('merge.success', 'Lists merged into “{name}”.', { name: target.name }),
        });
        if (result.ok) onMerged();
        return result.ok;
      }}
    />
  );
};

const ListsPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const { query, setSearch } = usePageQuery();
  const lists = useLists({ ...query, kind: 'contacts' });
  const actions = useListActions();
  const submit = useSubmitAction();
  const {
    allowedActions: { canPersonalData },
  } = useRBAC(CONTACT_ACTIONS);
  const [isCreating, setIsCreating] = React.useState(false);
  const [merging, setMerging] = React.useState<ListSummary | null>(null);
  const [deleting, setDeleting] = React.useState<ListSummary | null>(null);
  const reload = () => void lists.refetch();
  const imports = useActiveImports(Boolean(lists.data?.results.some((list) => list.status === 'importing')), reload);

  const headerActions = (
    <Flex gap={2}>
      <Button variant="secondary" startIcon={<Upload />} onClick={() => navigate(`/plugins/${PLUGIN_ID}/imports/new`)}>
        {t('import.button', 'Import contacts')}
      </Button>
      <Button startIcon={<Plus />} onClick={() => setIsCreating(true)}>
        {t('lists.new', 'New list')}
      </Button>
    </Flex>
  );

  return (
    <Page.Main>
      <Page.Title>{t('lists.pageTitle', 'Contact lists — Mobile Campaigns')}</Page.Title>
      <Layouts.Header
        title={t('nav.lists', 'Contact lists')}
        subtitle={t(
          'lists.subtitle',
          'Lists you send campaigns to. Lists set to expire are deleted after a period without use; their contacts stay in the directory.'
        )}
        primaryAction={headerActions}
      />
      <Layouts.Action
        startActions={
          <SearchField
            value={query.search ?? ''}
            onSearch={setSearch}
            label={t('lists.search', 'Search a list by name')}
            placeholder={t('lists.search', 'Search a list by name')}
            clearLabel={t('common.clearSearch', 'Clear the search')}
          />
        }
      />
      <Layouts.Content>
        <ResourceView resource={lists}>
          {(page) => (
            <>
              <ListsTable
                lists={page.results}
                canExport={canPersonalData}
                imports={imports}
                emptyMessage={
                  query.search
                    ? t('lists.noMatch', 'No list matches your search.')
                    : t('lists.empty', 'No contact list yet. Create one with “New list”.')
                }
                onEdit={(list) => navigate(String(list.id))}
                onExport={(list) => void submit(() => actions.exportCsv(list.id, list.name))}
                onToggleStatus={(list) => {
                  const status = list.status === 'inactive' ? 'active' : 'inactive';
                  void submit(() => actions.update(list.id, { status }), {
                    success:
                      status === 'active'
                        ? t('lists.activated', '“{name}” is active again.', { name: list.name })
                        : t('lists.deactivated', '“{name}” is deactivated: campaigns can no longer use it.', {
                            name: list.name,
                          }),
                  }).then(reload);
                }}
                onMerge={setMerging}
                onDelete={setDeleting}
              />
              <TablePagination pagination={page.pagination} />
            </>
          )}
        </ResourceView>
      </Layouts.Content>
      <ListFormModal
        open={isCreating}
        onOpenChange={setIsCreating}
        title={t('lists.new', 'New list')}
        submitLabel={t('lists.create', 'Create the list')}
        onSubmit={async (input) => {
          let id: number | undefined;
          const result = await submit(
            async () => {
              id = (await actions.create({ ...input, kind: 'contacts' })).id;
            },
            { success: t('lists.created', 'List “{name}” created.', { name: input.name }) }
          );
          // An empty list is filled in its editor.
          if (result.ok && id) navigate(String(id));
          return result;
        }}
      />
      {merging ? <MergeDialog target={merging} onClose={() => setMerging(null)} onMerged={reload} /> : null}
      <ConfirmDeleteDialog
        item={deleting}
        title={t('lists.delete.title', 'Delete “{name}”?', { name: deleting?.name ?? '' })}
        onClose={() => setDeleting(null)}
        onConfirm={async (list) => {
          const result = await submit(() => actions.remove(list.id), {
            success: t('lists.deleted', 'List “{name}” deleted.', { name: list.name }),
          });
          if (result.ok) reload();
        }}
      >
        {t(
          'lists.delete.body',
          'The list is deleted. Its contacts stay in the contact directory and in your other lists.'
        )}
      </ConfirmDeleteDialog>
    </Page.Main>
  );
};

const ProtectedListsPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.contacts}>
    <ListsPage />
  </Page.Protect>
);

export { ListsPage, ProtectedListsPage };
