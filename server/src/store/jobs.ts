import type { Core } from '@strapi/strapi';
import type { JobData, JobStore } from '../engine/jobs';

/**
 * A job store over a content type of the plugin with a `status` and a heartbeat column, through
 * the Query Engine (which joins the surrounding `strapi.db.transaction`, if any).
 */
export function createJobStore<S extends string>(
  strapi: Core.Strapi,
  uid: Parameters<Core.Strapi['db']['query']>[0],
  { heartbeat = 'heartbeatAt' }: { heartbeat?: string } = {}
): JobStore<S> {
  const query = () => strapi.db.query(uid);
  return {
    async transition(id, from, to, data) {
      const { count } = await query().updateMany({
        where: { id, status: { $in: [...from] } },
        data: { ...data, status: to, [heartbeat]: new Date() },
      });
      return count === 1;
    },
    async status(id) {
      const row = (await query().findOne({ select: ['status'], where: { id } })) as { status: S } | null;
      return row?.status ?? null;
    },
    async beat(id, data: JobData) {
      await query().update({ where: { id }, data: { ...data, [heartbeat]: new Date() } });
    },
    async beatMany(ids, statuses) {
      if (ids.length === 0) return;
      await query().updateMany({
        where: { id: { $in: [...ids] }, status: { $in: [...statuses] } },
        data: { [heartbeat]: new Date() },
      });
    },
    async stale(statuses, before) {
      return (await query().findMany({
        select: ['id', 'status'],
        where: { status: { $in: [...statuses] }, [heartbeat]: { $lt: before } },
      })) as { id: number; status: S }[];
    },
  };
}
