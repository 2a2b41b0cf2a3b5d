import type { CampaignStatus } from '../core';
import type { CampaignStore, DispatchCampaign } from '../engine/dispatch-types';
import { jsonValue, type StoreContext } from './tables';

const COLUMNS = ['id', 'channel', 'kind', 'status', 'sender', 'audio'];

const toCampaign = (row: Record<string, unknown>): DispatchCampaign => ({
  id: Number(row.id),
  channel: row.channel as DispatchCampaign['channel'],
  kind: row.kind as DispatchCampaign['kind'],
  status: row.status as CampaignStatus,
  sender: (row.sender as string | null) || null,
  audioUrl: jsonValue<{ url?: string } | null>(row.audio, null)?.url ?? null,
});

/** Snake-case columns for the camelCase data the engine passes. */
const columnsOf = (data: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value])
  );

export function campaignStore({ knex, tables }: StoreContext): CampaignStore {
  const table = tables.campaigns;
  return {
    async due(now) {
      return (await knex(table).select(COLUMNS).where('status', 'scheduled').where('scheduled_at', '<=', now)).map(
        toCampaign
      );
    },
    async resumable(now) {
      return (
        await knex(table)
          .select(COLUMNS)
          .where({ status: 'paused', pause_reason: 'window' })
          .where('resume_at', '<=', now)
      ).map(toCampaign);
    },
    async sending() {
      return (await knex(table).select(COLUMNS).where('status', 'sending').orderBy('id')).map(toCampaign);
    },
    async consolidating() {
      const rows: Record<string, unknown>[] = await knex(table)
        .select([...COLUMNS, 'consolidating_at'])
        .where('status', 'consolidating');
      return rows.map((row) => ({
        ...toCampaign(row),
        consolidatingAt: row.consolidating_at ? new Date(row.consolidating_at as string | number) : null,
      }));
    },
    async transition(id, from, to, data) {
      const moved = await knex(table)
        .where('id', id)
        .whereIn('status', [...from])
        .update({ ...columnsOf(data), status: to, updated_at: new Date() });
      return moved === 1;
    },
    async status(id) {
      const row = await knex(table).first('status').where('id', id);
      return (row?.status as CampaignStatus | undefined) ?? null;
    },
  };
}
