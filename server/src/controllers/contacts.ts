import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { entryQuerySchema } from '../contracts';
import { getService } from '../utils';
import { exportLocale, idParam, parseOrThrow } from '../utils/parse';

const contactId = (ctx: Context) => idParam(ctx.params.id, 'Contact');

/** The contact directory and its attributes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const contacts = () => getService(strapi, 'contacts');
  const attributes = () => getService(strapi, 'attributes');

  return {
    async find(ctx: Context) {
      const { results, pagination } = await contacts().list(parseOrThrow(entryQuerySchema, ctx.query, 'Invalid query'));
      ctx.body = { data: results, meta: { pagination } };
    },
    async findOne(ctx: Context) {
      ctx.body = { data: await contacts().findOne(contactId(ctx)) };
    },
    async create(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await contacts().create(ctx.request.body) };
    },
    async update(ctx: Context) {
      ctx.body = { data: await contacts().update(contactId(ctx), ctx.request.body) };
    },
    async delete(ctx: Context) {
      ctx.body = { data: await contacts().remove(contactId(ctx)) };
    },
    async export(ctx: Context) {
      const { filename, stream } = await getService(strapi, 'exports').contacts(exportLocale(ctx));
      ctx.attachment(filename);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = stream;
    },
    async deletionImpact(ctx: Context) {
      const { contacts: count, lists } = await contacts().deletionImpact(ctx.request.body);
      ctx.body = { data: { contacts: count, lists } };
    },
    async deleteMany(ctx: Context) {
      ctx.body = { data: await contacts().removeMany(ctx.request.body) };
    },
    async addToList(ctx: Context) {
      ctx.body = { data: await contacts().addToList(ctx.request.body) };
    },
    async createList(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await contacts().createList(ctx.request.body, ctx.state.user) };
    },

    async findAttributes(ctx: Context) {
      ctx.body = { data: await attributes().list() };
    },
    async createAttribute(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await attributes().create(ctx.request.body) };
    },
    async updateAttribute(ctx: Context) {
      ctx.body = { data: await attributes().update(idParam(ctx.params.id, 'Attribute'), ctx.request.body) };
    },
    async deleteAttribute(ctx: Context) {
      ctx.body = { data: await attributes().remove(idParam(ctx.params.id, 'Attribute')) };
    },
  };
};
