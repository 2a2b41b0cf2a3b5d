import type { Core } from '@strapi/strapi';
import { getService } from './utils';

/**
 * Scheduled jobs. Every Strapi instance runs them (Strapi has no leader election), so each one
 * only looks for due work and does it idempotently.
 */
export const JOBS = {
  /** Nightly, in the account's night: lists unused for their persistence period are purged. */
  mobileCampaignsPurgeLists: {
    rule: '0 30 3 * * *',
    async task(strapi: Core.Strapi) {
      const { purged } = await getService(strapi, 'lists').purgeExpired();
      if (purged.length > 0)
        strapi.log.info(`[mobile-campaigns] Purged ${purged.length} unused list(s): ${purged.join(', ')}`);
    },
  },
} as const;

export const registerJobs = (strapi: Core.Strapi) => {
  strapi.cron.add(
    Object.fromEntries(
      Object.entries(JOBS).map(([name, job]) => [
        name,
        {
          task: () =>
            job
              .task(strapi)
              .catch((error: unknown) => strapi.log.error(`[mobile-campaigns] ${name} failed: ${String(error)}`)),
          options: { rule: job.rule, tz: 'Europe/Paris' },
        },
      ])
    )
  );
};
