import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  CAMPAIGN_STATUSES,
  campaignDraftSchema,
  campaignUpdateSchema,
  scheduleSchema,
  testSendSchema,
} from '../contracts';
import { getService } from '../utils';
import { idParam, parseOrThrow } from '../utils/parse';

const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  search: z.string().trim().max(200).optional(),
  status: z.enum(CAMPAIGN_STATUSES).optional(),
});

const idOf = (ctx: Context): number => idParam(ctx.params.id, 'Campaign');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const campaigns = () => getService(strapi, 'campaigns');

  return {
    async find(ctx: Context) {
      const query = parseOrThrow(listQuerySchema, ctx.query, 'Invalid query');
      const { results, pagination } = await campaigns().list(query);
      ctx.body = { data: results, meta: { pagination } };
    },

    async findOne(ctx: Context) {
      ctx.body = { data: await campaigns().details(idOf(ctx)) };
    },

    async create(ctx: Context) {
      ctx.status = 201;
      const input = parseOrThrow(campaignDraftSchema, ctx.request.body, 'Invalid campaign');
      ctx.body = { data: await campaigns().createDraft(input, ctx.state.user) };
    },

    async update(ctx: Context) {
      const input = parseOrThrow(campaignUpdateSchema, ctx.request.body, 'Invalid campaign');
      ctx.body = { data: await campaigns().update(idOf(ctx), input, ctx.state.user) };
    },

    async delete(ctx: Context) {
      ctx.body = { data: await campaigns().remove(idOf(ctx)) };
    },

    async send(ctx: Context) {
      const input = parseOrThrow(scheduleSchema, ctx.request.body ?? {}, 'Invalid schedule');
      ctx.body = { data: await campaigns().schedule(idOf(ctx), input) };
    },

    async test(ctx: Context) {
      const input = parseOrThrow(testSendSchema, ctx.request.body ?? {}, 'Invalid test');
      ctx.body = { data: await getService(strapi, 'testSends').send(idOf(ctx), input) };
    },

    async unschedule(ctx: Context) {
      ctx.body = { data: await campaigns().unschedule(idOf(ctx)) };
    },

    async pause(ctx: Context) {
      ctx.body = { data: await campaigns().pause(idOf(ctx)) };
    },

    async resume(ctx: Context) {
      ctx.body = { data: await campaigns().resume(idOf(ctx)) };
    },

    async cancel(ctx: Context) {
      ctx.body = { data: await campaigns().cancel(idOf(ctx)) };
    },
  };
};
