import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { CAMPAIGN_KINDS, CHANNELS, templateInputSchema, templateUpdateSchema } from '../contracts';
import { getService } from '../utils';
import { idParam, parseOrThrow } from '../utils/parse';
import { sentKeys } from './campaigns';

const listQuerySchema = z.object({
  channel: z.enum(CHANNELS).optional(),
  kind: z.enum(CAMPAIGN_KINDS).optional(),
});

const idOf = (ctx: Context): number => idParam(ctx.params.id, 'Template');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const templates = () => getService(strapi, 'templates');

  return {
    async find(ctx: Context) {
      const query = parseOrThrow(listQuerySchema, ctx.query, 'Invalid query');
      ctx.body = { data: await templates().list(query) };
    },

    async create(ctx: Context) {
      const input = parseOrThrow(templateInputSchema, ctx.request.body, 'Invalid template');
      const created = await templates().create(input);
      ctx.status = 201;
      ctx.body = { data: created };
    },

    async update(ctx: Context) {
      const input = parseOrThrow(templateUpdateSchema, ctx.request.body, 'Invalid template');
      ctx.body = { data: await templates().update(idOf(ctx), sentKeys(input, ctx.request.body)) };
    },

    async delete(ctx: Context) {
      ctx.body = { data: await templates().remove(idOf(ctx)) };
    },
  };
};
