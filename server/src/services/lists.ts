import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isListExpired, listExpiresAt, normalizeSearchText } from '../core';
import { listCreateSchema, listMergeSchema, listUpdateSchema, type ListQuery, type ListSummary } from '../contracts';
import { getService, uid } from '../utils';
import { parseOrThrow } from '../utils/parse';
import { tableOf } from '../utils/sql';
import { listSearchName } from './search-index';

const LIST = uid('list');
const ENTRY = uid('list-entry');
const OPT_OUT = uid('opt-out');

/**
 * The account's opt-out list: STOP replies land here. Created once, never deleted; its
 * `systemKey` is under a unique index, so two instances starting at once cannot create two.
 */
export const ACCOUNT_OPT_OUT_LIST = {
  name: 'Opt-outs (STOP)',
  kind: 'exclusion',
  system: true,
  systemKey: 'account-opt-out',
} as const;

/**
 * A list being imported takes no other change until the import ends: rows added meanwhile would
 * not be undone with it, and numbers could be added twice. The import locks the list with a
 * compare-and-set on its status (`services/import/prepare.ts`).
 */
export const listImportingError = () =>
  new errors.ApplicationError('The list is being imported; wait for the import to finish', {
    code: 'LIST_IMPORTING',
  });

export const assertNotImporting = (list: { status: string }) => {
  if (list.status === 'importing') throw listImportingError();
};

type ListRow = Omit<ListSummary, 'expiresAt' | 'excludedCount'> & { createdBy?: ListSummary['createdBy'] };

const AUTHOR = { createdBy: { select: ['id', 'firstname', 'lastname'] } };

/** Who asks to delete or merge away a list: only opt-out removers may drop an exclusion list's numbers. */
export interface ListActor {
  mayRemoveOptOuts: boolean;
}

/** Campaign statuses that still read their lists (DESIGN.md lifecycle): all but completed and cancelled. */
const FINISHED_STATUSES = ['completed', 'cancelled'];

const summary = (
  { searchName: _searchName, ...row }: ListRow & { searchName?: unknown },
  excluded: Map<number, number>
): ListSummary => ({
  ...row,
  createdBy: row.createdBy ?? null,
  expiresAt: listExpiresAt(row)?.toISOString() ?? null,
  excludedCount: excluded.get(row.id) ?? 0,
});

const listsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(LIST);

  /**
   * How many numbers of each contact list are excluded right now. Counted when shown rather than
   * stored, since a STOP reply or a new exclusion list changes it for every list at once.
   */
  const excludedCounts = async (rows: ListRow[]): Promise<Map<number, number>> => {
    const ids = rows.filter((row) => row.kind === 'contacts').map((row) => row.id);
    if (ids.length === 0) return new Map();
    const knex = strapi.db.connection;
    const counts: { listId: number; excluded: number | string }[] = await knex(tableOf(strapi, ENTRY))
      .select({ listId: 'list_id' })
      .countDistinct({ excluded: 'phone' })
      .whereIn('list_id', ids)
      .whereIn('phone', knex(tableOf(strapi, OPT_OUT)).select('phone'))
      .groupBy('list_id');
    return new Map(counts.map((row) => [Number(row.listId), Number(row.excluded)]));
  };

  const summaries = async (rows: ListRow[]) => {
    const excluded = await excludedCounts(rows);
    return rows.map((row) => summary(row, excluded));
  };

  const findOrFail = async (id: number): Promise<ListSummary> => {
    const row = (await query().findOne({ where: { id }, populate: AUTHOR })) as ListRow | null;
    if (!row) throw new errors.NotFoundError('List not found');
    return (await summaries([row]))[0];
  };

  /** The campaigns not finished yet that name a list, as contacts to send to or as exclusions. */
  const unfinishedCampaignsNaming = async (ids: number[]) => {
    const campaigns = (await strapi.db.query(uid('campaign')).findMany({
      select: ['id', 'name', 'listIds', 'exclusionListIds'],
      where: { status: { $notIn: FINISHED_STATUSES } },
    })) as { id: number; name: string; listIds: number[] | null; exclusionListIds: number[] | null }[];
    const wanted = new Set(ids);
    return campaigns.filter((campaign) =>
      [...(campaign.listIds ?? []), ...(campaign.exclusionListIds ?? [])].some((id) => wanted.has(id))
    );
  };

  /**
   * A list is deleted outright, or merged away (its rows move and the list is deleted): either way
   * the numbers leave it. The STOP list never goes; an exclusion list needs the opt-out removal
   * permission, since removing its numbers one by one does; a list that an unfinished campaign
   * names stays, or the campaign would send to numbers it excluded, or lose its audience.
   */
  const assertDisposable = async (list: ListSummary, actor: ListActor) => {
    if (list.system) {
      throw new errors.ApplicationError('The account opt-out list cannot be deleted or merged away', {
        code: 'LIST_SYSTEM',
      });
    }
    if (list.kind === 'exclusion' && !actor.mayRemoveOptOuts) {
      // A 403 with its details: Strapi's authorize step turns any other ForbiddenError thrown
      // below it into a bare "Forbidden", and lets only a PolicyError (a ForbiddenError) through.
      throw new errors.PolicyError('Deleting or merging away an exclusion list needs the opt-out removal permission', {
        code: 'OPT_OUTS_REMOVE_FORBIDDEN',
      });
    }
    const campaigns = await unfinishedCampaignsNaming([list.id]);
    if (campaigns.length > 0) {
      throw new errors.ApplicationError('A campaign that is not finished uses this list', {
        code: 'LIST_IN_USE',
        campaigns: campaigns.map(({ id, name }) => ({ id, name })),
      });
    }
  };

  return {
    findOne: findOrFail,

    async list({ page, pageSize, search, kind, status }: ListQuery) {
      const where: Record<string, unknown> = {};
      // Accents and case ignored: `noel` finds "Clients Noël".
      if (search) where.searchName = { $contains: normalizeSearchText(search) };
      if (kind) where.kind = kind;
      if (status) where.status = status;
      const { results, pagination } = await query().findPage({
        where,
        populate: AUTHOR,
        // The account opt-out list first, then the most recently changed.
        orderBy: [{ system: 'desc' }, { updatedAt: 'desc' }, { id: 'desc' }],
        page,
        pageSize,
      });
      return { results: await summaries(results as ListRow[]), pagination };
    },

    /** The stored values of a new list: the user's input over the account's retention setting. */
    async newListData(input: unknown, user?: { id: number }) {
      const data = parseOrThrow(listCreateSchema, input, 'Invalid list');
      const { listRetentionMonths } = await getService(strapi, 'settings').get();
      const persistence = data.persistence ?? (listRetentionMonths === null ? 'permanent' : 'expiring');
      const expiresAfterMonths = data.expiresAfterMonths ?? listRetentionMonths ?? 3;
      return {
        ...data,
        persistence,
        expiresAfterMonths,
        searchName: listSearchName(data.name),
        createdBy: user?.id,
        updatedBy: user?.id,
      };
    },

    async create(input: unknown, user?: { id: number }) {
      const row = await query().create({ data: { ...(await this.newListData(input, user)), status: 'active' } });
      return findOrFail(row.id);
    },

    async update(id: number, input: unknown, user?: { id: number }) {
      const data = parseOrThrow(listUpdateSchema, input, 'Invalid list');
      assertNotImporting(await findOrFail(id));
      const list = await findOrFail(id);
      if (list.system && data.name !== undefined && data.name !== list.name) {
        throw new errors.ApplicationError('The account opt-out list cannot be renamed', { code: 'LIST_SYSTEM' });
      }
      await query().update({
        where: { id },
        data: {
          ...data,
          ...(data.name !== undefined ? { searchName: listSearchName(data.name) } : {}),
          updatedBy: user?.id,
        },
      });
      return findOrFail(id);
    },

    /** Deletes the list and its rows; the contacts stay in the directory. */
    async remove(id: number, actor: ListActor) {
      const list = await findOrFail(id);
      if (list.system) {
        throw new errors.ApplicationError('The account opt-out list cannot be deleted', { code: 'LIST_SYSTEM' });
      }
      assertNotImporting(list);
      await assertDisposable(list, actor);
      await strapi.db.transaction(async () => {
        await strapi.db.query(ENTRY).deleteMany({ where: { listId: id } });
        await strapi.db.query(OPT_OUT).deleteMany({ where: { listId: id } });
        await query().delete({ where: { id } });
      });
      return list;
    },

    /** Moves the rows of another list into this one, skipping numbers it already has, then deletes the other. */
    async merge(targetId: number, input: unknown, actor: ListActor) {
      const { sourceListId } = parseOrThrow(listMergeSchema, input, 'Invalid merge');
      if (sourceListId === targetId) throw new errors.ValidationError('A list cannot be merged into itself');
      const [target, source] = await Promise.all([findOrFail(targetId), findOrFail(sourceListId)]);
      assertNotImporting(target);
      assertNotImporting(source);
      if (target.kind !== source.kind) {
        throw new errors.ValidationError('Only lists of the same kind can be merged');
      }
      await assertDisposable(source, actor);
      const knex = strapi.db.connection;
      await strapi.db.transaction(async ({ trx }) => {
        /** Drops the source rows whose number the target already has, then moves the others over. */
        const moveRows = async (table: string, extra: Record<string, unknown> = {}) => {
          // Through a derived table: MySQL refuses a subquery on the table a DELETE changes.
          const targetPhones = knex
            .select('phone')
            .from(knex(table).select('phone').where('list_id', targetId).whereNotNull('phone').as('target_phones'));
          await knex(table).transacting(trx).where('list_id', sourceListId).whereIn('phone', targetPhones).delete();
          await knex(table)
            .transacting(trx)
            .where('list_id', sourceListId)
            .update({ list_id: targetId, ...extra });
        };
        if (target.kind === 'exclusion') {
          await moveRows(tableOf(strapi, OPT_OUT));
        } else {
          const entries = tableOf(strapi, ENTRY);
          const [{ maxLine }] = await knex(entries)
            .transacting(trx)
            .where('list_id', targetId)
            .max({ maxLine: 'line' });
          await moveRows(entries, { line: knex.raw('line + ?', [Number(maxLine ?? 0)]) });
        }
        await knex(tableOf(strapi, LIST)).transacting(trx).where('id', sourceListId).delete();
      });
      // The moved rows keep their fields: the list shows them from now on.
      if (target.kind === 'contacts') await this.addFields(targetId, source.fields ?? []);
      await this.recount(targetId);
      return findOrFail(targetId);
    },

    /** Adds fields (columns) a list's rows now carry, after those it has. */
    async addFields(id: number, fields: string[]) {
      const list = (await query().findOne({ select: ['id', 'fields'], where: { id } })) as {
        fields: string[] | null;
      } | null;
      if (!list) throw new errors.NotFoundError('List not found');
      const current = list.fields ?? [];
      const added = fields.filter((field) => !current.includes(field));
      if (added.length > 0) await query().update({ where: { id }, data: { fields: [...current, ...added] } });
    },

    /** Recomputes the counters shown in the lists table from the rows themselves. */
    async recount(id: number) {
      const knex = strapi.db.connection;
      const list = (await query().findOne({ select: ['id', 'kind'], where: { id } })) as { kind: string } | null;
      if (!list) throw new errors.NotFoundError('List not found');
      if (list.kind === 'exclusion') {
        const [{ total }] = await knex(tableOf(strapi, OPT_OUT)).where('list_id', id).count({ total: '*' });
        await query().update({ where: { id }, data: { contactCount: Number(total) } });
        return;
      }
      const [{ valid, invalid }] = await knex(tableOf(strapi, ENTRY))
        .where('list_id', id)
        .select(
          knex.raw('SUM(CASE WHEN valid THEN 1 ELSE 0 END) AS valid'),
          knex.raw('SUM(CASE WHEN valid THEN 0 ELSE 1 END) AS invalid')
        );
      await query().update({
        where: { id },
        data: { contactCount: Number(valid ?? 0), invalidCount: Number(invalid ?? 0) },
      });
    },

    /**
     * The seeds' purge: contact lists left unused for their persistence period are deleted (their
     * contacts stay in the directory). A list that a campaign still refers to is kept. Idempotent,
     * so every Strapi instance may run it.
     */
    async purgeExpired(now = new Date()) {
      const candidates = (await query().findMany({
        select: ['id', 'persistence', 'expiresAfterMonths', 'lastUsedAt', 'createdAt', 'system'],
        where: { kind: 'contacts', persistence: 'expiring', status: { $ne: 'importing' } },
      })) as ListRow[];
      const expired = candidates.filter((list) => isListExpired(list, now));
      if (expired.length === 0) return { purged: [] as number[] };
      const campaigns = await unfinishedCampaignsNaming(expired.map((list) => list.id));
      const inUse = new Set(campaigns.flatMap((campaign) => campaign.listIds ?? []));
      const purged = expired.map((list) => list.id).filter((id) => !inUse.has(id));
      await strapi.db.transaction(async () => {
        await strapi.db.query(ENTRY).deleteMany({ where: { listId: { $in: purged } } });
        await query().deleteMany({ where: { id: { $in: purged } } });
      });
      return { purged };
    },

    /** The account opt-out list, created on first use; safe to call from several instances at once. */
    async accountOptOutList(): Promise<{ id: number }> {
      const { systemKey } = ACCOUNT_OPT_OUT_LIST;
      const find = async () =>
        (await query().findOne({ select: ['id'], where: { systemKey } })) as { id: number } | null;
      const existing = await find();
      if (existing) return existing;
      // A database from before `systemKey`: its STOP list is adopted rather than doubled.
      const legacy = (await query().findOne({
        select: ['id'],
        where: { kind: 'exclusion', system: true, systemKey: { $null: true } },
        orderBy: { id: 'asc' },
      })) as { id: number } | null;
      try {
        if (legacy) await query().update({ where: { id: legacy.id }, data: { systemKey } });
        else await query().create({ data: { ...ACCOUNT_OPT_OUT_LIST, status: 'active', persistence: 'permanent' } });
      } catch (error) {
        // Another instance won the unique index on system_key; its row is read below.
        if (!(await find())) throw error;
      }
      return (await find())!;
    },
  };
};

export type ListsService = ReturnType<typeof listsService>;
export default listsService;
