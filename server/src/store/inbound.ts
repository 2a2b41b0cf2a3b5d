import type { Knex } from 'knex';
import { STATUS } from '../core';
import { documentIds, jsonValue, retryOnConflict, type StoreContext } from './tables';

export interface InboundToRecord {
  channel: string;
  from: string;
  to: string | null;
  text: string;
  at: Date;
  providerMessageId: string | null;
  isStop: boolean;
}

export interface RecordedInbound {
  id: number;
  /** The gateway had delivered this message already (a retried webhook): nothing was written. */
  duplicate: boolean;
  campaignId: number | null;
  recipientId: number | null;
}

/** PostgreSQL, MySQL/MariaDB and SQLite words for a unique index refusing a row. */
const isUniqueViolation = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === '23505' ||
    code === 'ER_DUP_ENTRY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    (typeof message === 'string' && message.includes('UNIQUE constraint failed'))
  );
};

const nextId = documentIds('i');

type SeenRow = { id: number; campaign_id: number | null; recipient_id: number | null };
const duplicateOf = (row: SeenRow): RecordedInbound => ({
  id: Number(row.id),
  duplicate: true,
  campaignId: row.campaign_id === null ? null : Number(row.campaign_id),
  recipientId: row.recipient_id === null ? null : Number(row.recipient_id),
});

/**
 * Replies, each kept once: a gateway that retries a webhook (or redelivers a `deliver_sm`) sends the
 * same message id again, and a unique index on (channel, message id) keeps the second out, even when
 * both arrive at once. The reply is appended to the recipient it answers (the latest one submitted
 * to that number) under a row lock, so two replies at once both stay.
 */
export function inboundStore({ knex, client, tables }: StoreContext) {
  const seen = (trx: Knex.Transaction, message: InboundToRecord): Promise<SeenRow | undefined> =>
    message.providerMessageId === null
      ? Promise.resolve(undefined)
      : trx(tables.inbound)
          .first('id', 'campaign_id', 'recipient_id')
          .where({ provider: message.channel, provider_message_id: message.providerMessageId });

  const write = (message: InboundToRecord): Promise<RecordedInbound> =>
    knex.transaction(async (trx) => {
      const earlier = await seen(trx, message);
      if (earlier) return duplicateOf(earlier);
      const answered = trx(tables.recipients)
        .first('id', 'campaign_id', 'replies')
        .where('phone', message.from)
        .whereNotNull('submitted_at')
        .orderBy([
          { column: 'submitted_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ]);
      const recipient: { id: number; campaign_id: number; replies: unknown } | undefined =
        client === 'sqlite' ? await answered : await answered.forUpdate();
      const now = new Date();
      const insert = trx(tables.inbound).insert({
        document_id: nextId(),
        from: message.from,
        to: message.to,
        text: message.text,
        received_at: message.at,
        provider: message.channel,
        provider_message_id: message.providerMessageId,
        campaign_id: recipient?.campaign_id ?? null,
        recipient_id: recipient?.id ?? null,
        is_stop: message.isStop,
        created_at: now,
        updated_at: now,
        published_at: now,
      });
      // MySQL answers the new id without RETURNING (and knex warns when it is asked for).
      const [inserted] = client === 'mysql' ? await insert : await insert.returning('id');
      if (recipient) {
        await trx(tables.recipients)
          .where('id', recipient.id)
          .update({
            replies: JSON.stringify([...jsonValue<string[]>(recipient.replies, []), message.text]),
            ...(message.isStop ? { status_code: STATUS.DELIVERED_STOP } : {}),
            updated_at: now,
          });
      }
      const id = typeof inserted === 'object' ? Number((inserted as { id: number }).id) : Number(inserted);
      return {
        id,
        duplicate: false,
        campaignId: recipient ? Number(recipient.campaign_id) : null,
        recipientId: recipient ? Number(recipient.id) : null,
      };
    });

  return {
    async record(message: InboundToRecord): Promise<RecordedInbound> {
      try {
        return await retryOnConflict(() => write(message));
      } catch (error) {
        // The same message, written a moment ago by another request: that one counts.
        if (!isUniqueViolation(error)) throw error;
        const earlier = await knex.transaction((trx) => seen(trx, message));
        if (!earlier) throw error;
        return duplicateOf(earlier);
      }
    },
  };
}
