import type { Knex } from 'knex';
import { STATUS } from '../core';
import type { BatchOutcome, ClaimedRecipient, RecipientQueue } from '../engine/dispatch-types';
import { insertValues, updateFromValues } from './bulk-update';
import { documentIds, retryOnConflict, type StoreContext } from './tables';

/**
 * The recipients table as the dispatch work queue. A claim is its own short transaction,
 * committed before the batch goes to the gateway; on PostgreSQL and MySQL/MariaDB the rows are
 * locked with SKIP LOCKED, so instances claiming at once take different rows; SQLite has a
 * single writer.
 */
const claimedRecipient = (row: Record<string, unknown>): ClaimedRecipient => ({
  id: Number(row.id),
  phone: String(row.phone),
  text: (row.text as string | null) ?? null,
  encoding: (row.encoding as ClaimedRecipient['encoding']) ?? null,
  segments: Number(row.segments ?? 0),
});

export function recipientQueue({ knex, client, tables }: StoreContext): RecipientQueue {
  const table = tables.recipients;
  const lockable = client !== 'sqlite';

  return {
    claim: (campaignId, owner, size, leaseMs) =>
      retryOnConflict(async () => {
        const now = new Date();
        const claimed = {
          state: 'submitting',
          status_code: STATUS.SENDING,
          lease_owner: owner,
          lease_until: new Date(now.getTime() + leaseMs),
          attempts: knex.raw('attempts + 1'),
          updated_at: now,
        };
        const queued = (q: Knex) =>
          q(table).select('id').where({ campaign_id: campaignId, state: 'queued' }).orderBy('id').limit(size);
        if (client !== 'mysql') {
          // One statement: the rows are picked (locked, skipping those another instance holds) and
          // claimed together. SQLite has one writer and no row locks.
          let pick = queued(knex);
          if (lockable) pick = pick.forUpdate().skipLocked();
          const rows: Record<string, unknown>[] = await knex(table)
            .whereIn('id', pick)
            .update(claimed)
            .returning(['id', 'phone', 'text', 'encoding', 'segments']);
          return rows.map(claimedRecipient).sort((a, b) => a.id - b.id);
        }
        // MySQL/MariaDB: no UPDATE … RETURNING, and no LIMIT in an IN subquery.
        return knex.transaction(async (trx) => {
          const ids = ((await queued(trx).forUpdate().skipLocked()) as { id: number }[]).map((row) => Number(row.id));
          if (ids.length === 0) return [];
          await trx(table).whereIn('id', ids).update(claimed);
          const rows: Record<string, unknown>[] = await trx(table)
            .select('id', 'phone', 'text', 'encoding', 'segments')
            .whereIn('id', ids)
            .orderBy('id');
          return rows.map(claimedRecipient);
        });
      }),

    async extend(ids, owner, leaseMs) {
      if (ids.length === 0) return;
      await retryOnConflict(() =>
        knex(table)
          .whereIn('id', [...ids])
          .where({ state: 'submitting', lease_owner: owner })
          .update({ lease_until: new Date(Date.now() + leaseMs) })
      );
    },

    async record(outcome: BatchOutcome, owner: string) {
      const now = new Date();
      const released = { lease_owner: null, lease_until: null, updated_at: now };
      await retryOnConflict(() =>
        knex.transaction(async (trx: Knex.Transaction) => {
          // Ours, or recovered as unknown meanwhile: the answer we got is better than a guess.
          await updateFromValues(
            trx,
            client,
            table,
            { id: 'integer', pid: 'text', parts: 'text', at: 'timestamp' },
            outcome.submitted.map((row) => [
              row.id,
              row.providerMessageId,
              row.partIds ? JSON.stringify(row.partIds) : null,
              now,
            ]),
            {
              set: {
                provider_message_id: 'v.pid',
                part_ids: client === 'postgres' ? 'v.parts::jsonb' : 'v.parts',
                state: "'submitted'",
                status_code: String(STATUS.SUBMITTED),
                lease_owner: 'NULL',
                lease_until: 'NULL',
                submitted_at: 'v.at',
                updated_at: 'v.at',
              },
              where: "t.state IN ('submitting', 'unknown')",
            }
          );
          const parts = outcome.submitted.flatMap((row) =>
            (row.partIds ?? []).map((providerMessageId, index) => ({ row, providerMessageId, part: index + 1 }))
          );
          if (parts.length > 0) {
            const nextId = documentIds('p');
            await insertValues(
              trx,
              client,
              tables.parts,
              {
                document_id: 'text',
                recipient_id: 'integer',
                part: 'integer',
                provider_message_id: 'text',
                status_code: 'integer',
                created_at: 'timestamp',
                updated_at: 'timestamp',
                published_at: 'timestamp',
              },
              parts.map(({ row, providerMessageId, part }) => [
                nextId(),
                row.id,
                part,
                providerMessageId,
                STATUS.SUBMITTED,
                now,
                now,
                now,
              ])
            );
          }
          if (outcome.requeued.length > 0) {
            await trx(table)
              .whereIn('id', outcome.requeued)
              .where({ state: 'submitting', lease_owner: owner })
              .update({ ...released, state: 'queued', status_code: STATUS.PROCESSING });
          }
          const groups = new Map<string, number[]>();
          for (const row of outcome.failed) {
            const key = JSON.stringify([row.statusCode, row.unknown ? 'unknown' : 'done', row.errorCode ?? null]);
            groups.set(key, [...(groups.get(key) ?? []), row.id]);
          }
          for (const [key, ids] of groups) {
            const [statusCode, state, errorCode] = JSON.parse(key) as [number, string, string | null];
            await trx(table)
              .whereIn('id', ids)
              .whereIn('state', ['submitting', 'unknown'])
              .update({ ...released, status_code: statusCode, state, error_code: errorCode });
          }
        })
      );
    },

    async pending(campaignId) {
      const rows: { state: string; n: number | string }[] = await knex(table)
        .select('state')
        .count({ n: '*' })
        .where('campaign_id', campaignId)
        .whereIn('state', ['queued', 'submitting'])
        .groupBy('state');
      const of = (state: string) => Number(rows.find((row) => row.state === state)?.n ?? 0);
      return { queued: of('queued'), submitting: of('submitting') };
    },
  };
}
