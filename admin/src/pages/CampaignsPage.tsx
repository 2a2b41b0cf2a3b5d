import * as React from 'react';

import { Button, Flex } from '@strapi/design-system';
import { ArrowClockwise, Download, Plus } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';

import type { CampaignListRow } from '../../../server/src/contracts';
import type { RowActionId } from '../components/campaigns/list/campaignRowActions';
import { CampaignFilters } from '../components/campaigns/list/CampaignFilters';
import { CampaignsTable } from '../components/campaigns/list/CampaignsTable';
import { readRefusals, REFUSAL_MESSAGES, refusalValues } from '../components/campaigns/wizard/serverErrors';
import { SearchField } from '../components/common/SearchField';
import { useCampaignActions, useCampaignAuthors, useCampaigns, useCampaignsQuery } from '../hooks/useCampaigns';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useT } from '../hooks/useT';
import { PAGE_PERMISSIONS, SEND_ACTIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { campaignReportPath } from '../utils/campaignLinks';
import { useIntl } from 'react-intl';

import { ConfirmDeleteDialog } from './parts/ConfirmDeleteDialog';
import { ResourceView } from './parts/ResourceView';
import { TablePagination } from './parts/TablePagination';

const BASE = `/plugins/${PLUGIN_ID}/campaigns`;

type Confirming = { action: 'cancel' | 'delete'; campaign: CampaignListRow };

const CampaignsPage = () => {
  const t = useT();
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const { filter, request, key, setFilter } = useCampaignsQuery();
  const campaigns = useCampaigns(request, key);
  const authors = useCampaignAuthors();
  const actions = useCampaignActions();
  const {
    allowedActions: { canWrite, canSend },
  } = useRBAC(SEND_ACTIONS);
  const [confirming, setConfirming] = React.useState<Confirming | null>(null);
  const [isExporting, setIsExporting] = React.useState(false);

  const report = (error: unknown) => {
    const [refusal] = readRefusals(error);
    const known = refusal && REFUSAL_MESSAGES[refusal.code];
    toggleNotification({
      type: 'danger',
      message: known ? formatMessage(known, refusalValues(refusal)) : errorMessage(error),
    });
  };

  const attempt = async (run: () => Promise<unknown>, success: string) => {
    try {
      await run();
      toggleNotification({ type: 'success', message: success });
    } catch (error) {
      report(error);
    }
    void campaigns.refetch();
  };

  const onAction = (action: RowActionId, campaign: CampaignListRow) => {
    const name = { name: campaign.name };
    switch (action) {
      case 'open':
        return navigate(campaignReportPath(campaign.id));
      case 'edit':
        return navigate(`${BASE}/${campaign.id}`);
      case 'settings':
        return navigate(`${BASE}/${campaign.id}?view=settings`);
      case 'duplicate':
        return void attempt(
          async () => {
            const copy = await actions.duplicate(campaign.id);
            navigate(`${BASE}/${copy.id}`);
          },
          t('campaigns.duplicated', '“{name}” duplicated: the copy is a draft.', name)
        );
      case 'unschedule':
        return void attempt(
          () => actions.run(campaign.id, 'unschedule'),
          t('campaigns.unscheduled', '“{name}” is a draft again.', name)
        );
      case 'pause':
        return void attempt(
          () => actions.run(campaign.id, 'pause'),
          t('campaigns.paused', '“{name}” is paused.', name)
        );
      case 'resume':
        return void attempt(
          () => actions.run(campaign.id, 'resume'),
          t('campaigns.resumed', '“{name}” is sending again.', name)
        );
      case 'cancel':
      case 'delete':
        return setConfirming({ action, campaign });
    }
  };

  const exportList = async () => {
    setIsExporting(true);
    try {
      await actions.exportCsv(request);
    } catch (error) {
      report(error);
    } finally {
      setIsExporting(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('campaigns.pageTitle', 'My campaigns — Mobile Campaigns')}</Page.Title>
      <Layouts.Header
        title={t('campaigns.title', 'My campaigns')}
        subtitle={t(
          'campaigns.subtitle',
          'Every campaign, from draft to report. Sending campaigns update on their own.'
        )}
        primaryAction={
          canWrite ? (
            <Button startIcon={<Plus />} onClick={() => navigate(`${BASE}/new`)}>
              {t('campaigns.new', 'New campaign')}
            </Button>
          ) : null
        }
        secondaryAction={
          <Flex gap={2}>
            <Button
              variant="tertiary"
              startIcon={<ArrowClockwise />}
              loading={campaigns.isRefreshing}
              onClick={() => void campaigns.refetch()}
            >
              {t('campaigns.refresh', 'Refresh')}
            </Button>
            <Button variant="tertiary" startIcon={<Download />} loading={isExporting} onClick={() => void exportList()}>
              {t('campaigns.export', 'Export (CSV)')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Action
        startActions={
          <Flex direction="column" alignItems="stretch" gap={3}>
            <SearchField
              value={filter.search ?? ''}
              onSearch={(search) => setFilter({ search: search.trim() || undefined })}
              label={t('campaigns.search', 'Search by name or ID')}
              placeholder={t('campaigns.search', 'Search by name or ID')}
              clearLabel={t('common.clearSearch', 'Clear the search')}
            />
            <CampaignFilters filter={filter} authors={authors.data ?? []} onChange={setFilter} />
          </Flex>
        }
      />
      <Layouts.Content>
        <ResourceView resource={campaigns}>
          {(page) => (
            <>
              <CampaignsTable
                campaigns={page.results}
                sort={request.sort ?? 'updatedAt:desc'}
                onSort={(sort) => setFilter({ sort })}
                permissions={{ canWrite, canSend }}
                onAction={onAction}
                emptyMessage={
                  Object.keys(filter).some((name) => name !== 'sort')
                    ? t('campaigns.noMatch', 'No campaign matches these filters.')
                    : t('campaigns.empty', 'No campaign yet. Start one with “New campaign”.')
                }
              />
              <TablePagination pagination={page.pagination} />
            </>
          )}
        </ResourceView>
      </Layouts.Content>
      <ConfirmDeleteDialog
        item={confirming}
        title={
          confirming?.action === 'cancel'
            ? t('campaigns.cancel.title', 'Cancel “{name}”?', { name: confirming.campaign.name })
            : t('campaigns.delete.title', 'Delete “{name}”?', { name: confirming?.campaign.name ?? '' })
        }
        onClose={() => setConfirming(null)}
        onConfirm={async ({ action, campaign }) => {
          setConfirming(null);
          await (action === 'cancel'
            ? attempt(
                () => actions.run(campaign.id, 'cancel'),
                t('campaigns.cancelled', '“{name}” is cancelled.', { name: campaign.name })
              )
            : attempt(
                () => actions.remove(campaign.id),
                t('campaigns.deleted', '“{name}” deleted.', { name: campaign.name })
              ));
        }}
      >
        {confirming?.action === 'cancel'
          ? t(
              'campaigns.cancel.body',
              'Messages already sent stay sent and are billed; the others will not be sent and their credits are released. This cannot be undone.'
            )
          : t('campaigns.delete.body', 'The campaign and its recipients are deleted. This cannot be undone.')}
      </ConfirmDeleteDialog>
    </Page.Main>
  );
};

const ProtectedCampaignsPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.dashboard}>
    <CampaignsPage />
  </Page.Protect>
);

export { CampaignsPage, ProtectedCampaignsPage };
