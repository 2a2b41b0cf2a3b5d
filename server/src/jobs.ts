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
  /**
   * Every minute: imports whose instance stopped mid-way are undone, and the files of imports
   * ended (or abandoned) for a day are removed.
   */
  mobileCampaignsImports: {
    rule: '0 * * * * *',
    async task(strapi: Core.Strapi) {
      const imports = getService(strapi, 'imports');
      const recovered = await imports.recoverStale();
      if (recovered.length > 0)
        strapi.log.warn(`[mobile-campaigns] Undid ${recovered.length} interrupted import(s): ${recovered.join(', ')}`);
      await imports.cleanUp();
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
