import { STATUS_CODES } from '../core';
import type { DeliveryReceipt } from '../providers/types';
import { updateFromValues } from './bulk-update';
import type { StoreContext } from './tables';

const FINAL_CODES = Object.values(STATUS_CODES)
  .filter((status) => status.final)
  .map((status) => status.code);
const DELIVERED = new Set(
  Object.values(STATUS_CODES)
    .filter((status) => status.category === 'delivered')
    .map((status) => status.code)
);
const LOOKUP_CHUNK = 1000;

/**
 * Receipts applied in batches: the recipients they name are found in one query per chunk (by
 * any spelling of the id), and updated in one statement. A recipient that reached a final
 * status keeps it: receipts come late, twice or out of order.
 */
export function receiptStore({ knex, client, tables }: StoreContext) {
  const table = tables.recipients;
  return {
    async apply(receipts: DeliveryReceipt[]): Promise<DeliveryReceipt[]> {
      const forms = [...new Set(receipts.flatMap((r) => [r.providerMessageId, ...(r.alternateIds ?? [])]))];
      const byMessageId = new Map<string, number>();
      for (let from = 0; from < forms.length; from += LOOKUP_CHUNK) {
        const rows: { id: number; provider_message_id: string }[] = await knex(table)
          .select('id', 'provider_message_id')
          .whereIn('provider_message_id', forms.slice(from, from + LOOKUP_CHUNK));
        for (const row of rows) byMessageId.set(row.provider_message_id, Number(row.id));
      }
      const unmatched: DeliveryReceipt[] = [];
      // The last receipt of a batch for one recipient wins (they arrive in order on a session).
      const updates = new Map<number, [number, number, Date | null, string | null, string]>();
      for (const receipt of receipts) {
        const id = [receipt.providerMessageId, ...(receipt.alternateIds ?? [])]
          .map((form) => byMessageId.get(form))
          .find((found) => found !== undefined);
        if (id === undefined) {
          unmatched.push(receipt);
          continue;
        }
        const final = FINAL_CODES.includes(receipt.statusCode);
        updates.set(id, [
          id,
          receipt.statusCode,
          DELIVERED.has(receipt.statusCode) ? receipt.at : null,
          receipt.errorCode?.slice(0, 64) ?? null,
          final ? 'done' : 'submitted',
        ]);
      }
      await updateFromValues(
        knex,
        client,
        table,
        { id: 'integer', code: 'integer', at: 'timestamp', err: 'text', state: 'text' },
        [...updates.values()],
        {
          set: {
            status_code: 'v.code',
            delivered_at: 'COALESCE(v.at, t.delivered_at)',
            error_code: 'COALESCE(v.err, t.error_code)',
            state: 'v.state',
          },
          where: `t.status_code NOT IN (${FINAL_CODES.join(', ')})`,
        }
      );
      return unmatched;
    },
  };
}
