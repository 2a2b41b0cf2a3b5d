import { useFetchClient } from '@strapi/strapi/admin';

import { getCredits, topUpCredits } from '../api/credits';
import type { TopUpInput } from '../../../server/src/contracts';

import { useResource } from './useResource';

export const useCredits = () => {
  const client = useFetchClient();
  const resource = useResource((signal) => getCredits(client, signal));

  const topUp = async (input: TopUpInput) => {
    const summary = await topUpCredits(client, input);
    resource.setData(summary);
    return summary;
  };

  return { ...resource, topUp };
};
