import * as React from 'react';

import { Button, Field, Flex, Modal, TextInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { entryInputSchema, type EntryInput, type ListEntry } from '../../../../server/src/contracts';
import type { FieldErrors, SubmitResult } from '../../utils/fieldErrors';
import { getTranslation } from '../../utils/getTranslation';
import { NUMBER_REASONS, numberReasonMessage } from '../../utils/phone';

interface EntryFormModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The list's own columns: one input each. */
  fields: string[];
  /** The entry being edited; none to add a contact by hand. */
  entry?: ListEntry | null;
  onSubmit: (input: EntryInput) => Promise<SubmitResult>;
}

/** Adds a contact to a list by hand, or corrects one: the number and the list's fields. */
export const EntryFormModal = ({ open, onOpenChange, fields, entry, onSubmit }: EntryFormModalProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const [phone, setPhone] = React.useState('');
  const [values, setValues] = React.useState<Record<string, string>>({});
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [isSubmitting, setIsSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (!open) return;
    setPhone(entry ? (entry.phoneRaw ?? entry.phone ?? '') : '');
    setValues({ ...(entry?.fields ?? {}) });
    setErrors({});
  }, [open, entry]);

  const phoneError = () => {
    const code = errors.phone;
    if (!code) return undefined;
    // The server answers with a reason code (invalid-number, not-allowed-country…).
    return code in NUMBER_REASONS
      ? formatMessage(numberReasonMessage(code))
      : t('entryForm.phone.error', 'Enter a mobile number, e.g. 06 12 34 56 78 or +33 6 12 34 56 78.');
  };

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const filled = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
    const parsed = entryInputSchema.safeParse({ phone, fields: filled });
    if (!parsed.success) {
      setErrors(
        parsed.error.issues.some((issue) => issue.path[0] === 'phone') ? { phone: 'required' } : { fields: 'x' }
      );
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
              {entry ? t('entryForm.editTitle', 'Edit the contact') : t('entryForm.addTitle', 'Add a contact')}
            </Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Field.Root
                name="phone"
                required
                error={phoneError()}
                hint={t('entryForm.phone.hint', 'National or international format: 06 12 34 56 78, +33 6 12 34 56 78.')}
              >
                <Field.Label>{t('entryForm.phone.label', 'Mobile number')}</Field.Label>
                <TextInput
                  type="tel"
                  value={phone}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                    setPhone(event.target.value);
                    setErrors({});
                  }}
                  autoComplete="off"
                  maxLength={40}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              {fields.map((field) => (
                <Field.Root key={field} name={`fields.${field}`}>
                  <Field.Label>{field}</Field.Label>
                  <TextInput
                    value={values[field] ?? ''}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                      setValues((previous) => ({ ...previous, [field]: event.target.value }))
                    }
                    autoComplete="off"
                    maxLength={1000}
                  />
                </Field.Root>
              ))}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={isSubmitting}>
              {entry ? t('common.save', 'Save') : t('entryForm.add', 'Add to the list')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
