import * as React from 'react';

import { Button, Flex } from '@strapi/design-system';
import { Plus, Upload } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';

import { ExclusionListsTable } from '../components/exclusions/ExclusionListsTable';
import { ListFormModal } from '../components/lists/ListFormModal';
import { useActiveImports } from '../hooks/useImports';
import { useExclusionLists, useListActions } from '../hooks/useLists';
import { useSubmitAction } from '../hooks/useSubmitAction';
import { useT } from '../hooks/useT';
import { PAGE_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

import { ResourceView } from './parts/ResourceView';

const ExclusionsPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const lists = useExclusionLists();
  const actions = useListActions();
  const submit = useSubmitAction();
  const [isCreating, setIsCreating] = React.useState(false);
  const imports = useActiveImports(Boolean(lists.data?.some((list) => list.status === 'importing')), () => {
    void lists.refetch();
  });

  return (
    <Page.Main>
      <Page.Title>{t('exclusions.pageTitle', 'Exclusion lists — Mobile Campaigns')}</Page.Title>
      <Layouts.Header
        title={t('nav.exclusions', 'Exclusion lists')}
        subtitle={t(
          'exclusions.subtitle',
          'Numbers that marketing campaigns never send to: people who replied STOP, and any list you add.'
        )}
        primaryAction={
          <Flex gap={2}>
            <Button
              variant="secondary"
              startIcon={<Upload />}
              onClick={() => navigate(`/plugins/${PLUGIN_ID}/imports/new?kind=exclusion`)}
            >
              {t('exclusions.importList', 'Import an exclusion list')}
            </Button>
            <Button startIcon={<Plus />} onClick={() => setIsCreating(true)}>
              {t('exclusions.new', 'New exclusion list')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Content>
        <ResourceView resource={lists}>
          {(data) => (
            <ExclusionListsTable
              lists={data}
              imports={imports}
              emptyMessage={t('exclusions.empty', 'No exclusion list yet.')}
              onOpen={(list) => navigate(String(list.id))}
            />
          )}
        </ResourceView>
      </Layouts.Content>
      <ListFormModal
        open={isCreating}
        onOpenChange={setIsCreating}
        title={t('exclusions.new', 'New exclusion list')}
        submitLabel={t('lists.create', 'Create the list')}
        withPersistence={false}
        onSubmit={async (input) => {
          let id: number | undefined;
          const result = await submit(
            async () => {
              id = (await actions.create({ ...input, kind: 'exclusion', persistence: 'permanent' })).id;
            },
            { success: t('lists.created', 'List “{name}” created.', { name: input.name }) }
          );
          if (result.ok && id) navigate(String(id));
          return result;
        }}
      />
    </Page.Main>
  );
};

const ProtectedExclusionsPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.contacts}>
    <ExclusionsPage />
  </Page.Protect>
);

export { ExclusionsPage, ProtectedExclusionsPage };
