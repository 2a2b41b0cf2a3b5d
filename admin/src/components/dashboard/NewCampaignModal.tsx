import * as React from 'react';

import { Button, Field, Flex, Modal, TextInput, Toggle } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { campaignDraftSchema, type CampaignDraftInput } from '../../../../server/src/contracts';
import { toFieldErrors, type FieldErrors, type SubmitResult } from '../../utils/fieldErrors';
import { getTranslation } from '../../utils/getTranslation';
import { CHANNEL_LABELS, KIND_LABELS } from '../../utils/messages';
import { RadioField } from '../form/RadioField';

type DraftForm = Required<Pick<CampaignDraftInput, 'name' | 'channel' | 'kind' | 'isProof'>> & { billingCode: string };

const EMPTY_FORM: DraftForm = { name: '', channel: 'sms', kind: 'marketing', isProof: false, billingCode: '' };

interface NewCampaignModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSubmit: (input: CampaignDraftInput) => Promise<SubmitResult>;
}

/** Step 1 of the campaign wizard ("General"): enough to save a draft. */
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

  const update = <K extends keyof DraftForm>(key: K, value: DraftForm[K]) => {
    setForm((previous) => ({ ...previous, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
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
            <Flex direction="column" alignItems="stretch" gap={6}>
              <RadioField
                name="channel"
                label={t('newCampaign.channel.label', 'Send to')}
                value={form.channel}
                onChange={(channel) => update('channel', channel)}
                options={(['sms', 'voice'] as const).map((value) => ({
                  value,
                  label: formatMessage(CHANNEL_LABELS[value]),
                }))}
                hint={
                  form.channel === 'voice'
                    ? t(
                        'newCampaign.channel.voice.hint',
                        'A recorded message is left directly on each recipient’s mobile voicemail, without the phone ringing.'
                      )
                    : t('newCampaign.channel.sms.hint', 'A text message sent to each recipient’s mobile phone.')
                }
              />
              <Field.Root name="name" required error={fieldError('name')}>
                <Field.Label>{t('newCampaign.name.label', 'Campaign name')}</Field.Label>
                <TextInput
                  value={form.name}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => update('name', event.target.value)}
                  autoComplete="off"
                  maxLength={200}
                />
                <Field.Error />
              </Field.Root>
              <RadioField
                name="kind"
                label={t('newCampaign.kind.label', 'Campaign type')}
                value={form.kind}
                onChange={(kind) => update('kind', kind)}
                options={(['marketing', 'notification'] as const).map((value) => ({
                  value,
                  label: formatMessage(KIND_LABELS[value]),
                }))}
                hint={
                  form.kind === 'notification'
                    ? t(
                        'newCampaign.kind.notification.hint',
                        'Notifications carry no STOP mention and must not be commercial: use them for orders, appointments or account messages.'
                      )
                    : t(
                        'newCampaign.kind.marketing.hint',
                        'Marketing messages carry the STOP mention, are sent only within the sending window and never to opted-out numbers.'
                      )
                }
              />
              <Field.Root
                name="billingCode"
                error={fieldError('billingCode')}
                hint={t('newCampaign.billingCode.hint', 'Optional. Shown on your invoice to help you allocate costs.')}
              >
                <Field.Label>{t('newCampaign.billingCode.label', 'Billing code')}</Field.Label>
                <TextInput
                  value={form.billingCode}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => update('billingCode', event.target.value)}
                  autoComplete="off"
                  maxLength={100}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <Field.Root
                name="isProof"
                hint={t(
                  'newCampaign.isProof.hint',
                  'Send it to a short test list first; later campaigns can start from its settings.'
                )}
              >
                <Field.Label>{t('newCampaign.isProof.label', 'Treat as proof (BAT)')}</Field.Label>
                <Toggle
                  checked={form.isProof}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => update('isProof', event.target.checked)}
                  onLabel={t('common.yes', 'Yes')}
                  offLabel={t('common.no', 'No')}
                />
                <Field.Hint />
              </Field.Root>
            </Flex>
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
