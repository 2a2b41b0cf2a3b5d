import type { Knex } from 'knex';
import { insertValues, updateFromValues, type InsertType } from './bulk-update';
import { documentIds, type StoreContext } from './tables';

/** A recipient's tracked link to write at validation. */
export interface NewShortLink {
  code: string;
  url: string;
  /** Null for a test send's link. */
  recipientId: number | null;
  trackIndex: number;
}

/** What a redirect needs of a link. */
export interface ShortLinkTarget {
  id: number;
  url: string;
  campaignId: number | null;
  recipientId: number | null;
  trackIndex: number;
  /** The parsed target, worked out once per cached link (null: not a web page). */
  location?: string | null;
}

/** Clicks and previews gathered since the last flush, per link. */
export interface LinkCounts {
  id: number;
  recipientId: number | null;
  clicks: number;
  previews: number;
  firstClickAt: Date | null;
  lastClickAt: Date | null;
  firstPreviewAt: Date | null;
}

const COLUMNS: Record<string, InsertType> = {
  document_id: 'text',
  code: 'text',
  url: 'text',
  campaign_id: 'integer',
  recipient_id: 'integer',
  track_index: 'integer',
  clicks: 'integer',
  previews: 'integer',
  created_at: 'timestamp',
  updated_at: 'timestamp',
  published_at: 'timestamp',
};

/** Bound parameters per `IN (…)`: under every dialect's limit. */
const IN_CHUNK = 2000;

export function shortLinksStore({ tables, client, knex }: StoreContext) {
  return {
    /** The codes among these that some link already has. */
    async taken(trx: Knex | Knex.Transaction, codes: readonly string[]): Promise<Set<string>> {
      const taken = new Set<string>();
      for (let from = 0; from < codes.length; from += IN_CHUNK) {
        const rows: { code: string }[] = await trx(tables.shortLinks)
          .select('code')
          .whereIn('code', codes.slice(from, from + IN_CHUNK));
        for (const row of rows) taken.add(row.code);
      }
      return taken;
    },

    async insert(trx: Knex.Transaction, campaignId: number, links: readonly NewShortLink[]): Promise<void> {
      if (links.length === 0) return;
      const now = new Date();
      const nextId = documentIds('l');
      await insertValues(
        trx,
        client,
        tables.shortLinks,
        COLUMNS,
        links.map((link) => [
          nextId(),
          link.code,
          link.url,
          campaignId,
          link.recipientId,
          link.trackIndex,
          0,
          0,
          now,
          now,
          now,
        ])
      );
    },

    /** The links of these codes (at most a few hundred: the redirects waiting at one instant), by code. */
    async findMany(codes: readonly string[]): Promise<Map<string, ShortLinkTarget>> {
      const rows: Record<string, unknown>[] = await knex(tables.shortLinks)
        .select('id', 'code', 'url', 'campaign_id', 'recipient_id', 'track_index')
        .whereIn('code', codes);
      return new Map(
        rows.map((row) => [
          String(row.code),
          {
            id: Number(row.id),
            url: String(row.url),
            campaignId: row.campaign_id === null ? null : Number(row.campaign_id),
            recipientId: row.recipient_id === null ? null : Number(row.recipient_id),
            trackIndex: Number(row.track_index ?? 1),
          },
        ])
      );
    },

    /**
     * Adds the gathered counts in a few set-based statements: the links first, then their
     * recipients' click totals and first click (what the campaigns' figures read).
     */
    async addCounts(counts: readonly LinkCounts[]): Promise<void> {
      if (counts.length === 0) return;
      await knex.transaction(async (trx) => {
        await updateFromValues(
          trx,
          client,
          tables.shortLinks,
          {
            id: 'integer',
            clicks: 'integer',
            previews: 'integer',
            first_click_at: 'timestamp',
            last_click_at: 'timestamp',
            first_preview_at: 'timestamp',
          },
          counts.map((c) => [c.id, c.clicks, c.previews, c.firstClickAt, c.lastClickAt, c.firstPreviewAt]),
          {
            set: {
              clicks: 't.clicks + v.clicks',
              previews: 't.previews + v.previews',
              first_click_at: 'COALESCE(t.first_click_at, v.first_click_at)',
              last_click_at: 'COALESCE(v.last_click_at, t.last_click_at)',
              first_preview_at: 'COALESCE(t.first_preview_at, v.first_preview_at)',
            },
          }
        );
        const byRecipient = new Map<number, { clicks: number; first: Date | null }>();
        for (const c of counts) {
          if (c.recipientId === null || c.clicks === 0) continue;
          const seen = byRecipient.get(c.recipientId) ?? { clicks: 0, first: null };
          seen.clicks += c.clicks;
          if (c.firstClickAt && (!seen.first || c.firstClickAt < seen.first)) seen.first = c.firstClickAt;
          byRecipient.set(c.recipientId, seen);
        }
        if (byRecipient.size === 0) return;
        await updateFromValues(
          trx,
          client,
          tables.recipients,
          { id: 'integer', clicks: 'integer', first_click_at: 'timestamp' },
          [...byRecipient].map(([id, seen]) => [id, seen.clicks, seen.first]),
          { set: { clicks: 't.clicks + v.clicks', first_click_at: 'COALESCE(t.first_click_at, v.first_click_at)' } }
        );
      });
    },
  };
}

export type ShortLinksStore = ReturnType<typeof shortLinksStore>;
