import { useFetchClient } from '@strapi/strapi/admin';

import { getCampaignSettings } from '../api/settings';
import { DEFAULT_SETTINGS } from '../../../server/src/contracts';

import { useResource } from './useResource';

/**
 * The settings the wizard needs (short code, maximum segments, default sender, time zone), from
 * `GET /settings/campaigns`, which the campaigns permission opens: an editor who may not change
 * the settings still writes with the account's real short code and limits.
 */
export type CampaignSettings = ReturnType<typeof useCampaignSettings>;

export const useCampaignSettings = () => {
  const client = useFetchClient();
  const resource = useResource((signal) => getCampaignSettings(client, signal));
  const settings = resource.data?.settings ?? DEFAULT_SETTINGS;
  return {
    /** For `ResourceView`: the wizard waits for the account's settings rather than guess them. */
    resource,
    settings,
    /** What the editor's seam calls them (ui-shared.md). */
    editor: {
      stopShortCode: settings.stopShortCode,
      maxSegments: settings.maxSegments,
      defaultSender: settings.smsSender || settings.stopShortCode,
      trackedLinkLength: resource.data?.meta.shortLinks?.length,
    },
  };
};
