import * as React from 'react';

import { Box, Button, Flex, Grid, LinkButton, Typography } from '@strapi/design-system';
import { ArrowClockwise, Cog, Download } from '@strapi/icons';
import { BackButton, Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router-dom';

import type { CampaignReport, ReportCsvFilter } from '../api/reports';
import { CampaignStatusBadge } from '../components/CampaignStatusBadge';
import { CategoryDonut } from '../components/campaigns/report/CategoryDonut';
import { LinksTable } from '../components/campaigns/report/LinksTable';
import { RecipientsSection } from '../components/campaigns/report/RecipientsSection';
import { ReportFigures } from '../components/campaigns/report/ReportFigures';
import { StatusTable } from '../components/campaigns/report/StatusTable';
import { TimelineChart } from '../components/campaigns/report/TimelineChart';
import {
  useCampaignReport,
  useRecipientsQuery,
  useReportDownload,
  useReportRecipients,
} from '../hooks/useCampaignReport';
import { useErrorMessage } from '../hooks/useErrorMessage';
import type { Resource } from '../hooks/useResource';
import { useT } from '../hooks/useT';
import { PAGE_PERMISSIONS, REPORT_EXPORT_ACTIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { CHANNEL_LABELS, KIND_LABELS } from '../utils/messages';

import { ResourceView } from './parts/ResourceView';
import { TablePagination } from './parts/TablePagination';

const CAMPAIGNS = `/plugins/${PLUGIN_ID}/campaigns`;

const Section = ({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: React.ReactNode;
  children: React.ReactNode;
}) => (
  <Box padding={6} background="neutral0" shadow="filterShadow" hasRadius height="100%" tag="section">
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="space-between" gap={3} wrap="wrap">
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        {actions}
      </Flex>
      {children}
    </Flex>
  </Box>
);

/** Status, channel, type and the dates that matter, under the campaign's name. */
const ReportSubtitle = ({ report }: { report: CampaignReport }) => {
  const t = useT();
  const { formatMessage, formatDate } = useIntl();
  const { campaign } = report;
  const date = (value: string) => formatDate(new Date(value), { dateStyle: 'medium', timeStyle: 'short' });
  const parts = [
    formatMessage(CHANNEL_LABELS[campaign.channel]),
    formatMessage(KIND_LABELS[campaign.kind]),
    ...(campaign.scheduledAt && !campaign.startedAt
      ? [t('report.header.scheduledAt', 'Scheduled for {date}', { date: date(campaign.scheduledAt) })]
      : []),
    ...(campaign.startedAt ? [t('report.header.startedAt', 'Started {date}', { date: date(campaign.startedAt) })] : []),
    ...(campaign.completedAt
      ? [t('report.header.completedAt', 'Completed {date}', { date: date(campaign.completedAt) })]
      : []),
  ];
  return (
    <Flex gap={3} wrap="wrap" tag="span">
      <CampaignStatusBadge status={campaign.status} />
      <Typography textColor="neutral600">{parts.join(' · ')}</Typography>
      {report.live ? (
        <Typography textColor="neutral600" variant="pi">
          {t('report.header.live', 'Updates on its own while the campaign sends')}
        </Typography>
      ) : null}
    </Flex>
  );
};

const Report = ({ report, resource }: { report: CampaignReport; resource: Resource<CampaignReport> }) => {
  const t = useT();
  const { formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const {
    allowedActions: { canPersonalData },
  } = useRBAC(REPORT_EXPORT_ACTIONS);
  const { id } = report.campaign;
  const download = useReportDownload(id);
  const [downloading, setDownloading] = React.useState(false);
  const { query, setFilter } = useRecipientsQuery();
  const recipients = useReportRecipients(id, query, report.live ? report.generatedAt : '');

  const downloadCsv = async (filter: ReportCsvFilter) => {
    setDownloading(true);
    try {
      await download(filter);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setDownloading(false);
    }
  };

  const refresh = async () => {
    // A live report's new `generatedAt` reloads the recipients on its own: asking here too would load them twice.
    const [{ error }] = await Promise.all([
      resource.refetch(),
      report.live ? Promise.resolve({}) : recipients.refetch(),
    ]);
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  };

  const wholeReport = canPersonalData ? (
    <Button startIcon={<Download />} loading={downloading} onClick={() => void downloadCsv({})}>
      {t('report.download', 'Download the report')}
    </Button>
  ) : null;

  return (
    <>
      <Layouts.Header
        navigationAction={<BackButton fallback={CAMPAIGNS} />}
        title={report.campaign.name}
        subtitle={<ReportSubtitle report={report} />}
        primaryAction={wholeReport}
        secondaryAction={
          <Flex gap={2}>
            <Button
              variant="tertiary"
              startIcon={<ArrowClockwise />}
              loading={resource.isRefreshing}
              onClick={() => void refresh()}
            >
              {t('report.refresh', 'Refresh')}
            </Button>
            <LinkButton tag={Link} to={`${CAMPAIGNS}/${id}?view=settings`} variant="tertiary" startIcon={<Cog />}>
              {t('report.settings', 'View the settings')}
            </LinkButton>
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={8}>
          <ReportFigures report={report} />
          <Grid.Root gap={4}>
            <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
              <Section title={t('report.donut.title', 'Recipients by category')}>
                <CategoryDonut
                  categories={report.categories}
                  onDownload={canPersonalData ? (category) => void downloadCsv({ category }) : undefined}
                />
              </Section>
            </Grid.Item>
            <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
              <Section title={t('report.timeline.title', 'Deliveries and clicks over time')}>
                <TimelineChart timeline={report.timeline} showClicks={report.campaign.channel === 'sms'} />
              </Section>
            </Grid.Item>
          </Grid.Root>
          <Section title={t('report.statuses.title', 'Delivery receipts')} actions={wholeReport}>
            <StatusTable
              statuses={report.statuses}
              onDownload={canPersonalData ? (status) => void downloadCsv({ status }) : undefined}
            />
          </Section>
          {report.links.length > 0 ? (
            <Section title={t('report.links.title', 'Tracked links')}>
              <LinksTable links={report.links} />
            </Section>
          ) : null}
          <Section title={t('report.recipients.title', 'Recipients')}>
            <RecipientsSection
              query={query}
              onFilter={setFilter}
              page={recipients}
              statuses={report.statuses}
              pagination={<TablePagination pagination={recipients.data?.pagination} />}
            />
          </Section>
          <Typography variant="pi" textColor="neutral600">
            {t('report.generatedAt', 'Figures as of {date}', {
              date: formatDate(new Date(report.generatedAt), { dateStyle: 'medium', timeStyle: 'medium' }),
            })}
          </Typography>
        </Flex>
      </Layouts.Content>
    </>
  );
};

/** `campaigns/:id/report`: the report of a campaign that has left its draft (seeds' step 9). */
const CampaignReportPage = () => {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const report = useCampaignReport(Number(id));
  return (
    <Page.Main>
      <Page.Title>{t('report.pageTitle', 'Campaign report — Mobile Campaigns')}</Page.Title>
      <ResourceView resource={report}>{(data) => <Report report={data} resource={report} />}</ResourceView>
    </Page.Main>
  );
};

const ProtectedCampaignReportPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.dashboard}>
    <CampaignReportPage />
  </Page.Protect>
);

export { CampaignReportPage, ProtectedCampaignReportPage };
