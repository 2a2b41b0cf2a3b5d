import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

import { getAudience, getAudienceLine } from '../api/campaigns';
import type { AudienceSummary } from '../../../server/src/contracts';

import { useResource } from './useResource';

interface AudienceInput {
  kind: 'marketing' | 'notification';
  listIds: number[];
  exclusionListIds: number[];
}

/**
 * The server's consolidated summary of the chosen lists (POST /campaigns/audience), loaded again
 * whenever the lists, the exclusions or the type change; null while no list is chosen.
 */
export const useCampaignAudience = ({ kind, listIds, exclusionListIds }: AudienceInput) => {
  const client = useFetchClient();
  const key = JSON.stringify({ kind, listIds, exclusionListIds });
  const audience = useResource<AudienceSummary | null>(
    (signal) =>
      listIds.length === 0
        ? Promise.resolve(null)
        : getAudience(client, { channel: 'sms', kind, listIds, exclusionListIds }, signal),
    key
  );
  const fetchLine = React.useCallback((line: number) => getAudienceLine(client, listIds, line), [client, listIds]);
  return { audience, fetchLine };
};
