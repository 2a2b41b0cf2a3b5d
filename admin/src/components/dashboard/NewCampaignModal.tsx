import * as React from 'react';

import { Button, Modal } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { campaignDraftSchema, type CampaignDraftInput } from '../../../../server/src/contracts';
import { toFieldErrors, type FieldErrors, type SubmitResult } from '../../utils/fieldErrors';
import { getTranslation } from '../../utils/getTranslation';
import { DescriptionStep } from '../campaigns/wizard/DescriptionStep';

type DraftForm = Required<Pick<CampaignDraftInput, 'name' | 'channel' | 'kind' | 'isProof'>> & { billingCode: string };

const EMPTY_FORM: DraftForm = { name: '', channel: 'sms', kind: 'marketing', isProof: false, billingCode: '' };

interface NewCampaignModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSubmit: (input: CampaignDraftInput) => Promise<SubmitResult>;
}

/** Step 1 of the campaign wizard in a modal, from the dashboard: enough to save a draft. */
export const NewCampaignModal = ({ open, onOpenChange, onSubmit }: NewCampaignModalProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const [form, setForm] = React.useState<DraftForm>(EMPTY_FORM);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [isSubmitting, setIsSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (open) {
      setForm(EMPTY_FORM);
      setErrors({});
    }
  }, [open]);

  // The wizard's own first step: one set of fields, SMS only (voicemail drops have their own wizard).
  const change = (patch: Partial<DraftForm>) => {
    setForm((previous) => ({ ...previous, ...patch }));
    setErrors((previous) => {
      const rest = { ...previous };
      for (const key of Object.keys(patch)) delete rest[key];
      return rest;
    });
  };

  const fieldError = (field: 'name' | 'billingCode') => {
    if (!errors[field]) return undefined;
    return field === 'name'
      ? t('newCampaign.name.error', 'Give the campaign a name of up to 200 characters.')
      : t('newCampaign.billingCode.error', 'The billing code can be up to 100 characters long.');
  };

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = campaignDraftSchema.safeParse({ ...form, billingCode: form.billingCode.trim() || undefined });
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
            <Modal.Title>{t('newCampaign.title', 'New campaign')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <DescriptionStep
              value={form}
              onChange={change}
              errors={{ name: fieldError('name'), billingCode: fieldError('billingCode') }}
            />
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={isSubmitting}>
              {t('newCampaign.submit', 'Create draft')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
