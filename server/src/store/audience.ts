import type { Knex } from 'knex';
import type { RecipientDecision } from '../core';
import { insertValues, type InsertType } from './bulk-update';
import { documentIds, jsonValue, type StoreContext } from './tables';

/** A row of a chosen list, as validation reads it. */
export interface AudienceEntry {
  id: number;
  line: number | null;
  phoneRaw: string | null;
  phone: string | null;
  country: string | null;
  valid: boolean;
  fields: Record<string, string>;
}

export interface NewRecipient extends RecipientDecision {
  listId: number;
  listName: string;
  entry: AudienceEntry;
}

const READ_CHUNK = 5000;
const COLUMNS: Record<string, InsertType> = {
  document_id: 'text',
  campaign_id: 'integer',
  list_id: 'integer',
  list_name: 'text',
  line: 'integer',
  phone_raw: 'text',
  phone: 'text',
  country: 'text',
  valid: 'boolean',
  allowed: 'boolean',
  status_code: 'integer',
  state: 'text',
  segments: 'integer',
  encoding: 'text',
  credits: 'integer',
  text: 'text',
  fields: 'json',
  attempts: 'integer',
  clicks: 'integer',
  created_at: 'timestamp',
  updated_at: 'timestamp',
  published_at: 'timestamp',
};

/**
 * Validation's writes: the audience frozen into recipient rows on the bulk path (multi-row
 * INSERTs inside the validation's transaction, never a row at a time), then the exclusion lists
 * applied by the database in one statement each.
 */
export function audienceStore({ tables, client }: StoreContext) {
  return {
    /**
     * The rows of a list in file order, a chunk at a time (keyset on id, so chunks stay cheap). The
     * next chunk is asked for as soon as one is handed over, so that on a database server it is
     * read while the caller judges and writes this one.
     */
    async *entries(knex: Knex | Knex.Transaction, listId: number): AsyncGenerator<AudienceEntry[]> {
      const read = (after: number): Promise<Record<string, unknown>[]> =>
        knex(tables.entries)
          .select('id', 'line', 'phone_raw', 'phone', 'country', 'valid', 'reason', 'fields')
          .where('list_id', listId)
          .andWhere('id', '>', after)
          .orderBy('id')
          .limit(READ_CHUNK);
      let next: Promise<Record<string, unknown>[]> | null = read(0);
      while (next) {
        const rows: Record<string, unknown>[] = await next;
        if (rows.length === 0) return;
        next = rows.length < READ_CHUNK ? null : read(Number(rows[rows.length - 1].id));
        // Not awaited until the next turn: a failure then is not an unhandled rejection meanwhile.
        next?.catch(() => undefined);
        yield rows.map((row: Record<string, unknown>) => ({
          id: Number(row.id),
          line: row.line === null ? null : Number(row.line),
          phoneRaw: (row.phone_raw as string | null) ?? null,
          phone: (row.phone as string | null) ?? null,
          country: (row.country as string | null) ?? null,
          // A number refused at import for its country is a valid number: validation judges its
          // destination against today's settings (Belgium may have been allowed since).
          valid: Boolean(row.valid) || (row.reason === 'not-allowed-country' && row.phone !== null),
          fields: jsonValue<Record<string, string>>(row.fields, {}),
        }));
      }
    },

    /** Writes a chunk of recipients; returns how many. */
    async insert(trx: Knex.Transaction, campaignId: number, recipients: NewRecipient[]): Promise<number> {
      const now = new Date();
      const nextId = documentIds('r');
      await insertValues(
        trx,
        client,
        tables.recipients,
        COLUMNS,
        recipients.map((r) => [
          nextId(),
          campaignId,
          r.listId,
          r.listName,
          r.entry.line,
          r.entry.phoneRaw,
          r.entry.phone,
          r.entry.country,
          r.entry.valid,
          r.statusCode !== 3,
          r.statusCode,
          r.statusCode === 1 ? 'queued' : 'done',
          r.segments,
          r.encoding,
          r.credits,
          r.text,
          JSON.stringify(r.entry.fields),
          0,
          0,
          now,
          now,
          now,
        ])
      );
      return recipients.length;
    },

    /** Recipients still to send whose number is in one of these exclusion lists get `statusCode`. */
    async exclude(trx: Knex.Transaction, campaignId: number, listIds: number[], statusCode: number) {
      if (listIds.length === 0) return 0;
      return trx(tables.recipients)
        .where({ campaign_id: campaignId, state: 'queued' })
        .whereIn('phone', trx(tables.optOuts).select('phone').whereIn('list_id', listIds))
        .update({ status_code: statusCode, state: 'done', credits: 0, updated_at: new Date() });
    },

    /** Recipients per status code, and the credits of those still to send. */
    async totals(knex: Knex, campaignId: number) {
      const rows: { status_code: number | string; n: number | string; credits: number | string | null }[] = await knex(
        tables.recipients
      )
        .select('status_code')
        .count({ n: '*' })
        .sum({ credits: 'credits' })
        .where('campaign_id', campaignId)
        .groupBy('status_code');
      const statusCounts: Record<string, number> = {};
      let credits = 0;
      let total = 0;
      for (const row of rows) {
        statusCounts[String(row.status_code)] = Number(row.n);
        total += Number(row.n);
        credits += Number(row.credits ?? 0);
      }
      return { statusCounts, total, credits };
    },
  };
}

export type AudienceStore = ReturnType<typeof audienceStore>;
