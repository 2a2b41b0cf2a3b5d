import * as React from 'react';

import { Box, Button, Flex, Loader, Modal, TextInput, Typography } from '@strapi/design-system';

import type { Template } from '../../../../../server/src/contracts/wizard';
import { useT } from '../../../hooks/useT';

interface TemplatesModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  templates: Template[] | undefined;
  loadFailed: boolean;
  onUse: (template: Template) => void;
  onRename: (template: Template, name: string) => Promise<unknown>;
  onDelete: (template: Template) => Promise<unknown>;
}

type RowState = { mode: 'view' } | { mode: 'rename'; name: string } | { mode: 'delete' };

const TemplateRow = ({
  template,
  onUse,
  onRename,
  onDelete,
}: { template: Template } & Pick<TemplatesModalProps, 'onUse' | 'onRename' | 'onDelete'>) => {
  const t = useT();
  const [state, setState] = React.useState<RowState>({ mode: 'view' });
  const [busy, setBusy] = React.useState(false);
  const [failed, setFailed] = React.useState(false);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailed(false);
    try {
      await action();
      setState({ mode: 'view' });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box padding={3} hasRadius borderColor="neutral200" tag="li" aria-label={template.name}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        {state.mode === 'rename' ? (
          <Flex gap={2}>
            <Box flex="1">
              <TextInput
                aria-label={t('editor.templates.name', 'Template name')}
                value={state.name}
                maxLength={200}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  setState({ mode: 'rename', name: event.target.value })
                }
              />
            </Box>
            <Button
              size="S"
              loading={busy}
              disabled={state.name.trim() === ''}
              onClick={() => run(() => onRename(template, state.name.trim()))}
            >
              {t('common.save', 'Save')}
            </Button>
            <Button size="S" variant="tertiary" onClick={() => setState({ mode: 'view' })}>
              {t('common.cancel', 'Cancel')}
            </Button>
          </Flex>
        ) : (
          <Typography variant="omega" fontWeight="bold">
            {template.name}
          </Typography>
        )}
        <Typography variant="pi" textColor="neutral600" ellipsis>
          {template.message}
        </Typography>
        {state.mode === 'delete' ? (
          <Flex gap={2} wrap="wrap">
            <Typography variant="pi" textColor="danger600">
              {t('editor.templates.delete.confirm', 'Delete “{name}” for good?', { name: template.name })}
            </Typography>
            <Button size="S" variant="danger" loading={busy} onClick={() => run(() => onDelete(template))}>
              {t('editor.templates.delete', 'Delete')}
            </Button>
            <Button size="S" variant="tertiary" onClick={() => setState({ mode: 'view' })}>
              {t('common.cancel', 'Cancel')}
            </Button>
          </Flex>
        ) : state.mode === 'view' ? (
          <Flex gap={2}>
            <Button size="S" onClick={() => onUse(template)}>
              {t('editor.templates.use', 'Use')}
            </Button>
            <Button size="S" variant="tertiary" onClick={() => setState({ mode: 'rename', name: template.name })}>
              {t('editor.templates.rename', 'Rename')}
            </Button>
            <Button size="S" variant="danger-light" onClick={() => setState({ mode: 'delete' })}>
              {t('editor.templates.delete', 'Delete')}
            </Button>
          </Flex>
        ) : null}
        {failed ? (
          <Typography variant="pi" textColor="danger600" role="alert">
            {t('editor.templates.actionFailed', 'That did not work. Try again.')}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
};

/** The templates of seed 002: load one into the editor, rename or delete them. */
export const TemplatesModal = ({ open, onOpenChange, templates, loadFailed, ...actions }: TemplatesModalProps) => {
  const t = useT();
  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <Modal.Header closeLabel={t('common.close', 'Close')}>
          <Modal.Title>{t('editor.templates.title', 'Message templates')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {loadFailed ? (
            <Typography textColor="danger600" role="alert">
              {t('editor.templates.loadFailed', 'The templates could not be loaded.')}
            </Typography>
          ) : templates === undefined ? (
            <Loader small>{t('editor.templates.loading', 'Loading the templates…')}</Loader>
          ) : templates.length === 0 ? (
            <Typography textColor="neutral600">
              {t('editor.templates.empty', 'No template yet: write a message, then “Save as a template”.')}
            </Typography>
          ) : (
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="pi" textColor="neutral600">
                {t(
                  'editor.templates.use.hint',
                  'Using a template replaces the sender, the text and the options of this step; the STOP mention stays as it is.'
                )}
              </Typography>
              <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
                {templates.map((template) => (
                  <TemplateRow key={template.id} template={template} {...actions} />
                ))}
              </Flex>
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.close', 'Close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
