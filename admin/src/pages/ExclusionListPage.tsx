import * as React from 'react';

import { Button, Flex } from '@strapi/design-system';
import { Download, Pencil, Plus, Trash, Upload } from '@strapi/icons';
import { BackButton, Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useNavigate, useParams } from 'react-router-dom';

import type { ListSummary, OptOut } from '../../../server/src/contracts';
import { SearchField } from '../components/common/SearchField';
import { AddNumbersModal } from '../components/exclusions/AddNumbersModal';
import { ListFormModal } from '../components/lists/ListFormModal';
import { OptOutsTable } from '../components/exclusions/OptOutsTable';
import type { AddNumbersResult } from '../api/lists';
import { useList, useListActions, useOptOuts } from '../hooks/useLists';
import { usePageQuery } from '../hooks/usePageQuery';
import { useSubmitAction } from '../hooks/useSubmitAction';
import { useT } from '../hooks/useT';
import { CONTACT_ACTIONS, PAGE_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { formatPhone } from '../utils/phone';

import { ConfirmDeleteDialog } from './parts/ConfirmDeleteDialog';
import { ResourceView } from './parts/ResourceView';
import { TablePagination } from './parts/TablePagination';

const ExclusionList = ({ list, onListChange }: { list: ListSummary; onListChange: () => void }) => {
  const t = useT();
  const navigate = useNavigate();
  const { query, setSearch } = usePageQuery(50);
  const optOuts = useOptOuts(list.id, query);
  const actions = useListActions();
  const submit = useSubmitAction();
  const {
    allowedActions: { canRemove, canPersonalData },
  } = useRBAC(CONTACT_ACTIONS);
  const [isAdding, setIsAdding] = React.useState(false);
  const [isRenaming, setIsRenaming] = React.useState(false);
  const [deletingList, setDeletingList] = React.useState<ListSummary | null>(null);
  const [removing, setRemoving] = React.useState<OptOut | null>(null);
  const name = list.system ? t('exclusions.account.name', 'Account opt-out list') : list.name;
  const reload = () => {
    void optOuts.refetch();
    onListChange();
  };

  return (
    <>
      <Layouts.Header
        navigationAction={<BackButton fallback={`/plugins/${PLUGIN_ID}/exclusions`} />}
        title={name}
        subtitle={
          list.system
            ? t(
                'exclusions.account.description',
                'STOP replies land here. Marketing campaigns never send to these numbers.'
              )
            : (list.description ?? undefined)
        }
        secondaryAction={
          <Flex gap={2}>
            {list.system ? null : (
              <Button
                variant="tertiary"
                startIcon={<Pencil />}
                disabled={list.status === 'importing'}
                onClick={() => setIsRenaming(true)}
              >
                {t('exclusions.rename', 'Rename')}
              </Button>
            )}
            {canPersonalData ? (
              <Button
                variant="tertiary"
                startIcon={<Download />}
                onClick={() => void submit(() => actions.exportCsv(list.id, name))}
              >
                {t('exclusions.export', 'Export as CSV')}
              </Button>
            ) : null}
            {canRemove && !list.system ? (
              <Button
                variant="danger-light"
                startIcon={<Trash />}
                disabled={list.status === 'importing'}
                onClick={() => setDeletingList(list)}
              >
                {t('exclusions.delete', 'Delete the list')}
              </Button>
            ) : null}
          </Flex>
        }
        primaryAction={
          <Flex gap={2}>
            <Button
              variant="secondary"
              startIcon={<Upload />}
              disabled={list.status === 'importing'}
              onClick={() => navigate(`/plugins/${PLUGIN_ID}/imports/new?listId=${list.id}`)}
            >
              {t('exclusions.import', 'Import numbers')}
            </Button>
            <Button startIcon={<Plus />} onClick={() => setIsAdding(true)}>
              {t('exclusions.addNumbers', 'Add numbers')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Action
        startActions={
          <SearchField
            value={query.search ?? ''}
            onSearch={setSearch}
            label={t('exclusions.search', 'Search a number')}
            placeholder={t('exclusions.search', 'Search a number')}
            clearLabel={t('common.clearSearch', 'Clear the search')}
          />
        }
      />
      <Layouts.Content>
        <ResourceView resource={optOuts}>
          {(page) => (
            <>
              <OptOutsTable
                optOuts={page.results}
                canRemove={canRemove}
                emptyMessage={
                  query.search
                    ? t('exclusions.noMatch', 'No number of this list matches your search.')
                    : t('exclusions.listEmpty', 'No number in this list yet.')
                }
                onRemove={setRemoving}
              />
              <TablePagination pagination={page.pagination} />
            </>
          )}
        </ResourceView>
      </Layouts.Content>
      <AddNumbersModal
        open={isAdding}
        onOpenChange={setIsAdding}
        listName={name}
        onSubmit={async (input) => {
          let answer: AddNumbersResult | null = null;
          await submit(async () => {
            answer = await actions.addOptOuts(list.id, input);
          });
          if (answer) reload();
          return answer;
        }}
      />
      <ListFormModal
        open={isRenaming}
        onOpenChange={setIsRenaming}
        title={t('exclusions.rename.title', 'Rename the exclusion list')}
        submitLabel={t('common.save', 'Save')}
        initial={{ name: list.name, description: list.description }}
        withPersistence={false}
        onSubmit={async (input) => {
          const result = await submit(
            () => actions.update(list.id, { name: input.name, description: input.description }),
            { success: t('exclusions.renamed', 'Exclusion list renamed “{name}”.', { name: input.name }) }
          );
          if (result.ok) onListChange();
          return result;
        }}
      />
      <ConfirmDeleteDialog
        item={deletingList}
        title={t('exclusions.delete.title', 'Delete “{name}”?', { name })}
        onClose={() => setDeletingList(null)}
        onConfirm={async (target) => {
          const result = await submit(() => actions.remove(target.id), {
            success: t('exclusions.deleted', 'Exclusion list “{name}” deleted.', { name }),
          });
          if (result.ok) navigate(`/plugins/${PLUGIN_ID}/exclusions`);
        }}
      >
        {t(
          'exclusions.delete.body',
          '{count, plural, =0 {The list is empty.} one {Its # number is removed with it:} other {Its # numbers are removed with it:}} campaigns will be able to message them again, unless another exclusion list or the STOP list holds them. This cannot be undone.',
          { count: list.contactCount }
        )}
      </ConfirmDeleteDialog>
      <ConfirmDeleteDialog
        item={removing}
        title={t('optOuts.remove.title', 'Remove {number}?', { number: formatPhone(removing?.phone) })}
        onClose={() => setRemoving(null)}
        onConfirm={async (optOut) => {
          const result = await submit(() => actions.removeOptOut(optOut.id), {
            success: t('optOuts.removed', 'Number removed from the exclusion list.'),
          });
          if (result.ok) reload();
        }}
      >
        {list.system
          ? t(
              'optOuts.remove.stopBody',
              'Marketing campaigns will be able to message this number again. Only do this if the person asked to receive your messages again.'
            )
          : t(
              'optOuts.remove.body',
              'Campaigns that use this exclusion list will be able to message this number again.'
            )}
      </ConfirmDeleteDialog>
    </>
  );
};

const ExclusionListPage = () => {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const list = useList(Number(id));
  return (
    <Page.Main>
      <Page.Title>{t('exclusions.pageTitle', 'Exclusion lists — Mobile Campaigns')}</Page.Title>
      <ResourceView resource={list}>
        {(data) => <ExclusionList list={data} onListChange={() => void list.refetch()} />}
      </ResourceView>
    </Page.Main>
  );
};

const ProtectedExclusionListPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.contacts}>
    <ExclusionListPage />
  </Page.Protect>
);

export { ExclusionListPage, ProtectedExclusionListPage };
