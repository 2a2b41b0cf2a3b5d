import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { entryQuerySchema, excludeEntrySchema, listQuerySchema } from '../contracts';
import { PERMISSIONS } from '../permissions';
import type { ListActor } from '../services/lists';
import { getService } from '../utils';
import { exportLocale, idParam, parseOrThrow } from '../utils/parse';

const listId = (ctx: Context) => idParam(ctx.params.id, 'List');

/**
 * The route checks `contacts.manage`; whether the list is an exclusion list is only known once it
 * is read, so the service decides with what the caller's role may do (set by Strapi's admin auth).
 */
const actor = (ctx: Context): ListActor => ({
  mayRemoveOptOuts: Boolean(ctx.state.userAbility?.can(PERMISSIONS.removeOptOuts)),
});
const entryId = (ctx: Context) => idParam(ctx.params.entryId, 'Contact');

/** Lists, their rows and, for exclusion lists, their numbers. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const lists = () => getService(strapi, 'lists');
  const entries = () => getService(strapi, 'entries');
  const optOuts = () => getService(strapi, 'optOuts');

  return {
    async find(ctx: Context) {
      const { results, pagination } = await lists().list(parseOrThrow(listQuerySchema, ctx.query, 'Invalid query'));
      ctx.body = { data: results, meta: { pagination } };
    },
    async findOne(ctx: Context) {
      ctx.body = { data: await lists().findOne(listId(ctx)) };
    },
    async create(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await lists().create(ctx.request.body, ctx.state.user) };
    },
    async update(ctx: Context) {
      ctx.body = { data: await lists().update(listId(ctx), ctx.request.body, ctx.state.user) };
    },
    async delete(ctx: Context) {
      ctx.body = { data: await lists().remove(listId(ctx), actor(ctx)) };
    },
    async export(ctx: Context) {
      const { filename, stream } = await getService(strapi, 'exports').list(listId(ctx), exportLocale(ctx));
      ctx.attachment(filename);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = stream;
    },
    async merge(ctx: Context) {
      ctx.body = { data: await lists().merge(listId(ctx), ctx.request.body, actor(ctx)) };
    },

    async findEntries(ctx: Context) {
      const query = parseOrThrow(entryQuerySchema, ctx.query, 'Invalid query');
      const { results, pagination } = await entries().list(listId(ctx), query);
      ctx.body = { data: results, meta: { pagination } };
    },
    async createEntry(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await entries().add(listId(ctx), ctx.request.body) };
    },
    async updateEntry(ctx: Context) {
      ctx.body = { data: await entries().update(listId(ctx), entryId(ctx), ctx.request.body) };
    },
    async deleteEntry(ctx: Context) {
      ctx.body = { data: await entries().remove(listId(ctx), entryId(ctx)) };
    },
    async excludeEntry(ctx: Context) {
      const { exclusionListId } = parseOrThrow(excludeEntrySchema, ctx.request.body ?? {}, 'Invalid exclusion');
      ctx.body = { data: await entries().exclude(listId(ctx), entryId(ctx), exclusionListId) };
    },

    async findOptOuts(ctx: Context) {
      const query = parseOrThrow(entryQuerySchema, ctx.query, 'Invalid query');
      const { results, pagination } = await optOuts().list(listId(ctx), query);
      ctx.body = { data: results, meta: { pagination } };
    },
    async addOptOuts(ctx: Context) {
      ctx.body = { data: await optOuts().addNumbers(listId(ctx), ctx.request.body) };
    },
    async deleteOptOut(ctx: Context) {
      ctx.body = { data: await optOuts().remove(idParam(ctx.params.id, 'Number')) };
    },
  };
};
