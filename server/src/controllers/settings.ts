import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../permissions';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** What the host's config decides instead of these settings (shown read-only in Settings). */
  const meta = async () => {
    const own = strapi.plugin(PLUGIN_ID).config('sendingWindows') as PluginConfig['sendingWindows'];
    return {
      sendingWindows: { sms: own?.sms ?? null, voice: own?.voice ?? null },
      shortLinks: await getService(strapi, 'tracking').describe(),
    };
  };

  return {
    async get(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'settings').get(), meta: await meta() };
    },

    /**
     * The same settings for whoever writes campaigns: the wizard needs the short code of the STOP
     * mention, the maximum segments, the default sender and the time zone, and an editor is rarely
     * allowed to change settings. Nothing in them is secret.
     */
    async forCampaigns(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'settings').get(), meta: await meta() };
    },

    async update(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'settings').update(ctx.request.body), meta: await meta() };
    },
  };
};
