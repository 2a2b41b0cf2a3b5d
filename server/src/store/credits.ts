import type { Knex } from 'knex';
import { documentIds, type StoreContext } from './tables';

const ACCOUNT = 'default';
const BALANCE_KINDS = ['topup', 'consume', 'refund', 'adjust'];
const RESERVED_KINDS = ['reserve', 'release'];
export type LedgerKind = 'topup' | 'reserve' | 'release' | 'consume' | 'refund' | 'adjust';

/**
 * The credits ledger. Every movement is a row and the balance is a sum; spending is serialised by
 * a lock on the account row, taken first in the spending transaction: a second validation waits
 * for the first to commit, then reads a balance that includes its reservation (PostgreSQL's READ
 * COMMITTED reads each statement afresh; InnoDB's REPEATABLE READ takes its snapshot at the first
 * plain read, which comes after the lock; SQLite has one writer anyway).
 */
export function creditsStore({ knex, tables }: StoreContext) {
  const sums = async (db: Knex) => {
    const rows: { kind: string; total: string | number | null }[] = await db(tables.ledger)
      .select('kind')
      .sum({ total: 'amount' })
      .groupBy('kind');
    const sumOf = (kinds: string[]) =>
      rows.filter((row) => kinds.includes(row.kind)).reduce((sum, row) => sum + Number(row.total ?? 0), 0);
    return { balance: sumOf(BALANCE_KINDS), reserved: sumOf(RESERVED_KINDS) };
  };

  return {
    sums: (db: Knex = knex) => sums(db),

    /** Creates the account row once; several instances starting together leave one (unique key). */
    async ensureAccount() {
      const exists = await knex(tables.accounts).first('id').where('key', ACCOUNT);
      if (exists) return;
      const now = new Date();
      try {
        await knex(tables.accounts).insert({
          document_id: documentIds('a')(),
          key: ACCOUNT,
          version: 0,
          created_at: now,
          updated_at: now,
          published_at: now,
        });
      } catch (error) {
        if (!(await knex(tables.accounts).first('id').where('key', ACCOUNT))) throw error;
      }
    },

    /** Takes the account's lock until the transaction ends. */
    async lock(trx: Knex.Transaction) {
      await trx(tables.accounts).where('key', ACCOUNT).increment('version', 1);
    },

    async record(db: Knex, entries: { kind: LedgerKind; amount: number; campaignId?: number; note?: string }[]) {
      const rows = entries.filter((entry) => entry.amount !== 0);
      if (rows.length === 0) return;
      const now = new Date();
      const nextId = documentIds('c');
      await db(tables.ledger).insert(
        rows.map((entry) => ({
          document_id: nextId(),
          kind: entry.kind,
          amount: entry.amount,
          campaign_id: entry.campaignId ?? null,
          note: entry.note ?? null,
          created_at: now,
          updated_at: now,
          published_at: now,
        }))
      );
    },

    /** Whether the campaign reserved credits in the ledger (it was validated on limited credits). */
    async reservedFor(db: Knex, campaignId: number) {
      return Boolean(await db(tables.ledger).first('id').where({ campaign_id: campaignId, kind: 'reserve' }));
    },

    /** What a campaign holds now: reserved minus released. */
    async heldBy(db: Knex, campaignId: number) {
      const row = await db(tables.ledger)
        .sum({ total: 'amount' })
        .where('campaign_id', campaignId)
        .whereIn('kind', RESERVED_KINDS)
        .first();
      return Number((row as { total?: number | string | null } | undefined)?.total ?? 0);
    },
  };
}

export type CreditsStore = ReturnType<typeof creditsStore>;
