import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { reportCsvQuerySchema, reportQuerySchema, reportRecipientsQuerySchema } from '../contracts';
import { getService } from '../utils';
import { idParam, parseOrThrow } from '../utils/parse';

const idOf = (ctx: Context): number => idParam(ctx.params.id, 'Campaign');

/** A campaign's report, its recipients and its CSV (issue 12). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => getService(strapi, 'reports');

  return {
    async report(ctx: Context) {
      const query = parseOrThrow(reportQuerySchema, ctx.query, 'Invalid query');
      ctx.body = { data: await reports().report(idOf(ctx), query) };
    },

    async recipients(ctx: Context) {
      const query = parseOrThrow(reportRecipientsQuerySchema, ctx.query, 'Invalid query');
      const { results, pagination } = await reports().recipients(idOf(ctx), query);
      ctx.body = { data: results, meta: { pagination } };
    },

    async csv(ctx: Context) {
      const query = parseOrThrow(reportCsvQuerySchema, ctx.query, 'Invalid query');
      const { filename, stream } = await reports().csv(idOf(ctx), query);
      ctx.attachment(filename);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = stream;
    },
  };
};
