import * as React from 'react';

import { Alert, Field, Flex, TextInput, Toggle } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useT } from '../../../hooks/useT';
import { CHANNEL_LABELS, KIND_LABELS } from '../../../utils/messages';
import { RadioField } from '../../form/RadioField';

import type { WizardDraft } from './draft';

type DescriptionFields = Pick<WizardDraft, 'name' | 'channel' | 'kind' | 'isProof' | 'billingCode'>;

interface DescriptionStepProps {
  value: DescriptionFields;
  onChange: (patch: Partial<WizardDraft>) => void;
  errors: Partial<Record<keyof WizardDraft, string>>;
  /** "Load the settings of a previous campaign" (PreviousCampaignPicker), shown first. */
  previousPicker?: React.ReactNode;
}

/** Step 1 (seed 001, "Description"): what the campaign is, before whom it goes to. */
export const DescriptionStep = ({ value, onChange, errors, previousPicker }: DescriptionStepProps) => {
  const t = useT();
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      {previousPicker}
      <RadioField
        name="channel"
        label={t('wizard.description.channel', 'Channel')}
        value="sms"
        onChange={() => onChange({ channel: 'sms' })}
        options={[{ value: 'sms', label: formatMessage(CHANNEL_LABELS.sms) }]}
        hint={t(
          'wizard.description.channel.hint',
          'Voicemail drops (a recorded message left on the mobile voicemail) have their own wizard.'
        )}
      />
      <RadioField
        name="kind"
        label={t('wizard.description.kind', 'Campaign type')}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        options={(['marketing', 'notification'] as const).map((kind) => ({
          value: kind,
          label: formatMessage(KIND_LABELS[kind]),
        }))}
        hint={
          value.kind === 'marketing'
            ? t(
                'wizard.description.kind.marketing',
                'Promotions, newsletters, events: the message carries the STOP mention, goes out only within the sending hours and never to opted-out numbers.'
              )
            : undefined
        }
      />
      {value.kind === 'notification' ? (
        <Alert
          variant="warning"
          closeLabel={t('common.close', 'Close')}
          title={t('wizard.description.notification.title', 'A notification must not carry any commercial message')}
        >
          {t(
            'wizard.description.notification.body',
            'Use it for orders, deliveries, appointments or account messages only. It carries no STOP mention and ignores the sending hours.'
          )}
        </Alert>
      ) : null}
      <Field.Root name="name" required error={errors.name}>
        <Field.Label>{t('wizard.description.name', 'Campaign name')}</Field.Label>
        <TextInput
          value={value.name}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ name: event.target.value })}
          autoComplete="off"
          maxLength={200}
        />
        <Field.Error />
      </Field.Root>
      <Field.Root
        name="billingCode"
        error={errors.billingCode}
        hint={t('wizard.description.billingCode.hint', 'Optional. Shown on your invoice to help you allocate costs.')}
      >
        <Field.Label>{t('wizard.description.billingCode', 'Billing code')}</Field.Label>
        <TextInput
          value={value.billingCode}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ billingCode: event.target.value })}
          autoComplete="off"
          maxLength={100}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Field.Root
        name="isProof"
        hint={t(
          'wizard.description.isProof.hint',
          'A proof (BAT) goes to a short test list first; its settings are offered first when you start a new campaign.'
        )}
      >
        <Field.Label>{t('wizard.description.isProof', 'Treat as proof (BAT)')}</Field.Label>
        <Toggle
          checked={value.isProof}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ isProof: event.target.checked })}
          onLabel={t('common.yes', 'Yes')}
          offLabel={t('common.no', 'No')}
        />
        <Field.Hint />
      </Field.Root>
    </Flex>
  );
};
