import * as React from 'react';

import { Box, Button, Flex } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { BackButton, Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import { createCampaignDraft, getCampaign } from '../api/campaigns';
import { DescriptionStep } from '../components/campaigns/wizard/DescriptionStep';
import { PreviousCampaignPicker } from '../components/campaigns/wizard/PreviousCampaignPicker';
import { EMPTY_DRAFT, settingsFrom, toUpdate, type WizardDraft } from '../components/campaigns/wizard/draft';
import { readRefusals, REFUSAL_MESSAGES, refusalValues } from '../components/campaigns/wizard/serverErrors';
import { WizardStepper } from '../components/campaigns/wizard/WizardStepper';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useT } from '../hooks/useT';
import { CAMPAIGN_ACTIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

const CAMPAIGNS = `/plugins/${PLUGIN_ID}/campaigns`;

/**
 * `campaigns/new`: the description step before the draft exists. "Next" creates the draft with
 * everything filled in so far (settings loaded from a previous campaign included), then the
 * wizard goes on at `campaigns/:id`.
 */
const CampaignNewPage = () => {
  const t = useT();
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const client = useFetchClient();
  const errorMessage = useErrorMessage();
  const { toggleNotification } = useNotification();
  const [draft, setDraft] = React.useState<WizardDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = React.useState<Partial<Record<keyof WizardDraft, string>>>({});
  const [isCreating, setIsCreating] = React.useState(false);

  const loadPrevious = async (id: number) => {
    try {
      const previous = await getCampaign(client, id);
      setDraft((current) => settingsFrom(current, previous));
      toggleNotification({
        type: 'success',
        message: t('wizard.previous.loaded', 'Settings of “{name}” loaded into every step.', { name: previous.name }),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  const create = async () => {
    if (!draft.name.trim()) {
      setErrors({ name: t('wizard.incomplete.description', 'Give the campaign a name.') });
      return;
    }
    setIsCreating(true);
    try {
      const created = await createCampaignDraft(client, { ...toUpdate(draft), name: draft.name.trim() } as Parameters<
        typeof createCampaignDraft
      >[1]);
      navigate(`${CAMPAIGNS}/${created.id}?step=recipients`, { replace: true });
    } catch (error) {
      const refusals = readRefusals(error).filter((refusal) => refusal.field);
      if (refusals.length > 0) {
        setErrors(
          Object.fromEntries(
            refusals.map((refusal) => [
              refusal.field,
              formatMessage(REFUSAL_MESSAGES[refusal.code] ?? REFUSAL_MESSAGES.INVALID, refusalValues(refusal)),
            ])
          )
        );
      } else toggleNotification({ type: 'danger', message: errorMessage(error) });
      setIsCreating(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('wizard.newPageTitle', 'New campaign — Mobile Campaigns')}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={CAMPAIGNS} />}
        title={t('wizard.untitled', 'New campaign')}
        subtitle={t('wizard.new.subtitle', 'The draft is saved as soon as it has a name.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={8}>
          <Box padding={4} background="neutral0" shadow="filterShadow" hasRadius>
            <WizardStepper current="description" canOpen={() => false} onOpen={() => undefined} />
          </Box>
          <Box padding={6} background="neutral0" shadow="filterShadow" hasRadius>
            <DescriptionStep
              value={draft}
              errors={errors}
              onChange={(patch) => {
                setDraft((previous) => ({ ...previous, ...patch }));
                setErrors({});
              }}
              previousPicker={<PreviousCampaignPicker onLoad={loadPrevious} />}
            />
          </Box>
          <Flex justifyContent="flex-end">
            <Button endIcon={<ArrowRight />} loading={isCreating} onClick={() => void create()}>
              {t('wizard.nextStep', 'Next step')}
            </Button>
          </Flex>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedCampaignNewPage = () => (
  <Page.Protect permissions={CAMPAIGN_ACTIONS}>
    <CampaignNewPage />
  </Page.Protect>
);

export { CampaignNewPage, ProtectedCampaignNewPage };
