import * as React from 'react';

import { Button, Flex } from '@strapi/design-system';
import { ArrowClockwise, Plus } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import type { CampaignDraftInput } from '../../../server/src/contracts';
import { CreditsBlock } from '../components/CreditsBlock';
import { DraftsTable } from '../components/dashboard/DraftsTable';
import { LatestCampaignsTable } from '../components/dashboard/LatestCampaignsTable';
import { NewCampaignModal } from '../components/dashboard/NewCampaignModal';
import { useCreateCampaignDraft, useDashboard } from '../hooks/useDashboard';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { CAMPAIGN_ACTIONS, PAGE_PERMISSIONS } from '../permissions';
import { campaignOpenPath } from '../utils/campaignLinks';
import { getServerFieldErrors, type SubmitResult } from '../utils/fieldErrors';
import { getTranslation } from '../utils/getTranslation';

const DashboardPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const dashboard = useDashboard();
  const createDraft = useCreateCampaignDraft();
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canWrite: canCreate },
  } = useRBAC(CAMPAIGN_ACTIONS);
  const [isModalOpen, setIsModalOpen] = React.useState(false);

  // A failed refresh keeps the last good data on screen and says why it is not newer.
  const refresh = async () => {
    const { error } = await dashboard.refetch();
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  };

  const handleCreate = async (input: CampaignDraftInput): Promise<SubmitResult> => {
    try {
      const created = await createDraft(input);
      toggleNotification({
        type: 'success',
        message: t('newCampaign.success', 'Draft “{name}” created.', { name: created.name }),
      });
      // The modal is the wizard's first step: the draft goes on with its recipients.
      navigate(`${campaignOpenPath(created)}?step=recipients`);
      return { ok: true };
    } catch (error) {
      const fieldErrors = getServerFieldErrors(error);
      if (fieldErrors) return { ok: false, fieldErrors };
      toggleNotification({ type: 'danger', message: errorMessage(error) });
      return { ok: false };
    }
  };

  if (dashboard.isLoading || isLoadingPermissions) {
    return <Page.Loading />;
  }

  if (!dashboard.data) {
    return (
      <Page.Error
        content={errorMessage(dashboard.error)}
        action={
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => void dashboard.refetch()}>
            {t('common.retry', 'Try again')}
          </Button>
        }
      />
    );
  }

  const newCampaignButton = canCreate ? (
    <Button startIcon={<Plus />} onClick={() => setIsModalOpen(true)}>
      {t('dashboard.newCampaign', 'New campaign')}
    </Button>
  ) : null;

  return (
    <Page.Main>
      <Page.Title>{t('dashboard.pageTitle', 'Mobile Campaigns — Dashboard')}</Page.Title>
      <Layouts.Header
        title={t('dashboard.title', 'Dashboard')}
        subtitle={t('dashboard.subtitle', 'Prepare, follow and review your SMS and voicemail-drop campaigns.')}
        primaryAction={newCampaignButton}
        secondaryAction={
          <Button
            variant="tertiary"
            startIcon={<ArrowClockwise />}
            loading={dashboard.isRefreshing}
            onClick={() => void refresh()}
          >
            {t('dashboard.refresh', 'Refresh')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={8} paddingBottom={8}>
          <CreditsBlock credits={dashboard.data.credits} />
          <DraftsTable drafts={dashboard.data.drafts} emptyAction={newCampaignButton} linkTo={campaignOpenPath} />
          <LatestCampaignsTable campaigns={dashboard.data.latest} linkTo={campaignOpenPath} />
        </Flex>
      </Layouts.Content>
      {canCreate ? <NewCampaignModal open={isModalOpen} onOpenChange={setIsModalOpen} onSubmit={handleCreate} /> : null}
    </Page.Main>
  );
};

const ProtectedDashboardPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.dashboard}>
    <DashboardPage />
  </Page.Protect>
);

export { DashboardPage, ProtectedDashboardPage };
