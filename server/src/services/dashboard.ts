import type { Core } from '@strapi/strapi';
import type { Dashboard } from '../contracts';
import { getService } from '../utils';

const LATEST = 10;

const dashboardService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The seeds' dashboard: the 10 latest drafts, the 10 latest campaigns under way or done, credits. */
  async get(): Promise<Dashboard> {
    const campaigns = getService(strapi, 'campaigns');
    const [drafts, latest, credits] = await Promise.all([
      campaigns.summaries({ statuses: ['draft'], limit: LATEST }),
      campaigns.summaries({
        statuses: ['scheduled', 'sending', 'paused', 'consolidating', 'completed'],
        limit: LATEST,
      }),
      getService(strapi, 'credits').summary(),
    ]);
    return { drafts, latest, credits };
  },
});

export type DashboardService = ReturnType<typeof dashboardService>;
export default dashboardService;
