import type { Knex } from 'knex';
import type { ReportCsvLink, ReportCsvRecipient } from '../core';
import { dateValue } from './reports';
import { jsonValue, type StoreContext } from './tables';

/**
 * The recipients of a campaign's report, row by row: the page of the recipients table (with
 * their receipts, replies and clicks) and the CSV's keyset pages. Nothing here writes.
 */

export interface RecipientFilter {
  /** Only these status codes (a status, or the codes of a category). */
  codes?: readonly number[];
  /** Digits to find in the number, E.164 (`33612…` or `612…`) or as typed (`0612…`). */
  digits?: { international: string; typed: string };
}

export interface ReportRow extends ReportCsvRecipient {
  id: number;
  segments: number | null;
  credits: number | null;
  text: string | null;
  submittedAt: Date | null;
}

export interface RecipientLink extends ReportCsvLink {
  recipientId: number;
  lastClickAt: Date | null;
}

const ROW_COLUMNS = [
  'id',
  'list_name',
  'line',
  'phone_raw',
  'phone',
  'valid',
  'allowed',
  'country',
  'status_code',
  'delivered_at',
  'replies',
  'fields',
];
const LINK_COLUMNS = [
  'recipient_id',
  'track_index',
  'clicks',
  'previews',
  'first_click_at',
  'last_click_at',
  'first_preview_at',
];
const PAGE_COLUMNS = [...ROW_COLUMNS, 'segments', 'credits', 'text', 'submitted_at'];

const nullableNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

const toRow = (row: Record<string, unknown>): ReportRow => ({
  id: Number(row.id),
  listName: (row.list_name as string | null) ?? null,
  line: nullableNumber(row.line),
  phoneRaw: (row.phone_raw as string | null) ?? null,
  phone: (row.phone as string | null) || null,
  valid: Boolean(row.valid),
  allowed: Boolean(row.allowed),
  country: (row.country as string | null) ?? null,
  statusCode: Number(row.status_code ?? 0),
  deliveredAt: dateValue(row.delivered_at),
  replies: jsonValue<unknown[]>(row.replies, []).filter((reply): reply is string => typeof reply === 'string'),
  fields: jsonValue<Record<string, unknown>>(row.fields, {}) ?? {},
  segments: nullableNumber(row.segments),
  credits: nullableNumber(row.credits),
  text: (row.text as string | null) ?? null,
  submittedAt: dateValue(row.submitted_at),
});

const toLink = (row: Record<string, unknown>): RecipientLink => ({
  recipientId: Number(row.recipient_id),
  index: Number(row.track_index),
  clicks: Number(row.clicks ?? 0),
  previews: Number(row.previews ?? 0),
  firstClickAt: dateValue(row.first_click_at),
  lastClickAt: dateValue(row.last_click_at),
  firstPreviewAt: dateValue(row.first_preview_at),
});

/** SQLite caps bound variables: ids go to `IN` by the thousand. */
const IN_CHUNK = 1000;

export function reportRowStore({ knex, tables }: StoreContext) {
  const filtered = (campaignId: number, filter: RecipientFilter) => {
    const query = knex(tables.recipients).where('campaign_id', campaignId);
    if (filter.codes) query.whereIn('status_code', [...filter.codes]);
    const { digits } = filter;
    if (digits) {
      query.where((where: Knex.QueryBuilder) => {
        where.where('phone', 'like', `%${digits.international}%`);
        // An invalid number has no E.164 form: it is found as it was typed, spaces and dots aside.
        where.orWhere((raw: Knex.QueryBuilder) =>
          raw
            .whereNull('phone')
            .whereRaw(`REPLACE(REPLACE(REPLACE(phone_raw, ' ', ''), '.', ''), '-', '') LIKE ?`, [`%${digits.typed}%`])
        );
      });
    }
    return query;
  };

  const chunks = <T>(ids: readonly number[], read: (chunk: number[]) => Promise<T[]>) =>
    Promise.all(
      Array.from({ length: Math.ceil(ids.length / IN_CHUNK) }, (_, i) =>
        read(ids.slice(i * IN_CHUNK, (i + 1) * IN_CHUNK))
      )
    ).then((parts) => parts.flat());

  return {
    /** A page of the recipients table, by id, and how many match. */
    async page(campaignId: number, filter: RecipientFilter, page: number, pageSize: number) {
      const total = await filtered(campaignId, filter).count({ n: '*' }).first();
      const rows: Record<string, unknown>[] = await filtered(campaignId, filter)
        .select(PAGE_COLUMNS)
        .orderBy('id')
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      return { rows: rows.map(toRow), total: Number((total as { n?: unknown } | undefined)?.n ?? 0) };
    },

    /** The receipts of long messages' parts, by part. */
    async parts(ids: readonly number[]) {
      return chunks(ids, async (chunk) => {
        const rows: Record<string, unknown>[] = await knex(tables.parts)
          .select('recipient_id', 'part', 'status_code', 'receipt_at')
          .whereIn('recipient_id', chunk)
          .orderBy(['recipient_id', 'part']);
        return rows.map((row) => ({
          recipientId: Number(row.recipient_id),
          part: Number(row.part),
          statusCode: nullableNumber(row.status_code),
          receiptAt: dateValue(row.receipt_at),
        }));
      });
    },

    /** The replies recipients sent, in the order received. */
    async replies(ids: readonly number[]) {
      return chunks(ids, async (chunk) => {
        const rows: Record<string, unknown>[] = await knex(tables.inbound)
          .select('recipient_id', 'text', 'received_at', 'is_stop')
          .whereIn('recipient_id', chunk)
          .orderBy(['received_at', 'id']);
        return rows.map((row) => ({
          recipientId: Number(row.recipient_id),
          text: String(row.text ?? ''),
          receivedAt: dateValue(row.received_at),
          isStop: Boolean(row.is_stop),
        }));
      });
    },

    async links(campaignId: number, ids: readonly number[]) {
      return chunks(ids, async (chunk) => {
        const rows: Record<string, unknown>[] = await knex(tables.shortLinks)
          .select(LINK_COLUMNS)
          .where('campaign_id', campaignId)
          .whereIn('recipient_id', chunk)
          .orderBy(['recipient_id', 'track_index']);
        return rows.map(toLink);
      });
    },

    /** The file's columns as recipients carry them, for lists deleted since the campaign (a sample). */
    async fieldNames(campaignId: number, sample = 500): Promise<string[]> {
      const rows: { fields: unknown }[] = await knex(tables.recipients)
        .select('fields')
        .where('campaign_id', campaignId)
        .orderBy('id')
        .limit(sample);
      const names = new Set<string>();
      for (const row of rows) for (const name of Object.keys(jsonValue<object>(row.fields, {}) ?? {})) names.add(name);
      return [...names];
    },

    /**
     * Every matching recipient by increasing id, `size` at a time (keyset pages, no OFFSET), each
     * page with its short links, read by the range of its ids (the campaign + recipient index).
     */
    async *pages(
      campaignId: number,
      filter: RecipientFilter,
      size = 2000
    ): AsyncGenerator<{ rows: ReportRow[]; links: Map<number, RecipientLink[]> }> {
      let after = 0;
      for (;;) {
        const read: Record<string, unknown>[] = await filtered(campaignId, filter)
          .select(ROW_COLUMNS)
          .where('id', '>', after)
          .orderBy('id')
          .limit(size);
        if (read.length === 0) return;
        const rows = read.map(toRow);
        const first = rows[0]!.id;
        after = rows[rows.length - 1]!.id;
        const linkRows: Record<string, unknown>[] = await knex(tables.shortLinks)
          .select(LINK_COLUMNS)
          .where('campaign_id', campaignId)
          .whereBetween('recipient_id', [first, after]);
        const links = new Map<number, RecipientLink[]>();
        for (const link of linkRows.map(toLink)) {
          const list = links.get(link.recipientId);
          if (list) list.push(link);
          else links.set(link.recipientId, [link]);
        }
        yield { rows, links };
      }
    },
  };
}

export type ReportRowStore = ReturnType<typeof reportRowStore>;
