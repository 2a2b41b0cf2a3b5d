import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { idParam } from '../utils/parse';
import type { UploadedFile } from '../services/imports';

const importId = (ctx: Context) => idParam(ctx.params.id, 'Import');

/** The contact import wizard's routes: upload, format, analysis, start, progress, cancel. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const imports = () => getService(strapi, 'imports');

  return {
    async upload(ctx: Context) {
      const files = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files;
      ctx.status = 201;
      ctx.body = { data: await imports().upload(files?.files, ctx.state.user) };
    },
    async paste(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await imports().paste(ctx.request.body, ctx.state.user) };
    },
    async find(ctx: Context) {
      ctx.body = { data: await imports().active() };
    },
    async findOne(ctx: Context) {
      ctx.body = { data: await imports().findOne(importId(ctx)) };
    },
    async setFormat(ctx: Context) {
      ctx.body = { data: await imports().setFormat(importId(ctx), ctx.request.body) };
    },
    async analyse(ctx: Context) {
      ctx.body = { data: await imports().analyse(importId(ctx), ctx.request.body) };
    },
    async rejected(ctx: Context) {
      // `?locale=fr`: the admin's language, for the header and the reasons.
      const { filename, stream } = await imports().rejected(importId(ctx), ctx.query.locale);
      ctx.attachment(filename);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = stream;
    },
    async start(ctx: Context) {
      ctx.body = { data: await imports().start(importId(ctx), ctx.request.body, ctx.state.user) };
    },
    async cancel(ctx: Context) {
      ctx.body = { data: await imports().cancel(importId(ctx)) };
    },
  };
};
