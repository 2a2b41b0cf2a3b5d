import * as React from 'react';

import { Button, Field, Flex, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { SearchableSelect } from '../form/SearchableSelect';

interface AddToListModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** How many contacts are selected. */
  count: number;
  lists: ListSummary[];
  onSubmit: (listId: number) => Promise<boolean>;
}

/** "Ajouter un ou plusieurs contacts à une liste existante". */
export const AddToListModal = ({ open, onOpenChange, count, lists, onSubmit }: AddToListModalProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [listId, setListId] = React.useState('');
  const [error, setError] = React.useState<string>();
  const [isSubmitting, setIsSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (open) {
      setListId('');
      setError(undefined);
    }
  }, [open]);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!listId) {
      setError(t('addToList.list.error', 'Choose a list.'));
      return;
    }
    setIsSubmitting(true);
    try {
      if (await onSubmit(Number(listId))) onOpenChange(false);
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <form onSubmit={handleSubmit} noValidate>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>{t('addToList.title', 'Add to a list')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Typography textColor="neutral800">
                {t(
                  'addToList.description',
                  '{count, plural, one {# selected contact is} other {# selected contacts are}} added to the list you choose; those already in it are not added twice.',
                  { count }
                )}
              </Typography>
              <Field.Root name="listId" required error={error}>
                <Field.Label>{t('addToList.list.label', 'List')}</Field.Label>
                <SearchableSelect
                  value={listId}
                  options={lists.map((list) => ({
                    value: String(list.id),
                    label: t('merge.option', '{name} ({count, plural, one {# contact} other {# contacts}})', {
                      name: list.name,
                      count: list.contactCount,
                    }),
                  }))}
                  onChange={(value) => {
                    setListId(value);
                    setError(undefined);
                  }}
                  placeholder={t('merge.source.placeholder', 'Type a list name')}
                  noOptionsMessage={t('merge.source.noMatch', 'No list matches')}
                />
                <Field.Error />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={isSubmitting}>
              {t('addToList.submit', 'Add to the list')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
