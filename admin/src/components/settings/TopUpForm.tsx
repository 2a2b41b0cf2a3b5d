import * as React from 'react';

import { Button, Field, Flex, NumberInput, TextInput } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { topUpSchema, type TopUpInput } from '../../../../server/src/contracts';
import { toFieldErrors, type FieldErrors, type SubmitResult } from '../../utils/fieldErrors';
import { getTranslation } from '../../utils/getTranslation';

interface TopUpFormProps {
  onSubmit: (input: TopUpInput) => Promise<SubmitResult>;
  disabled?: boolean;
}

/** Adds credits to a limited account; the note is kept in the credit ledger. */
export const TopUpForm = ({ onSubmit, disabled }: TopUpFormProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const [amount, setAmount] = React.useState<number | undefined>(undefined);
  const [note, setNote] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [isSubmitting, setIsSubmitting] = React.useState(false);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = topUpSchema.safeParse({ amount, note: note.trim() || undefined });
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      return;
    }
    setIsSubmitting(true);
    try {
      const result = await onSubmit(parsed.data);
      if (result.ok) {
        setAmount(undefined);
        setNote('');
        setErrors({});
      } else if (result.fieldErrors) {
        setErrors(result.fieldErrors);
      }
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Flex gap={4} alignItems="flex-start" wrap="wrap">
        <Field.Root
          name="amount"
          required
          minWidth="16rem"
          error={errors.amount ? t('topUp.amount.error', 'Enter a whole number of credits greater than 0.') : undefined}
        >
          <Field.Label>{t('topUp.amount.label', 'Credits to add')}</Field.Label>
          <NumberInput
            value={amount}
            step={100}
            disabled={disabled}
            onValueChange={(value) => {
              setAmount(value);
              setErrors(({ amount: _fixed, ...rest }) => rest);
            }}
          />
          <Field.Error />
        </Field.Root>
        <Field.Root
          name="note"
          flex={1}
          minWidth="20rem"
          error={errors.note ? t('topUp.note.error', 'Use at most 200 characters.') : undefined}
          hint={t('topUp.note.hint', 'Optional, e.g. an order or invoice number. Kept in the credit history.')}
        >
          <Field.Label>{t('topUp.note.label', 'Note')}</Field.Label>
          <TextInput
            value={note}
            maxLength={200}
            disabled={disabled}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setNote(event.target.value)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <Flex paddingTop={6}>
          <Button type="submit" variant="secondary" startIcon={<Plus />} loading={isSubmitting} disabled={disabled}>
            {t('topUp.submit', 'Add credits')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
};
