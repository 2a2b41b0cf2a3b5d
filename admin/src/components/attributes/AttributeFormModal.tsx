import * as React from 'react';

import { Button, Flex, Modal } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import {
  ATTRIBUTE_TYPES,
  attributeInputSchema,
  type Attribute,
  type AttributeInput,
} from '../../../../server/src/contracts';
import { ATTRIBUTE_TYPE_LABELS } from '../../utils/contactMessages';
import { toFieldErrors, type FieldErrors, type SubmitResult } from '../../utils/fieldErrors';
import { getTranslation } from '../../utils/getTranslation';
import { RadioField } from '../form/RadioField';
import { TextField } from '../form/TextField';

import { variableTag } from './AttributesTable';

/** The variable a name suggests: the characters a variable may hold (accents allowed). */
export const suggestVariable = (name: string) =>
  name
    .replace(/[^\p{L}\p{N}_ -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);

interface AttributeFormModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  attribute?: Attribute | null;
  onSubmit: (input: AttributeInput) => Promise<SubmitResult>;
}

/** "Nouvel attribut": a name, a type, and the variable that calls it in a message. */
export const AttributeFormModal = ({ open, onOpenChange, attribute, onSubmit }: AttributeFormModalProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [form, setForm] = React.useState<AttributeInput>({ name: '', type: 'text', variable: '' });
  // Until the user types a variable of their own, it follows the name.
  const [variableEdited, setVariableEdited] = React.useState(false);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [isSubmitting, setIsSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (!open) return;
    setForm(
      attribute
        ? { name: attribute.name, type: attribute.type, variable: attribute.variable }
        : { name: '', type: 'text', variable: '' }
    );
    setVariableEdited(Boolean(attribute));
    setErrors({});
  }, [open, attribute]);

  const update = (patch: Partial<AttributeInput>) => {
    setForm((previous) => ({ ...previous, ...patch }));
    setErrors((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(patch)) delete next[key];
      return next;
    });
  };

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = attributeInputSchema.safeParse(form);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      return;
    }
    setIsSubmitting(true);
    try {
      const result = await onSubmit(parsed.data);
      if (result.ok) onOpenChange(false);
      else if (result.fieldErrors) setErrors(result.fieldErrors);
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <form onSubmit={handleSubmit} noValidate>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>
              {attribute
                ? t('attributeForm.editTitle', 'Edit the attribute')
                : t('attributeForm.addTitle', 'New attribute')}
            </Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={6}>
              <TextField
                name="name"
                label={t('table.name', 'Name')}
                required
                maxLength={100}
                value={form.name}
                error={
                  errors.name
                    ? t('attributeForm.name.error', 'Give the attribute a name of up to 100 characters.')
                    : undefined
                }
                onChange={(name) => update(variableEdited ? { name } : { name, variable: suggestVariable(name) })}
              />
              <RadioField
                name="type"
                label={t('table.kind', 'Type')}
                value={form.type}
                onChange={(type) => update({ type })}
                options={ATTRIBUTE_TYPES.map((type) => ({
                  value: type,
                  label: formatMessage(ATTRIBUTE_TYPE_LABELS[type]),
                }))}
              />
              <TextField
                name="variable"
                label={t('attributes.table.variable', 'Variable')}
                required
                maxLength={60}
                value={form.variable}
                hint={t('attributeForm.variable.hint', 'Write {tag} in a message to insert each contact’s value.', {
                  tag: variableTag(form.variable || t('attributeForm.variable.placeholder', 'Variable')),
                })}
                error={
                  errors.variable
                    ? t(
                        'attributeForm.variable.error',
                        'Use up to 60 letters, digits, spaces, hyphens or underscores; each variable must be unique.'
                      )
                    : undefined
                }
                onChange={(variable) => {
                  setVariableEdited(true);
                  update({ variable });
                }}
              />
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={isSubmitting}>
              {attribute ? t('common.save', 'Save') : t('attributeForm.add', 'Create the attribute')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
