import type { Knex } from 'knex';
import { isBilledStatus, STATUS, STATUS_CODES } from '../core';
import type { Consolidation } from '../engine/dispatch-types';
import { creditsStore } from './credits';
import { retryOnConflict, type StoreContext } from './tables';

const FINAL_CODES = Object.values(STATUS_CODES)
  .filter((status) => status.final)
  .map((status) => status.code);
const OPEN_CODES = Object.values(STATUS_CODES)
  .filter((status) => !status.final)
  .map((status) => status.code);
const BILLED_CODES = FINAL_CODES.concat(STATUS.SUBMITTED, STATUS.MOBILE_UNAVAILABLE).filter(isBilledStatus);
const DELIVERED_CODES = Object.values(STATUS_CODES)
  .filter((status) => status.category === 'delivered')
  .map((status) => status.code);
const SUBMITTED_CODES = Object.values(STATUS_CODES)
  .filter((status) => ['sent', 'delivered', 'not-delivered', 'rejected'].includes(status.category))
  .map((status) => status.code);

/**
 * The end of a campaign: recipients whose fate stays open are settled, credits are consumed for
 * what was billed and the rest of the reservation released. Each end is claimed by a
 * compare-and-set on the campaign taken first in its transaction, so it happens once.
 */
export function consolidationStore(context: StoreContext): Consolidation & {
  closeUnsent(campaignId: number): Promise<number>;
} {
  const { knex, tables } = context;
  const credits = creditsStore(context);
  const recipients = tables.recipients;

  /** Consumes what the campaign's recipients cost (sent and billed), releases its reservation. */
  const settleCredits = async (trx: Knex.Transaction, campaignId: number) => {
    const used = await trx(recipients)
      .sum({ total: 'credits' })
      .where('campaign_id', campaignId)
      .whereNotNull('submitted_at')
      .whereIn('status_code', BILLED_CODES)
      .first();
    const creditsUsed = Number((used as { total?: number | string | null } | undefined)?.total ?? 0);
    const held = await credits.heldBy(trx, campaignId);
    // Validated on limited credits: its reservation becomes what it used. Unlimited: the ledger is left alone.
    if (await credits.reservedFor(trx, campaignId)) {
      await credits.record(trx, [
        { kind: 'consume', amount: -creditsUsed, campaignId },
        { kind: 'release', amount: -held, campaignId },
      ]);
    }
    const reservedAtValidation = Number(
      (await trx(tables.campaigns).first('credits_reserved').where('id', campaignId))?.credits_reserved ?? 0
    );
    const counts: { status_code: number; n: number | string }[] = await trx(recipients)
      .select('status_code')
      .count({ n: '*' })
      .where('campaign_id', campaignId)
      .groupBy('status_code');
    const sum = (codes: number[]) =>
      counts.filter((row) => codes.includes(Number(row.status_code))).reduce((total, row) => total + Number(row.n), 0);
    await trx(tables.campaigns)
      .where('id', campaignId)
      .update({
        credits_used: creditsUsed,
        credits_refunded: Math.max(0, reservedAtValidation - creditsUsed),
        submitted_count: sum(SUBMITTED_CODES),
        delivered_count: sum(DELIVERED_CODES),
        settled_at: new Date(),
      });
  };

  /** Expiry: what never got a final receipt gets the code the seeds give it (Annexe 3). */
  const settleOpen = async (trx: Knex.Transaction, campaignId: number, channel: string) => {
    const open = () => trx(recipients).where('campaign_id', campaignId).whereNotIn('status_code', FINAL_CODES);
    const now = new Date();
    await open()
      .where('status_code', STATUS.SUBMITTED)
      .update({
        status_code: channel === 'voice' ? STATUS.VOICE_UNDELIVERED : STATUS.POSTED_NO_RECEIPT,
        state: 'done',
        updated_at: now,
      });
    await open()
      .where('status_code', STATUS.MOBILE_UNAVAILABLE)
      .update({ status_code: STATUS.EXPIRED, state: 'done', updated_at: now });
    await open().update({ status_code: STATUS.PROCESSING_ERROR, state: 'done', updated_at: now });
  };

  return {
    /**
     * Asked at every tick of a consolidating campaign, for up to 48 h: two index seeks (the open
     * codes on `(campaign_id, status_code)`, the open states on `(campaign_id, state, id)`), never
     * a walk over a million final rows as `NOT IN (final codes)` would be.
     */
    async allFinal(campaignId) {
      const openCode = await knex(recipients)
        .first('id')
        .where('campaign_id', campaignId)
        .whereIn('status_code', OPEN_CODES);
      if (openCode) return false;
      const openState = await knex(recipients)
        .first('id')
        .where('campaign_id', campaignId)
        .whereIn('state', ['queued', 'submitting', 'unknown']);
      return !openState;
    },

    async finish(campaignId, expired) {
      await knex.transaction(async (trx) => {
        const now = new Date();
        const moved = await trx(tables.campaigns)
          .where({ id: campaignId, status: 'consolidating' })
          .update({ status: 'completed', completed_at: now, updated_at: now });
        if (moved === 0) return;
        const campaign = await trx(tables.campaigns).first('channel').where('id', campaignId);
        if (expired) await settleOpen(trx, campaignId, String(campaign?.channel ?? 'sms'));
        await settleCredits(trx, campaignId);
      });
    },

    async settleCancelled() {
      const waiting: { id: number }[] = await knex(tables.campaigns)
        .select('id')
        .where('status', 'cancelled')
        .whereNull('settled_at');
      let settled = 0;
      for (const { id } of waiting) {
        const busy = await knex(recipients)
          .first('id')
          .where('campaign_id', id)
          .whereIn('state', ['submitting', 'unknown']);
        if (busy) continue;
        await knex.transaction(async (trx) => {
          const claimed = await trx(tables.campaigns)
            .where({ id, status: 'cancelled' })
            .whereNull('settled_at')
            .update({ settled_at: new Date() });
          if (claimed === 0) return;
          await settleCredits(trx, Number(id));
          settled += 1;
        });
      }
      return settled;
    },

    /** A cancel while sending: recipients not submitted yet are closed as never sent (23, not billed: never submitted). */
    async closeUnsent(campaignId) {
      return knex(recipients)
        .where({ campaign_id: campaignId, state: 'queued' })
        .update({ state: 'done', status_code: STATUS.DELETED, updated_at: new Date() });
    },

    recoverLeases: (now) =>
      retryOnConflict(() =>
        knex(recipients)
          .where('state', 'submitting')
          .where('lease_until', '<', now)
          .update({ state: 'unknown', lease_owner: null, updated_at: now })
      ),

    settleUnknown: (before) =>
      retryOnConflict(() =>
        knex(recipients)
          .where('state', 'unknown')
          .where('updated_at', '<', before)
          .update({ state: 'done', status_code: STATUS.PROCESSING_ERROR, updated_at: new Date() })
      ),
  };
}
