import * as React from 'react';

import { Box, Button, Flex } from '@strapi/design-system';
import { ArrowLeft, ArrowRight } from '@strapi/icons';
import { BackButton, Layouts, Page, useFetchClient, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router-dom';

import { getCampaign, type CampaignDetails } from '../api/campaigns';
import { getList } from '../api/lists';
import { CampaignSettingsSummary } from '../components/campaigns/wizard/CampaignSettingsSummary';
import {
  canOpenStep,
  firstIncompleteStep,
  settingsFrom,
  WIZARD_STEPS,
  type WizardDraft,
  type WizardStepId,
} from '../components/campaigns/wizard/draft';
import { DescriptionStep } from '../components/campaigns/wizard/DescriptionStep';
import { PreviousCampaignPicker } from '../components/campaigns/wizard/PreviousCampaignPicker';
import { RecipientsStep } from '../components/campaigns/wizard/RecipientsStep';
import { SaveIndicator } from '../components/campaigns/wizard/SaveIndicator';
import { SendStep } from '../components/campaigns/wizard/SendStep';
import { REFUSAL_MESSAGES, refusalValues } from '../components/campaigns/wizard/serverErrors';
import { WizardStepper } from '../components/campaigns/wizard/WizardStepper';
import { MessageStep, type MessageStepValue } from '../components/campaigns/editor/MessageStep';
import { useCampaign, useCampaignDraft } from '../hooks/useCampaignDraft';
import { useCampaignAudience } from '../hooks/useCampaignAudience';
import { useCampaignSettings, type CampaignSettings } from '../hooks/useCampaignSettings';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useT } from '../hooks/useT';
import { buildStopMention } from '../../../server/src/core/counter';
import { PAGE_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

import { ResourceView } from './parts/ResourceView';

const CAMPAIGNS = `/plugins/${PLUGIN_ID}/campaigns`;

const isStep = (value: unknown): value is WizardStepId => WIZARD_STEPS.includes(value as WizardStepId);

/** What the user must do before leaving a step, said next to the step's field. */
const INCOMPLETE: Record<WizardStepId, { id: string; defaultMessage: string }> = {
  description: { id: 'wizard.incomplete.description', defaultMessage: 'Give the campaign a name.' },
  recipients: { id: 'wizard.incomplete.recipients', defaultMessage: 'Choose at least one contact list.' },
  message: { id: 'wizard.incomplete.message', defaultMessage: 'Write the message.' },
  send: { id: 'wizard.incomplete.send', defaultMessage: 'Complete the previous steps.' },
};

const Wizard = ({ campaign, settings }: { campaign: CampaignDetails; settings: CampaignSettings }) => {
  const t = useT();
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const client = useFetchClient();
  const errorMessage = useErrorMessage();
  const { toggleNotification } = useNotification();
  const [{ query }, setQuery] = useQueryParams<{ step?: string; addList?: string }>();
  const { draft, change, save, state, refusals } = useCampaignDraft(campaign, {
    defaultStopMention: buildStopMention(settings.editor.stopShortCode),
  });
  const { audience, fetchLine } = useCampaignAudience(draft);
  const [incomplete, setIncomplete] = React.useState<WizardStepId | null>(null);
  const [listNames, setListNames] = React.useState<string[]>([]);
  const requested = isStep(query.step) ? query.step : 'description';
  const step = canOpenStep(draft, requested) ? requested : (firstIncompleteStep(draft) ?? requested);

  const errors: Partial<Record<string, string>> = {};
  for (const refusal of refusals) {
    if (refusal.field && !errors[refusal.field]) {
      errors[refusal.field] = formatMessage(
        REFUSAL_MESSAGES[refusal.code] ?? REFUSAL_MESSAGES.INVALID,
        refusalValues(refusal)
      );
    }
  }
  if (incomplete === 'description' && !draft.name.trim())
    errors.name = t(INCOMPLETE.description.id, INCOMPLETE.description.defaultMessage);

  const open = async (next: WizardStepId) => {
    await save();
    setIncomplete(null);
    setQuery({ step: next }, 'push', true);
    window.scrollTo?.({ top: 0 });
  };

  const goNext = async () => {
    const blocking = firstIncompleteStep(draft);
    if (blocking === step) {
      setIncomplete(step);
      return;
    }
    const index = WIZARD_STEPS.indexOf(step);
    if (await save()) await open(WIZARD_STEPS[index + 1]);
  };

  const loadPrevious = async (previousId: number) => {
    try {
      const previous = await getCampaign(client, previousId);
      change(settingsFrom(draft, previous));
      toggleNotification({
        type: 'success',
        message: t('wizard.previous.loaded', 'Settings of “{name}” loaded into every step.', { name: previous.name }),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  // Back from "Import a new list": the imported list joins the campaign once, then leaves the URL.
  const addList = Number(query.addList) || null;
  React.useEffect(() => {
    if (!addList) return;
    if (!draft.listIds.includes(addList)) change({ listIds: [...draft.listIds, addList] });
    setQuery({ addList: undefined }, 'push', true);
  }, [addList, draft.listIds, change, setQuery]);

  // The recap names the lists; the recipients step shows them, but the recap may be reached directly.
  React.useEffect(() => {
    if (step !== 'send') return;
    void Promise.all(
      draft.listIds.map((id) =>
        getList(client, id).then(
          (list) => list.name,
          () => `#${id}`
        )
      )
    ).then(setListNames);
  }, [step, draft.listIds, client]);

  const messageValue: MessageStepValue = {
    sender: draft.sender,
    message: draft.message,
    messageOptions: draft.messageOptions,
    stopMention: draft.stopMention,
    fieldDefaults: draft.fieldDefaults,
    trackedLinks: draft.trackedLinks,
  };

  return (
    <>
      <Layouts.Header
        navigationAction={<BackButton fallback={CAMPAIGNS} />}
        title={draft.name || t('wizard.untitled', 'New campaign')}
        subtitle={<SaveIndicator state={state} />}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={8}>
          <Box padding={4} background="neutral0" shadow="filterShadow" hasRadius>
            <WizardStepper
              current={step}
              canOpen={(target) => canOpenStep(draft, target)}
              onOpen={(target) => void open(target)}
            />
          </Box>
          <Box padding={6} background="neutral0" shadow="filterShadow" hasRadius>
            {step === 'description' ? (
              <DescriptionStep
                value={draft}
                onChange={change}
                errors={errors}
                previousPicker={<PreviousCampaignPicker excludeId={campaign.id} onLoad={loadPrevious} />}
              />
            ) : step === 'recipients' ? (
              <RecipientsStep
                campaignId={campaign.id}
                value={draft}
                onChange={change}
                audience={audience}
                error={
                  errors.listIds ??
                  (incomplete === 'recipients'
                    ? t(INCOMPLETE.recipients.id, INCOMPLETE.recipients.defaultMessage)
                    : undefined)
                }
              />
            ) : step === 'message' ? (
              <MessageStep
                kind={draft.kind}
                value={messageValue}
                onChange={(value) => change(value as Partial<WizardDraft>)}
                audience={audience.data ?? null}
                fetchLine={fetchLine}
                settings={settings.editor}
                errors={{
                  ...errors,
                  ...(incomplete === 'message' && !draft.message.trim()
                    ? { message: t(INCOMPLETE.message.id, INCOMPLETE.message.defaultMessage) }
                    : {}),
                }}
              />
            ) : (
              <SendStep
                campaignId={campaign.id}
                draft={draft}
                onChange={change}
                save={save}
                audience={audience.data ?? null}
                listNames={listNames}
                timeZone={settings.settings.timeZone}
                defaultSender={settings.editor.defaultSender}
                onSent={(scheduledAt) => {
                  toggleNotification({
                    type: 'success',
                    message: scheduledAt
                      ? t('wizard.sent.scheduled', '“{name}” is scheduled.', { name: draft.name })
                      : t('wizard.sent.now', '“{name}” is on its way.', { name: draft.name }),
                  });
                  navigate(CAMPAIGNS);
                }}
              />
            )}
          </Box>
          <Flex justifyContent="space-between">
            {step !== 'description' ? (
              <Button
                variant="tertiary"
                startIcon={<ArrowLeft />}
                onClick={() => void open(WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1])}
              >
                {t('wizard.previousStep', 'Previous step')}
              </Button>
            ) : (
              <span />
            )}
            {step !== 'send' ? (
              <Button endIcon={<ArrowRight />} onClick={() => void goNext()}>
                {t('wizard.nextStep', 'Next step')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      </Layouts.Content>
    </>
  );
};

/** `campaigns/:id`: the wizard for a draft; the read-only settings and figures of any other campaign. */
const CampaignWizardPage = () => {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const [{ query }] = useQueryParams<{ view?: string }>();
  const campaign = useCampaign(Number(id));
  const settings = useCampaignSettings();
  return (
    <Page.Main>
      <Page.Title>{t('wizard.pageTitle', 'Campaign — Mobile Campaigns')}</Page.Title>
      <ResourceView resource={campaign}>
        {(data) =>
          data.status === 'draft' && query.view !== 'settings' ? (
            <ResourceView resource={settings.resource}>
              {() => <Wizard key={data.id} campaign={data} settings={settings} />}
            </ResourceView>
          ) : (
            <CampaignSettingsSummary
              campaign={data}
              onRefresh={() => void campaign.refetch()}
              isRefreshing={campaign.isRefreshing}
            />
          )
        }
      </ResourceView>
    </Page.Main>
  );
};

const ProtectedCampaignWizardPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.dashboard}>
    <CampaignWizardPage />
  </Page.Protect>
);

export { CampaignWizardPage, ProtectedCampaignWizardPage };
