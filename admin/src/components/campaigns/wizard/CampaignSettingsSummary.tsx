import * as React from 'react';

import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { BackButton, Layouts, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { CampaignDetails } from '../../../api/campaigns';
import { getList } from '../../../api/lists';
import { STATUS_CODES } from '../../../../../server/src/core/status';
import { useT } from '../../../hooks/useT';
import { PLUGIN_ID } from '../../../pluginId';
import { CHANNEL_LABELS, KIND_LABELS } from '../../../utils/messages';
import { CampaignDate } from '../../CampaignDate';
import { CampaignStatusBadge } from '../../CampaignStatusBadge';
import { CampaignProgress } from '../../dashboard/CampaignProgress';

import { PauseNotice } from './PauseNotice';

const Item = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Grid.Item col={6} s={12} direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Box>{children}</Box>
  </Grid.Item>
);

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box padding={6} background="neutral0" shadow="filterShadow" hasRadius>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      <Grid.Root gap={4}>{children}</Grid.Root>
    </Flex>
  </Box>
);

const useListNames = (ids: number[]) => {
  const client = useFetchClient();
  const [names, setNames] = React.useState<string[]>([]);
  const key = ids.join(',');
  React.useEffect(() => {
    let live = true;
    void Promise.all(
      ids.map((id) =>
        getList(client, id).then(
          (list) => list.name,
          () => `#${id}`
        )
      )
    ).then((found) => {
      if (live) setNames(found);
    });
    return () => {
      live = false;
    };
    // The ids, not the array's identity.
  }, [key, client]);
  return names;
};

/**
 * A campaign's settings, read-only, and its figures as GET /campaigns/:id counts them (the
 * reports issue replaces the figures with the report). Drafts open here from "View settings".
 */
export const CampaignSettingsSummary = ({
  campaign,
  onRefresh,
  isRefreshing,
}: {
  campaign: CampaignDetails;
  onRefresh: () => void;
  isRefreshing: boolean;
}) => {
  const t = useT();
  const { formatMessage, formatNumber, locale } = useIntl();
  const lists = useListNames(campaign.listIds ?? []);
  const exclusions = useListNames(campaign.exclusionListIds ?? []);
  const language = locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : formatNumber(value);
  const text = (value: string | null | undefined) => (
    <Typography textColor={value ? 'neutral800' : 'neutral500'}>{value || '–'}</Typography>
  );
  const counts = Object.entries(campaign.statusCounts ?? {}).filter(([, count]) => count > 0);

  return (
    <>
      <Layouts.Header
        navigationAction={<BackButton fallback={`/plugins/${PLUGIN_ID}/campaigns`} />}
        title={campaign.name}
        subtitle={<CampaignStatusBadge status={campaign.status} />}
        primaryAction={
          <Button variant="tertiary" startIcon={<ArrowClockwise />} loading={isRefreshing} onClick={onRefresh}>
            {t('campaigns.refresh', 'Refresh')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={8}>
          {campaign.status === 'paused' ? (
            <PauseNotice
              pauseReason={campaign.pauseReason}
              pauseDetail={campaign.pauseDetail}
              resumeAt={campaign.resumeAt}
            />
          ) : null}
          {campaign.status !== 'draft' ? (
            <Section title={t('campaigns.view.figures', 'Figures')}>
              <Item label={t('campaigns.view.progress', 'Progress')}>
                <CampaignProgress campaign={campaign} />
              </Item>
              <Item label={t('campaigns.view.recipients', 'Recipients')}>{text(number(campaign.recipientCount))}</Item>
              <Item label={t('campaigns.view.invalid', 'Invalid numbers')}>{text(number(campaign.invalidCount))}</Item>
              <Item label={t('campaigns.view.duplicates', 'Duplicates')}>{text(number(campaign.duplicateCount))}</Item>
              <Item label={t('campaigns.view.excluded', 'Excluded or opted out')}>
                {text(number(campaign.excludedCount))}
              </Item>
              <Item label={t('campaigns.view.delivered', 'Delivered')}>{text(number(campaign.deliveredCount))}</Item>
              <Item label={t('campaigns.view.creditsReserved', 'Credits reserved')}>
                {text(number(campaign.creditsReserved))}
              </Item>
              <Item label={t('campaigns.view.creditsUsed', 'Credits used')}>{text(number(campaign.creditsUsed))}</Item>
              {counts.length > 0 ? (
                <Grid.Item col={12} direction="column" alignItems="stretch" gap={1}>
                  <Typography variant="sigma" textColor="neutral600">
                    {t('campaigns.view.statuses', 'Recipients by status')}
                  </Typography>
                  <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
                    {counts.map(([code, count]) => (
                      <Flex tag="li" key={code} justifyContent="space-between">
                        <Typography>{`${code} · ${STATUS_CODES[Number(code)]?.label[language] ?? code}`}</Typography>
                        <Typography fontWeight="bold">{formatNumber(count)}</Typography>
                      </Flex>
                    ))}
                  </Flex>
                </Grid.Item>
              ) : null}
            </Section>
          ) : null}
          <Section title={t('campaigns.view.settings', 'Settings')}>
            <Item label={t('campaigns.view.channel', 'Channel')}>
              {text(formatMessage(CHANNEL_LABELS[campaign.channel]))}
            </Item>
            <Item label={t('campaigns.view.kind', 'Type')}>{text(formatMessage(KIND_LABELS[campaign.kind]))}</Item>
            <Item label={t('campaigns.view.proof', 'Proof (BAT)')}>
              {text(campaign.isProof ? t('common.yes', 'Yes') : t('common.no', 'No'))}
            </Item>
            <Item label={t('campaigns.view.billingCode', 'Billing code')}>{text(campaign.billingCode)}</Item>
            <Item label={t('campaigns.view.lists', 'Lists')}>{text(lists.join(', '))}</Item>
            <Item label={t('campaigns.view.exclusions', 'Exclusion lists')}>{text(exclusions.join(', '))}</Item>
            <Item label={t('campaigns.view.sender', 'Sender')}>
              {text(campaign.sender || t('campaigns.view.shortCode', 'The account’s short code'))}
            </Item>
            <Item label={t('campaigns.view.scheduledAt', 'Scheduled for')}>
              <CampaignDate value={campaign.scheduledAt} />
            </Item>
            <Grid.Item col={12} direction="column" alignItems="stretch" gap={1}>
              <Typography variant="sigma" textColor="neutral600">
                {t('campaigns.view.message', 'Message')}
              </Typography>
              <Box padding={3} background="neutral100" hasRadius>
                <Typography style={{ whiteSpace: 'pre-wrap' }}>{campaign.message || '–'}</Typography>
              </Box>
            </Grid.Item>
            {(campaign.trackedLinks ?? []).length > 0 ? (
              <Grid.Item col={12} direction="column" alignItems="stretch" gap={1}>
                <Typography variant="sigma" textColor="neutral600">
                  {t('campaigns.view.links', 'Tracked links')}
                </Typography>
                {(campaign.trackedLinks ?? []).map((link, index) => (
                  <Typography key={link.url}>{`\${track_${index + 1}} → ${link.url}`}</Typography>
                ))}
              </Grid.Item>
            ) : null}
            <Item label={t('campaigns.view.description', 'Description')}>{text(campaign.description)}</Item>
          </Section>
        </Flex>
      </Layouts.Content>
    </>
  );
};
