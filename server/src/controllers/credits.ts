import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'credits').summary() };
  },

  async topUp(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'credits').topUp(ctx.request.body) };
  },

  async providers(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'providers').describe() };
  },
});
