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

/** A cron rule that fires every `ms`, rounded up to whole seconds (cron's finest unit). */
export const everyRule = (ms: number): string => {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds >= 60 ? `0 */${Math.min(59, Math.round(seconds / 60))} * * * *` : `*/${seconds} * * * * *`;
};

export const registerJobs = (strapi: Core.Strapi) => {
  const dispatcher = getService(strapi, 'dispatcher');
  const all = {
    ...JOBS,
    /**
     * The dispatcher's tick: it starts scheduled campaigns whose time has come, resumes those the
     * sending window paused, drives the campaigns being sent, recovers dead leases and ends
     * consolidations. Each step is a compare-and-set, so every instance may run it.
     */
    mobileCampaignsDispatch: {
      rule: everyRule(dispatcher.tickMs()),
      task: (_strapi: Core.Strapi) => dispatcher.tick(),
    },
  };
  strapi.cron.add(
    Object.fromEntries(
      Object.entries(all).map(([name, job]) => [
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
