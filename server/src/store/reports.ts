import type { Knex } from 'knex';
import type { StoreContext } from './tables';

/**
 * The figures of a campaign's report, each one GROUP BY over the campaign's rows (the indexes
 * by campaign serve them), on SQLite, PostgreSQL and MySQL/MariaDB alike. Nothing here writes.
 */

export type TimelineBucket = 'minute' | 'hour' | 'day';

export const BUCKET_MS: Record<TimelineBucket, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };
const MYSQL_FORMAT: Record<TimelineBucket, string> = {
  minute: '%Y-%m-%d %H:%i:00',
  hour: '%Y-%m-%d %H:00:00',
  day: '%Y-%m-%d 00:00:00',
};

/**
 * A datetime column as the drivers give it: epoch milliseconds on SQLite (a number, or its text),
 * a Date on PostgreSQL and MySQL.
 */
export const dateValue = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const date =
    typeof value === 'number' || /^\d+$/.test(String(value)) ? new Date(Number(value)) : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
};

/** `COUNT(*)` comes back as a number, a bigint's text (PostgreSQL) or null (`SUM` of nothing). */
const count = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * The start of a column's bucket, in SQL. On PostgreSQL and MySQL the truncated value keeps the
 * column's type, so the driver reads it back exactly as it reads the column; SQLite stores epoch
 * milliseconds, truncated by integer division (days are UTC days there).
 */
function bucketOf(knex: Knex, client: StoreContext['client'], column: string, bucket: TimelineBucket): Knex.Raw {
  if (client === 'postgres') return knex.raw(`date_trunc('${bucket}', ??)`, [column]);
  if (client === 'mysql') return knex.raw(`CAST(DATE_FORMAT(??, '${MYSQL_FORMAT[bucket]}') AS DATETIME)`, [column]);
  return knex.raw(`(CAST(?? AS INTEGER) / ${BUCKET_MS[bucket]}) * ${BUCKET_MS[bucket]}`, [column]);
}

export interface LinkFigures {
  index: number;
  uniqueClicks: number;
  totalClicks: number;
  previews: number;
}

export function reportStore({ knex, client, tables }: StoreContext) {
  /** Points of one event (a column of a table), counted per bucket. */
  const perBucket = async (table: string, column: string, campaignId: number, bucket: TimelineBucket) => {
    const at = bucketOf(knex, client, column, bucket);
    const rows: { at: unknown; n: unknown }[] = await knex(table)
      .select({ at })
      .count({ n: '*' })
      .where('campaign_id', campaignId)
      .whereNotNull(column)
      // Test sends' links (no recipient) are not the campaign's clicks.
      .modify((query) => (table === tables.shortLinks ? query.whereNotNull('recipient_id') : query))
      .groupByRaw('1');
    const points = new Map<number, number>();
    for (const row of rows) {
      const start = dateValue(row.at);
      if (start) points.set(start.getTime(), (points.get(start.getTime()) ?? 0) + count(row.n));
    }
    return points;
  };

  return {
    /** Recipients per status code. */
    async statusCounts(campaignId: number): Promise<Map<number, number>> {
      const rows: { status_code: unknown; n: unknown }[] = await knex(tables.recipients)
        .select('status_code')
        .count({ n: '*' })
        .where('campaign_id', campaignId)
        .groupBy('status_code');
      return new Map(rows.map((row) => [count(row.status_code), count(row.n)]));
    },

    /** Recipients handed to the gateway, and the first and last times anything happened to them. */
    async sending(campaignId: number) {
      const row: Record<string, unknown> | undefined = await knex(tables.recipients)
        .first({
          sent: knex.raw('COUNT(submitted_at)'),
          firstSubmitted: knex.raw('MIN(submitted_at)'),
          lastSubmitted: knex.raw('MAX(submitted_at)'),
          lastDelivered: knex.raw('MAX(delivered_at)'),
        })
        .where('campaign_id', campaignId);
      const links: Record<string, unknown> | undefined = await knex(tables.shortLinks)
        .first({ lastClick: knex.raw('MAX(first_click_at)') })
        .where('campaign_id', campaignId)
        .whereNotNull('recipient_id');
      return {
        sent: count(row?.sent),
        first: dateValue(row?.firstSubmitted),
        last: [row?.lastSubmitted, row?.lastDelivered, links?.lastClick]
          .map(dateValue)
          .reduce<Date | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null),
      };
    },

    /** Inbound messages answering the campaign, the recipients who sent them, and those who sent a STOP. */
    async inbound(campaignId: number) {
      const row: Record<string, unknown> | undefined = await knex(tables.inbound)
        .first({
          replies: knex.raw('COUNT(*)'),
          repliers: knex.raw('COUNT(DISTINCT recipient_id)'),
          stops: knex.raw('COUNT(DISTINCT CASE WHEN is_stop = ? THEN recipient_id END)', [true]),
        })
        .where('campaign_id', campaignId);
      return { replies: count(row?.replies), repliers: count(row?.repliers), stops: count(row?.stops) };
    },

    /** Clicks and previews per tracked link, and the recipients who clicked any of them. */
    async links(campaignId: number): Promise<{ perLink: LinkFigures[]; uniqueClicks: number }> {
      const rows: Record<string, unknown>[] = await knex(tables.shortLinks)
        .select({
          index: 'track_index',
          uniqueClicks: knex.raw('COUNT(DISTINCT CASE WHEN clicks > 0 THEN recipient_id END)'),
          totalClicks: knex.raw('SUM(clicks)'),
          previews: knex.raw('SUM(previews)'),
        })
        .where('campaign_id', campaignId)
        // A test send's links belong to no recipient: the report does not count them.
        .whereNotNull('recipient_id')
        .groupBy('track_index')
        .orderBy('track_index');
      const any: Record<string, unknown> | undefined = await knex(tables.shortLinks)
        .first({ n: knex.raw('COUNT(DISTINCT recipient_id)') })
        .where('campaign_id', campaignId)
        .where('clicks', '>', 0);
      return {
        perLink: rows.map((row) => ({
          index: count(row.index),
          uniqueClicks: count(row.uniqueClicks),
          totalClicks: count(row.totalClicks),
          previews: count(row.previews),
        })),
        uniqueClicks: count(any?.n),
      };
    },

    /** Submissions, deliveries and first clicks per bucket, by bucket start (epoch ms). */
    async timeline(campaignId: number, bucket: TimelineBucket) {
      const [submitted, delivered, clicks] = await Promise.all([
        perBucket(tables.recipients, 'submitted_at', campaignId, bucket),
        perBucket(tables.recipients, 'delivered_at', campaignId, bucket),
        perBucket(tables.shortLinks, 'first_click_at', campaignId, bucket),
      ]);
      return { submitted, delivered, clicks };
    },
  };
}

export type ReportStore = ReturnType<typeof reportStore>;
