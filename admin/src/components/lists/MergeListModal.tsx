import * as React from 'react';

import { Button, Field, Flex, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { SearchableSelect } from '../form/SearchableSelect';

interface MergeListModalProps {
  /** The list that receives the contacts; null closes the modal. */
  target: ListSummary | null;
  /** Lists that can be merged into it (the page leaves the target out). */
  candidates: ListSummary[];
  onClose: () => void;
  onSubmit: (sourceListId: number) => Promise<boolean>;
}

/** "Fusionner 2 listes": the contacts of the chosen list join the target, which keeps its name. */
export const MergeListModal = ({ target, candidates, onClose, onSubmit }: MergeListModalProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [sourceId, setSourceId] = React.useState('');
  const [error, setError] = React.useState<string>();
  const [isSubmitting, setIsSubmitting] = React.useState(false);
  const options = candidates
    .filter((list) => list.id !== target?.id)
    .map((list) => ({
      value: String(list.id),
      label: t('merge.option', '{name} ({count, plural, one {# contact} other {# contacts}})', {
        name: list.name,
        count: list.contactCount,
      }),
    }));

  React.useEffect(() => {
    setSourceId('');
    setError(undefined);
  }, [target]);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!sourceId) {
      setError(t('merge.source.error', 'Choose the list to merge into this one.'));
      return;
    }
    setIsSubmitting(true);
    try {
      if (await onSubmit(Number(sourceId))) onClose();
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal.Root open={target !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal.Content>
        <form onSubmit={handleSubmit} noValidate>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>{t('merge.title', 'Merge into “{name}”', { name: target?.name ?? '' })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Typography textColor="neutral800">
                {t(
                  'merge.description',
                  'The contacts of the list you choose are added to “{name}”; numbers already in it are not added twice. The list you choose is then deleted.',
                  { name: target?.name ?? '' }
                )}
              </Typography>
              <Field.Root name="sourceListId" required error={error}>
                <Field.Label>{t('merge.source.label', 'List to merge')}</Field.Label>
                {options.length > 0 ? (
                  <SearchableSelect
                    value={sourceId}
                    options={options}
                    onChange={(value) => {
                      setSourceId(value);
                      setError(undefined);
                    }}
                    placeholder={t('merge.source.placeholder', 'Type a list name')}
                    noOptionsMessage={t('merge.source.noMatch', 'No list matches')}
                  />
                ) : (
                  <Typography textColor="neutral600">
                    {t('merge.source.none', 'There is no other list to merge.')}
                  </Typography>
                )}
                <Field.Error />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={isSubmitting} disabled={options.length === 0}>
              {t('merge.submit', 'Merge the lists')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
