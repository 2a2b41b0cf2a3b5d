import type { Knex } from 'knex';
import { rollUpPartStatuses, STATUS_CODES } from '../core';
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

type Update = [id: number, code: number, at: Date | null, err: string | null, state: string];

const formsOf = (receipt: DeliveryReceipt) => [receipt.providerMessageId, ...(receipt.alternateIds ?? [])];

/**
 * Receipts applied in batches: the recipients (or the parts of long messages) they name are
 * found in one query per chunk, by any spelling of the id, the submitted spelling first, and
 * updated in one statement. A recipient that reached a final status keeps it: receipts come
 * late, twice or out of order.
 */
export function receiptStore({ knex, client, tables }: StoreContext) {
  const table = tables.recipients;

  const lookup = async (column: string, from: string, forms: string[], extra: string[] = []) => {
    const found = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < forms.length; i += LOOKUP_CHUNK) {
      const rows: Record<string, unknown>[] = await knex(from)
        .select('id', column, ...extra)
        .whereIn(column, forms.slice(i, i + LOOKUP_CHUNK));
      for (const row of rows) found.set(String(row[column]), row);
    }
    return found;
  };

  const update = (rows: Update[]) =>
    updateFromValues(
      knex,
      client,
      table,
      { id: 'integer', code: 'integer', at: 'timestamp', err: 'text', state: 'text' },
      rows,
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

  const updateOf = (id: number, receipt: DeliveryReceipt, code = receipt.statusCode): Update => [
    id,
    code,
    DELIVERED.has(code) ? receipt.at : null,
    receipt.errorCode?.slice(0, 64) ?? null,
    FINAL_CODES.includes(code) ? 'done' : 'submitted',
  ];

  /** Parts of long messages: each part's status is kept, the recipient gets their roll-up. */
  const applyParts = async (receipts: { receipt: DeliveryReceipt; part: Record<string, unknown> }[]) => {
    const touched = new Map<number, DeliveryReceipt>();
    if (receipts.length === 0) return;
    await knex.transaction(async (trx: Knex.Transaction) => {
      for (const { receipt, part } of receipts) {
        await trx(tables.parts)
          .where('id', Number(part.id))
          .update({ status_code: receipt.statusCode, receipt_at: receipt.at });
        touched.set(Number(part.recipient_id), receipt);
      }
    });
    if (touched.size === 0) return;
    const statuses: { recipient_id: number; status_code: number }[] = await knex(tables.parts)
      .select('recipient_id', 'status_code')
      .whereIn('recipient_id', [...touched.keys()]);
    const byRecipient = new Map<number, number[]>();
    for (const row of statuses) {
      const id = Number(row.recipient_id);
      byRecipient.set(id, [...(byRecipient.get(id) ?? []), Number(row.status_code)]);
    }
    await update(
      [...touched.entries()].map(([id, receipt]) =>
        updateOf(id, receipt, rollUpPartStatuses(byRecipient.get(id) ?? []))
      )
    );
  };

  /**
   * A receipt for a message whose submission answer was lost (the instance died with it in
   * flight): the recipient left "unknown" with that number adopts the message id and its status.
   * Most unmatched receipts are not that but early ones (the SMSC answered before the batch was
   * recorded) and come back every flush while parked: one query per chunk finds the few
   * candidates, never one per receipt.
   */
  const adoptUnknown = async (receipts: DeliveryReceipt[]): Promise<DeliveryReceipt[]> => {
    const phones = [...new Set(receipts.flatMap((receipt) => (receipt.phone ? [receipt.phone] : [])))];
    const candidates = new Map<string, number[]>();
    // Outside the minutes after a crash there is no unknown recipient at all: one index seek says so.
    if (phones.length > 0 && !(await knex(table).first('id').where('state', 'unknown'))) return receipts;
    for (let i = 0; i < phones.length; i += LOOKUP_CHUNK) {
      const rows: { id: number; phone: string }[] = await knex(table)
        .select('id', 'phone')
        .where('state', 'unknown')
        .whereNull('provider_message_id')
        .whereIn('phone', phones.slice(i, i + LOOKUP_CHUNK))
        .orderBy('id', 'asc');
      // The latest recipient with that number is taken first, as it is the likeliest in flight.
      for (const row of rows) candidates.set(row.phone, [Number(row.id), ...(candidates.get(row.phone) ?? [])]);
    }
    const unmatched: DeliveryReceipt[] = [];
    for (const receipt of receipts) {
      const id = receipt.phone ? candidates.get(receipt.phone)?.shift() : undefined;
      if (id === undefined) {
        unmatched.push(receipt);
        continue;
      }
      await knex(table).where({ id, state: 'unknown' }).update({
        provider_message_id: receipt.providerMessageId,
        submitted_at: new Date(),
        state: 'submitted',
        status_code: 24,
      });
      await update([updateOf(id, receipt)]);
    }
    return unmatched;
  };

  return {
    async apply(receipts: DeliveryReceipt[]): Promise<DeliveryReceipt[]> {
      const forms = [...new Set(receipts.flatMap(formsOf))];
      const recipients = await lookup('provider_message_id', table, forms, ['phone', 'segments']);
      // Only a long message has parts: the parts table is searched for the receipts of those, and
      // for receipts no recipient claims, not for every receipt of a campaign of one-part messages.
      const onePartMessageOf = (receipt: DeliveryReceipt) =>
        formsOf(receipt).some((form) => {
          const row = recipients.get(form);
          return row !== undefined && Number(row.segments ?? 1) <= 1 && (!receipt.phone || row.phone === receipt.phone);
        });
      const partForms = receipts.filter((receipt) => !onePartMessageOf(receipt)).flatMap(formsOf);
      const parts = await lookup('provider_message_id', tables.parts, [...new Set(partForms)], ['recipient_id']);
      if (parts.size > 0) {
        const owners = new Map<number, string>();
        const ids = [...new Set([...parts.values()].map((part) => Number(part.recipient_id)))];
        for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
          const rows: { id: number; phone: string }[] = await knex(table)
            .select('id', 'phone')
            .whereIn('id', ids.slice(i, i + LOOKUP_CHUNK));
          for (const row of rows) owners.set(Number(row.id), row.phone);
        }
        for (const part of parts.values()) part.phone = owners.get(Number(part.recipient_id));
      }
      const partOf = (receipt: DeliveryReceipt) =>
        formsOf(receipt)
          .map((form) => parts.get(form))
          .find((candidate) => candidate && (!receipt.phone || candidate.phone === receipt.phone));
      const single = new Map<number, Update>();
      const ofParts: { receipt: DeliveryReceipt; part: Record<string, unknown> }[] = [];
      const missing: DeliveryReceipt[] = [];
      for (const receipt of receipts) {
        const part = partOf(receipt);
        if (part) {
          ofParts.push({ receipt, part });
          continue;
        }
        // Another spelling of the id may be another message's id (decimal 16534 is hex 4096): when
        // the receipt names the handset, only a recipient with that number is taken.
        const row = formsOf(receipt)
          .map((form) => recipients.get(form))
          .find((candidate) => candidate && (!receipt.phone || candidate.phone === receipt.phone));
        if (!row) missing.push(receipt);
        // The last receipt of a batch for one recipient wins (they arrive in order on a session).
        else single.set(Number(row.id), updateOf(Number(row.id), receipt));
      }
      await update([...single.values()]);
      await applyParts(ofParts);
      return adoptUnknown(missing);
    },
  };
}
