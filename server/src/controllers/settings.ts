import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async get(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },

  async update(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'settings').update(ctx.request.body) };
  },
});
