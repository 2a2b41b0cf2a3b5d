import * as React from 'react';

import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { RadioField } from '../form/RadioField';

const ACCOUNT_LIST = 'account';

interface ExcludeEntryModalProps {
  /** The number to exclude, formatted; null closes the modal. */
  number: string | null;
  /** Named exclusion lists; the account's opt-out list is always offered first. */
  exclusionLists: ListSummary[];
  onClose: () => void;
  /** `undefined`: the account's opt-out list. */
  onSubmit: (exclusionListId: number | undefined) => Promise<boolean>;
}

/** "Ajouter un contact dans la liste d'exclusion": no marketing campaign will message it again. */
export const ExcludeEntryModal = ({ number, exclusionLists, onClose, onSubmit }: ExcludeEntryModalProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [choice, setChoice] = React.useState(ACCOUNT_LIST);
  const [isSubmitting, setIsSubmitting] = React.useState(false);

  React.useEffect(() => setChoice(ACCOUNT_LIST), [number]);

  const options = [
    { value: ACCOUNT_LIST, label: t('exclude.account', 'Account opt-out list (STOP)') },
    ...exclusionLists.filter((list) => !list.system).map((list) => ({ value: String(list.id), label: list.name })),
  ];

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitting(true);
    try {
      if (await onSubmit(choice === ACCOUNT_LIST ? undefined : Number(choice))) onClose();
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal.Root open={number !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal.Content>
        <form onSubmit={handleSubmit} noValidate>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>{t('exclude.title', 'Exclude {number}', { number: number ?? '' })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Typography textColor="neutral800">
                {t(
                  'exclude.description',
                  'No marketing campaign will send to this number while it is in an exclusion list.'
                )}
              </Typography>
              <RadioField
                name="exclusionList"
                label={t('exclude.list.label', 'Exclusion list')}
                value={choice}
                onChange={setChoice}
                options={options}
              />
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={isSubmitting}>
              {t('exclude.submit', 'Exclude the number')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
