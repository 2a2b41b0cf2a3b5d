import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import {
  audienceLineQuerySchema,
  audienceQuerySchema,
  campaignDraftSchema,
  campaignDuplicateSchema,
  campaignExportQuerySchema,
  campaignListQuerySchema,
  campaignUpdateSchema,
  scheduleSchema,
  testSendSchema,
} from '../contracts';
import { getService } from '../utils';
import { idParam, parseOrThrow } from '../utils/parse';

const idOf = (ctx: Context): number => idParam(ctx.params.id, 'Campaign');

/**
 * Only the keys the client sent: the update schema is the draft schema made partial, and zod 4
 * fills a partial field's default (`kind: 'marketing'`, `isProof: false`), which would overwrite
 * what an earlier step of the wizard saved.
 */
export const sentKeys = <T extends Record<string, unknown>>(parsed: T, body: unknown): Partial<T> => {
  const sent = body && typeof body === 'object' ? Object.keys(body) : [];
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => sent.includes(key))) as Partial<T>;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const campaigns = () => getService(strapi, 'campaigns');

  return {
    async find(ctx: Context) {
      const query = parseOrThrow(campaignListQuerySchema, ctx.query, 'Invalid query');
      const { results, pagination } = await getService(strapi, 'campaignList').list(query);
      ctx.body = { data: results, meta: { pagination } };
    },

    async authors(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'campaignList').authors() };
    },

    async export(ctx: Context) {
      // `locale` is the other exports' name for the same choice.
      const raw = ctx.query as Record<string, unknown>;
      const query = parseOrThrow(campaignExportQuerySchema, { ...raw, lang: raw.lang ?? raw.locale }, 'Invalid query');
      const { filename, stream } = getService(strapi, 'campaignList').exportCsv(query);
      ctx.attachment(filename);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = stream;
    },

    async audience(ctx: Context) {
      const query = parseOrThrow(audienceQuerySchema, ctx.request.body ?? {}, 'Invalid audience');
      ctx.body = { data: await getService(strapi, 'audienceSummary').summary(query) };
    },

    async audienceLine(ctx: Context) {
      const query = parseOrThrow(audienceLineQuerySchema, ctx.query, 'Invalid line');
      ctx.body = { data: await getService(strapi, 'audienceSummary').line(query) };
    },

    async estimate(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'estimates').estimate(idOf(ctx)) };
    },

    async findOne(ctx: Context) {
      ctx.body = { data: await campaigns().details(idOf(ctx)) };
    },

    async create(ctx: Context) {
      const input = parseOrThrow(campaignDraftSchema, ctx.request.body, 'Invalid campaign');
      const created = await campaigns().createDraft(input, ctx.state.user);
      ctx.status = 201;
      ctx.body = { data: created };
    },

    async update(ctx: Context) {
      const input = parseOrThrow(campaignUpdateSchema, ctx.request.body, 'Invalid campaign');
      ctx.body = { data: await campaigns().update(idOf(ctx), sentKeys(input, ctx.request.body), ctx.state.user) };
    },

    async duplicate(ctx: Context) {
      const input = parseOrThrow(campaignDuplicateSchema, ctx.request.body ?? {}, 'Invalid copy');
      const created = await campaigns().duplicate(idOf(ctx), input, ctx.state.user);
      ctx.status = 201;
      ctx.body = { data: created };
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
