import * as React from 'react';

import { Button, Flex, Modal, Typography } from '@strapi/design-system';

import { useT } from '../../../hooks/useT';
import { TextField } from '../../form/TextField';

interface SaveTemplateModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSave: (name: string) => Promise<void>;
}

/** "Save as template": the current sender, text and options under a name. */
export const SaveTemplateModal = ({ open, onOpenChange, onSave }: SaveTemplateModalProps) => {
  const t = useT();
  const [name, setName] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  const [failed, setFailed] = React.useState(false);
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => {
    if (!open) return;
    setName('');
    setError(undefined);
    setFailed(false);
  }, [open]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('editor.templates.name.error', 'Give the template a name.'));
      return;
    }
    setSaving(true);
    try {
      await onSave(name);
      onOpenChange(false);
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>{t('editor.templates.save.title', 'Save as a template')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <TextField
                name="templateName"
                label={t('editor.templates.name', 'Template name')}
                hint={t(
                  'editor.templates.save.hint',
                  'The sender, the text and the message options are saved; the STOP mention is added to each campaign.'
                )}
                required
                value={name}
                error={error}
                onChange={(next) => {
                  setName(next);
                  setError(undefined);
                }}
              />
              {failed ? (
                <Typography variant="pi" textColor="danger600" role="alert">
                  {t('editor.templates.save.failed', 'The template could not be saved. Try again.')}
                </Typography>
              ) : null}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={saving}>
              {t('editor.templates.save.submit', 'Save the template')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
