import { useFetchClient } from '@strapi/strapi/admin';

import { createCampaignDraft } from '../api/campaigns';
import { getDashboard } from '../api/dashboard';
import type { CampaignDraftInput } from '../../../server/src/contracts';

import { useResource } from './useResource';

export const useDashboard = () => {
  const client = useFetchClient();
  return useResource((signal) => getDashboard(client, signal));
};

export const useCreateCampaignDraft = () => {
  const client = useFetchClient();
  return (input: CampaignDraftInput) => createCampaignDraft(client, input);
};
