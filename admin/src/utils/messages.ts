import type { MessageDescriptor } from 'react-intl';

import type { CampaignSummary } from '../../../server/src/contracts';

import { getTranslation } from './getTranslation';

type Status = CampaignSummary['status'];
type Channel = CampaignSummary['channel'];
type Kind = CampaignSummary['kind'];

const message = (id: string, defaultMessage: string): MessageDescriptor => ({
  id: getTranslation(id),
  defaultMessage,
});

/** Labels of the enumerations the contracts define, shared by tables, badges and forms. */
export const STATUS_LABELS: Record<Status, MessageDescriptor> = {
  draft: message('campaign.status.draft', 'Draft'),
  scheduled: message('campaign.status.scheduled', 'Scheduled'),
  sending: message('campaign.status.sending', 'Sending'),
  paused: message('campaign.status.paused', 'Paused'),
  consolidating: message('campaign.status.consolidating', 'Consolidating'),
  completed: message('campaign.status.completed', 'Completed'),
  cancelled: message('campaign.status.cancelled', 'Cancelled'),
};

export const CHANNEL_LABELS: Record<Channel, MessageDescriptor> = {
  sms: message('campaign.channel.sms', 'SMS'),
  voice: message('campaign.channel.voice', 'Voicemail drop'),
};

export const KIND_LABELS: Record<Kind, MessageDescriptor> = {
  marketing: message('campaign.kind.marketing', 'Marketing'),
  notification: message('campaign.kind.notification', 'Notification'),
};
