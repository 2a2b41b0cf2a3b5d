import type { Knex } from 'knex';
import { jsonValue, type StoreContext } from './tables';

/** A chosen list as the wizard reads it before anything is frozen. */
export interface ChosenList {
  id: number;
  name: string;
  kind: string;
  status: string;
  fields: string[];
}

/** SQLite caps bound variables; 5,000 numbers per `IN` stays far below every dialect's limit. */
const IN_CHUNK = 5000;

/**
 * The read side of the wizard over the chosen lists: which lists they are, their rows by
 * position, and which numbers the exclusion lists hold. Nothing here writes; validation keeps
 * its own writes in store/audience.ts.
 */
export function audienceReadStore({ knex, tables }: StoreContext) {
  /** Rows per list, in the order given (lists missing from the table count 0). */
  const rowCounts = async (listIds: number[]): Promise<Map<number, number>> => {
    const rows: { list_id: number | string; n: number | string }[] = await knex(tables.entries)
      .select('list_id')
      .count({ n: '*' })
      .whereIn('list_id', listIds)
      .groupBy('list_id');
    return new Map(rows.map((row) => [Number(row.list_id), Number(row.n)]));
  };

  return {
    async lists(ids: number[]): Promise<Map<number, ChosenList>> {
      if (ids.length === 0) return new Map();
      const rows: Record<string, unknown>[] = await knex(tables.lists)
        .select('id', 'name', 'kind', 'status', 'fields')
        .whereIn('id', ids);
      return new Map(
        rows.map((row) => [
          Number(row.id),
          {
            id: Number(row.id),
            name: String(row.name),
            kind: String(row.kind),
            status: String(row.status),
            fields: jsonValue<string[]>(row.fields, []).filter((name) => typeof name === 'string'),
          },
        ])
      );
    },

    rowCounts,

    /**
     * The n-th row (1-based) of the lists in the order given, each list in the order validation
     * freezes it (by id, which is file order for an import and order of addition otherwise).
     * Null past the end; `total` is every row of the lists.
     */
    async rowAt(listIds: number[], n: number) {
      const counts = await rowCounts(listIds);
      const total = listIds.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
      let skip = n - 1;
      for (const listId of listIds) {
        const count = counts.get(listId) ?? 0;
        if (skip >= count) {
          skip -= count;
          continue;
        }
        const row = await knex(tables.entries)
          .first('phone', 'phone_raw', 'fields')
          .where('list_id', listId)
          .orderBy('id')
          .offset(skip);
        if (!row) break;
        return {
          total,
          listId,
          number: (row.phone as string | null) ?? (row.phone_raw as string | null) ?? null,
          fields: jsonValue<Record<string, string>>(row.fields, {}),
        };
      }
      return { total, listId: null, number: null, fields: null };
    },

    /** For each of `phones`, the exclusion lists among `listIds` that hold it. */
    async exclusionsOf(listIds: number[], phones: string[]): Promise<Map<string, Set<number>>> {
      const found = new Map<string, Set<number>>();
      if (listIds.length === 0 || phones.length === 0) return found;
      for (let from = 0; from < phones.length; from += IN_CHUNK) {
        const rows: { phone: string; list_id: number | string }[] = await knex(tables.optOuts)
          .distinct('phone', 'list_id')
          .whereIn('list_id', listIds)
          .whereIn('phone', phones.slice(from, from + IN_CHUNK));
        for (const row of rows) {
          const lists = found.get(row.phone) ?? new Set<number>();
          lists.add(Number(row.list_id));
          found.set(row.phone, lists);
        }
      }
      return found;
    },
  };
}

export type AudienceReadStore = ReturnType<typeof audienceReadStore>;
/** The read side accepts the base connection where the write side wants a transaction. */
export const asReader = (knex: Knex) => knex as unknown as Knex.Transaction;
