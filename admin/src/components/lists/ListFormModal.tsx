import * as React from 'react';

import { Button, Field, Flex, Modal, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { listCreateSchema, type ListSummary } from '../../../../server/src/contracts';
import { toFieldErrors, type FieldErrors, type SubmitResult } from '../../utils/fieldErrors';
import { getTranslation } from '../../utils/getTranslation';

import { PersistenceFields } from './PersistenceFields';

const formSchema = listCreateSchema.pick({
  name: true,
  description: true,
  persistence: true,
  expiresAfterMonths: true,
});

export interface ListFormInput {
  name: string;
  description?: string;
  persistence?: ListSummary['persistence'];
  expiresAfterMonths?: number;
}

type Initial = Partial<Pick<ListSummary, 'name' | 'description' | 'persistence' | 'expiresAfterMonths'>>;

interface ListFormModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  /** The list being edited; a new list starts empty, expiring after 3 months as in the seeds. */
  initial?: Initial;
  /** Shown above the fields, e.g. how many contacts the new list will hold. */
  intro?: React.ReactNode;
  withDescription?: boolean;
  /** Exclusion lists are permanent: they have no persistence to choose. */
  withPersistence?: boolean;
  onSubmit: (input: ListFormInput) => Promise<SubmitResult>;
}

const fromInitial = (initial?: Initial) => ({
  name: initial?.name ?? '',
  description: initial?.description ?? '',
  persistence: initial?.persistence ?? ('expiring' as const),
  expiresAfterMonths: initial?.expiresAfterMonths ?? 3,
});

/** Name, description and persistence of a contact list or an exclusion list. */
export const ListFormModal = ({
  open,
  onOpenChange,
  title,
  submitLabel,
  initial,
  intro,
  withDescription = true,
  withPersistence = true,
  onSubmit,
}: ListFormModalProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const [form, setForm] = React.useState(() => fromInitial(initial));
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [isSubmitting, setIsSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (open) {
      setForm(fromInitial(initial));
      setErrors({});
    }
    // Reset when the modal opens only: the parent re-renders with the same list while it is open.
  }, [open]);

  const update = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    setForm((previous) => ({ ...previous, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = formSchema.safeParse({
      name: form.name,
      description: withDescription ? form.description.trim() : undefined,
      persistence: withPersistence ? form.persistence : undefined,
      expiresAfterMonths: form.expiresAfterMonths,
    });
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      return;
    }
    const input: ListFormInput = { name: parsed.data.name };
    if (withDescription) input.description = parsed.data.description ?? '';
    if (withPersistence) {
      input.persistence = parsed.data.persistence;
      if (parsed.data.persistence === 'expiring') input.expiresAfterMonths = parsed.data.expiresAfterMonths;
    }
    setIsSubmitting(true);
    try {
      const result = await onSubmit(input);
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
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={6}>
              {intro ? <Typography textColor="neutral800">{intro}</Typography> : null}
              <Field.Root
                name="name"
                required
                error={
                  errors.name ? t('listForm.name.error', 'Give the list a name of up to 200 characters.') : undefined
                }
              >
                <Field.Label>{t('listForm.name.label', 'Name')}</Field.Label>
                <TextInput
                  value={form.name}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => update('name', event.target.value)}
                  autoComplete="off"
                  maxLength={200}
                />
                <Field.Error />
              </Field.Root>
              {withDescription ? (
                <Field.Root
                  name="description"
                  error={
                    errors.description ? t('listForm.description.error', 'Use at most 2,000 characters.') : undefined
                  }
                  hint={t('listForm.description.hint', 'Optional. What the list is for, where its contacts come from.')}
                >
                  <Field.Label>{t('listForm.description.label', 'Description')}</Field.Label>
                  <Textarea
                    value={form.description}
                    onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
                      update('description', event.target.value)
                    }
                    maxLength={2000}
                  />
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
              ) : null}
              {withPersistence ? (
                <PersistenceFields
                  persistence={form.persistence}
                  months={form.expiresAfterMonths}
                  onPersistenceChange={(value) => update('persistence', value)}
                  onMonthsChange={(value) => update('expiresAfterMonths', value)}
                  error={
                    errors.expiresAfterMonths || errors.persistence
                      ? t('listForm.months.error', 'Choose between 1 and 12 months, or make the list permanent.')
                      : undefined
                  }
                />
              ) : null}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
