import * as React from 'react';

import { Alert, Button, Field, Flex, Textarea } from '@strapi/design-system';
import { PaperPlane } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { estimateCampaign, sendCampaign, sendTest } from '../../../api/campaigns';
import type { AudienceSummary } from '../../../../../server/src/contracts';
import { useErrorMessage } from '../../../hooks/useErrorMessage';
import { useResource } from '../../../hooks/useResource';
import { useT } from '../../../hooks/useT';

import type { WizardDraft } from './draft';
import { RecapModal } from './RecapModal';
import { ScheduleField, scheduleOf, type Schedule } from './ScheduleField';
import { readRefusals, REFUSAL_MESSAGES, refusalValues } from './serverErrors';
import { TestSendBlock } from './TestSendBlock';

interface SendStepProps {
  campaignId: number;
  draft: WizardDraft;
  onChange: (patch: Partial<WizardDraft>) => void;
  /** Saves what is pending before anything is sent: the server sends what it has. */
  save: () => Promise<boolean>;
  audience: AudienceSummary | null;
  listNames: string[];
  timeZone: string;
  defaultSender: string;
  onSent: (scheduledAt: string | null) => void;
}

/** Mounted while the recap is open, so that the estimate is computed on the draft as saved. */
const Recap = (props: Omit<React.ComponentProps<typeof RecapModal>, 'estimate'> & { campaignId: number }) => {
  const client = useFetchClient();
  const errorMessage = useErrorMessage();
  const estimate = useResource((signal) => estimateCampaign(client, props.campaignId, signal));
  return (
    <RecapModal
      {...props}
      estimate={{
        data: estimate.data,
        isLoading: estimate.isLoading,
        error: estimate.error ? errorMessage(estimate.error) : undefined,
      }}
    />
  );
};

/** Step 4 (seed 001, steps 6–8): when, a test, the recap, then send or schedule. */
export const SendStep = (props: SendStepProps) => {
  const { campaignId, draft, onChange, save, audience, listNames, timeZone, defaultSender, onSent } = props;
  const t = useT();
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const errorMessage = useErrorMessage();
  // The date saved with the draft comes back when the user returns to this step.
  const [schedule, setSchedule] = React.useState<Schedule>(() => scheduleOf(draft.scheduledAt, timeZone));
  const [approved, setApproved] = React.useState(false);
  const [testError, setTestError] = React.useState<string | undefined>();
  const [refusal, setRefusal] = React.useState<{ message: string; nextSlot: string | null } | undefined>();
  const [sendError, setSendError] = React.useState<string | null>(null);
  const [isRecapOpen, setIsRecapOpen] = React.useState(false);
  const scheduledAt = schedule.mode === 'later' ? schedule.scheduledAt : null;
  const scheduleMissing = schedule.mode === 'later' && !schedule.scheduledAt;

  const describe = (thrown: unknown) => {
    const [first] = readRefusals(thrown);
    return first && REFUSAL_MESSAGES[first.code]
      ? formatMessage(REFUSAL_MESSAGES[first.code], refusalValues(first))
      : errorMessage(thrown);
  };

  const runTest = async (numbers: string, line: number) => {
    setTestError(undefined);
    if (!(await save())) return null;
    try {
      return await sendTest(client, campaignId, { numbers, line });
    } catch (thrown) {
      setTestError(describe(thrown));
      return null;
    }
  };

  const confirm = async () => {
    setSendError(null);
    try {
      await sendCampaign(client, campaignId, scheduledAt);
      onSent(scheduledAt);
    } catch (thrown) {
      setIsRecapOpen(false);
      const outside = readRefusals(thrown).find((item) => item.code === 'OUTSIDE_SENDING_WINDOW');
      if (outside) {
        const nextSlot = typeof outside.details.nextSlot === 'string' ? outside.details.nextSlot : null;
        setRefusal({ message: formatMessage(REFUSAL_MESSAGES.OUTSIDE_SENDING_WINDOW), nextSlot });
        if (schedule.mode === 'now') setSchedule({ ...schedule, mode: 'later' });
      } else setSendError(describe(thrown));
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <ScheduleField
        value={schedule}
        onChange={(next) => {
          setSchedule(next);
          setRefusal(undefined);
          const instant = next.mode === 'later' ? next.scheduledAt : null;
          if (instant !== draft.scheduledAt) onChange({ scheduledAt: instant });
        }}
        timeZone={timeZone}
        refusal={refusal}
      />
      <Field.Root
        name="description"
        hint={t('wizard.send.description.hint', 'Optional. For you and your team; recipients never see it.')}
      >
        <Field.Label>{t('wizard.send.description', 'Description')}</Field.Label>
        <Textarea
          value={draft.description}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange({ description: event.target.value })}
          maxLength={2000}
        />
        <Field.Hint />
      </Field.Root>
      <TestSendBlock
        lineCount={audience?.recipients ?? null}
        onSend={runTest}
        error={testError}
        approved={approved}
        onApprove={setApproved}
      />
      {sendError ? (
        <Alert variant="danger" closeLabel={t('common.close', 'Close')} onClose={() => setSendError(null)}>
          {sendError}
        </Alert>
      ) : null}
      <Flex justifyContent="flex-end" gap={2}>
        <Button
          size="L"
          startIcon={<PaperPlane />}
          disabled={!approved || scheduleMissing}
          onClick={async () => {
            if (await save()) setIsRecapOpen(true);
          }}
        >
          {schedule.mode === 'later' ? t('wizard.send.schedule', 'Schedule…') : t('wizard.send.send', 'Send…')}
        </Button>
      </Flex>
      {isRecapOpen ? (
        <Recap
          campaignId={campaignId}
          draft={draft}
          listNames={listNames}
          audience={audience}
          defaultSender={defaultSender}
          scheduledAt={scheduledAt}
          timeZone={timeZone}
          onClose={() => setIsRecapOpen(false)}
          onConfirm={confirm}
        />
      ) : null}
    </Flex>
  );
};
