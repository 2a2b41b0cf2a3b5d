import * as React from 'react';

import { Button, Field, Flex, Modal, Textarea } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { AddNumbersResult as Result } from '../../api/lists';
import { getTranslation } from '../../utils/getTranslation';
import { TextField } from '../form/TextField';

import { AddNumbersResult } from './AddNumbersResult';

interface AddNumbersModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  listName: string;
  /** Resolves with what the server did, or null when the request failed (the page says why). */
  onSubmit: (input: { numbers: string; note?: string }) => Promise<Result | null>;
}

/** Paste one or several numbers; the modal then tells what was added, skipped or rejected. */
export const AddNumbersModal = ({ open, onOpenChange, listName, onSubmit }: AddNumbersModalProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [numbers, setNumbers] = React.useState('');
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<string>();
  const [result, setResult] = React.useState<Result | null>(null);
  const [isSubmitting, setIsSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (open) {
      setNumbers('');
      setNote('');
      setError(undefined);
      setResult(null);
    }
  }, [open]);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!numbers.trim()) {
      setError(t('addNumbers.numbers.error', 'Paste or type at least one number.'));
      return;
    }
    setIsSubmitting(true);
    try {
      const answer = await onSubmit({ numbers: numbers.trim(), ...(note.trim() ? { note: note.trim() } : {}) });
      if (answer) setResult(answer);
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <form onSubmit={handleSubmit} noValidate>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>{t('addNumbers.title', 'Add numbers to “{name}”', { name: listName })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            {result ? (
              <AddNumbersResult result={result} />
            ) : (
              <Flex direction="column" alignItems="stretch" gap={6}>
                <Field.Root
                  name="numbers"
                  required
                  error={error}
                  hint={t(
                    'addNumbers.numbers.hint',
                    'One number per line, or separated by commas or semicolons, in national or international format.'
                  )}
                >
                  <Field.Label>{t('addNumbers.numbers.label', 'Numbers')}</Field.Label>
                  <Textarea
                    value={numbers}
                    onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                      setNumbers(event.target.value);
                      setError(undefined);
                    }}
                    placeholder={'06 12 34 56 78\n+33 7 98 76 54 32'}
                  />
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
                <TextField
                  name="note"
                  label={t('optOuts.table.note', 'Note')}
                  hint={t(
                    'addNumbers.note.hint',
                    'Optional, e.g. “Asked by phone on 12 March”. Kept with each number.'
                  )}
                  value={note}
                  maxLength={200}
                  onChange={setNote}
                />
              </Flex>
            )}
          </Modal.Body>
          <Modal.Footer>
            {result ? (
              <>
                <Button variant="tertiary" onClick={() => setResult(null)}>
                  {t('addNumbers.again', 'Add more numbers')}
                </Button>
                <Modal.Close>
                  <Button>{t('common.close', 'Close')}</Button>
                </Modal.Close>
              </>
            ) : (
              <>
                <Modal.Close>
                  <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
                </Modal.Close>
                <Button type="submit" loading={isSubmitting}>
                  {t('addNumbers.submit', 'Add the numbers')}
                </Button>
              </>
            )}
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
