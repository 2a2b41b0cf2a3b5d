import * as React from 'react';

import { Button } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';

import type { Attribute } from '../../../server/src/contracts';
import { AttributeFormModal } from '../components/attributes/AttributeFormModal';
import { AttributesTable } from '../components/attributes/AttributesTable';
import { useAttributeActions, useAttributes } from '../hooks/useContacts';
import { useSubmitAction } from '../hooks/useSubmitAction';
import { useT } from '../hooks/useT';
import { PAGE_PERMISSIONS } from '../permissions';

import { ConfirmDeleteDialog } from './parts/ConfirmDeleteDialog';
import { ResourceView } from './parts/ResourceView';

const AttributesPage = () => {
  const t = useT();
  const attributes = useAttributes();
  const actions = useAttributeActions();
  const submit = useSubmitAction();
  const [form, setForm] = React.useState<{ attribute: Attribute | null } | null>(null);
  const [deleting, setDeleting] = React.useState<Attribute | null>(null);
  const reload = () => void attributes.refetch();

  return (
    <Page.Main>
      <Page.Title>{t('attributes.pageTitle', 'Attributes — Mobile Campaigns')}</Page.Title>
      <Layouts.Header
        title={t('nav.attributes', 'Attributes')}
        subtitle={t(
          'attributes.subtitle',
          'What you know about your contacts. Each attribute has a variable you can write in a message, e.g. {example}.',
          { example: '${Prénom}' }
        )}
        primaryAction={
          <Button startIcon={<Plus />} onClick={() => setForm({ attribute: null })}>
            {t('attributeForm.addTitle', 'New attribute')}
          </Button>
        }
      />
      <Layouts.Content>
        <ResourceView resource={attributes}>
          {(data) => (
            <AttributesTable
              attributes={data}
              emptyMessage={t('attributes.empty', 'No attribute yet. Create one with “New attribute”.')}
              onEdit={(attribute) => setForm({ attribute })}
              onDelete={setDeleting}
            />
          )}
        </ResourceView>
      </Layouts.Content>
      <AttributeFormModal
        open={form !== null}
        onOpenChange={(open) => (open ? undefined : setForm(null))}
        attribute={form?.attribute}
        onSubmit={async (input) => {
          const editing = form?.attribute;
          const result = await submit(() => (editing ? actions.update(editing.id, input) : actions.create(input)), {
            success: editing
              ? t('attributes.saved', 'Attribute saved.')
              : t('attributes.created', 'Attribute “{name}” created.', { name: input.name }),
          });
          if (result.ok) reload();
          return result;
        }}
      />
      <ConfirmDeleteDialog
        item={deleting}
        title={t('attributes.delete.title', 'Delete the attribute “{name}”?', { name: deleting?.name ?? '' })}
        onClose={() => setDeleting(null)}
        onConfirm={async (attribute) => {
          const result = await submit(() => actions.remove(attribute.id), {
            success: t('attributes.deleted', 'Attribute deleted.'),
          });
          if (result.ok) reload();
        }}
      >
        {t(
          'attributes.delete.body',
          'Its values are erased from every contact, and messages that use its variable will no longer be personalised with it.'
        )}
      </ConfirmDeleteDialog>
    </Page.Main>
  );
};

const ProtectedAttributesPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.contacts}>
    <AttributesPage />
  </Page.Protect>
);

export { AttributesPage, ProtectedAttributesPage };
