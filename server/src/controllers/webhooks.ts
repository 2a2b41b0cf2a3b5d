import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { CHANNELS } from '../core';
import { isWebhookRejection } from '../providers/webhook-rejected';
import { WEBHOOK_KINDS } from '../services/providers';
import { getService } from '../utils';
import { rawBodyOf } from '../utils/raw-body';

const paramsSchema = z.object({
  channel: z.enum(CHANNELS as [string, ...string[]]).transform((value) => value as (typeof CHANNELS)[number]),
  kind: z.enum(WEBHOOK_KINDS),
});

/**
 * Public and unauthenticated by nature (a gateway has no admin session): the provider's
 * signature check is the only gate, so a rejected call stops here and changes nothing.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async receive(ctx: Context) {
    const params = paramsSchema.safeParse(ctx.params);
    if (!params.success) throw new errors.NotFoundError('No such webhook');
    const { channel, kind } = params.data;

    let result: { received: number } | null;
    try {
      result = await getService(strapi, 'providers').handleWebhook(channel, kind, {
        headers: ctx.request.headers,
        body: (ctx.request as { body?: unknown }).body,
        rawBody: await rawBodyOf(ctx),
      });
    } catch (error) {
      if (!isWebhookRejection(error)) throw error;
      // The reason only: the body may hold phone numbers and message text.
      strapi.log.warn(`[mobile-campaigns] webhook ${channel}/${kind} rejected (${error.status}): ${error.reason}`);
      // Not thrown: Strapi's authorize step turns an UnauthorizedError from a handler into a bare
      // "Unauthorized", and the gateway's operator needs the reason (stale clock, wrong secret).
      if (error.status === 401) return ctx.unauthorized(`Webhook rejected: ${error.reason}`);
      throw new errors.ValidationError(`Webhook rejected: ${error.reason}`);
    }
    if (!result) throw new errors.NotFoundError(`The ${channel} gateway takes no webhooks`);
    ctx.body = result;
  },
});
