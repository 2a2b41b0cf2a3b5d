import type { Core } from '@strapi/strapi';
import { ZodError } from 'zod';
import { CHANNELS, type Channel } from '../core';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../permissions';
import { assertGateway, createProviderRegistry } from '../providers/registry';
import type { GatewayProvider, ProviderContext, WebhookRequest } from '../providers/types';
import { getService } from '../utils';

export const WEBHOOK_KINDS = ['receipts', 'inbound'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/**
 * Holds one gateway per channel, created at bootstrap from the plugin config.
 * Apps can add their own provider in `register` with `register(name, module)`.
 */
const providersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = createProviderRegistry();
  const gateways = new Map<Channel, { name: string; gateway: GatewayProvider }>();

  const contextFor = (channel: Channel): ProviderContext => ({
    channel,
    onReceipt: (receipt) => getService(strapi, 'dispatcher').receipt(receipt),
    onInbound: (message) => getService(strapi, 'receipts').handleInbound(channel, message),
    logger: strapi.log,
  });

  return {
    register: registry.register,
    names: registry.names,

    async start() {
      const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
      const searchPaths = [strapi.dirs.app.root, __dirname];
      for (const channel of CHANNELS) {
        const { provider: name, providerOptions } = config.providers[channel];
        const module = registry.resolve(name, searchPaths);
        let created: unknown;
        try {
          created = await module.init(providerOptions, contextFor(channel));
        } catch (error) {
          throw new Error(`Mobile Campaigns provider "${name}" (${channel}) could not start: ${describeError(error)}`);
        }
        gateways.set(channel, { name, gateway: assertGateway(name, created) });
      }
    },

    get(channel: Channel): GatewayProvider {
      const entry = gateways.get(channel);
      if (!entry) throw new Error(`No Mobile Campaigns gateway is running for the ${channel} channel`);
      return entry.gateway;
    },

    /**
     * A gateway's webhook call: the gateway verifies and reads it (throwing `WebhookRejected`
     * when it must not be acted on), then each receipt and reply goes where push-style gateways
     * send theirs. Null when the channel's gateway takes no webhooks.
     */
    async handleWebhook(channel: Channel, kind: WebhookKind, request: Omit<WebhookRequest, 'kind'>) {
      const gateway = gateways.get(channel)?.gateway;
      if (!gateway?.parseWebhook) return null;
      const { receipts, inbound } = gateway.parseWebhook({ ...request, kind });
      const context = contextFor(channel);
      // Receipts join the dispatcher's batch in the order sent (the last one for a message wins),
      // and the call is answered once they are written.
      await Promise.all(receipts.map((receipt) => context.onReceipt(receipt)));
      for (const message of inbound) await context.onInbound(message);
      return { received: receipts.length + inbound.length };
    },

    /** What the admin shows about the gateways: names and balances when they tell. */
    async describe() {
      return Promise.all(
        [...gateways.entries()].map(async ([channel, { name, gateway }]) => ({
          channel,
          provider: name,
          balance: gateway.balance ? await gateway.balance().catch(() => null) : null,
        }))
      );
    },

    async stop() {
      const running = [...gateways.values()];
      gateways.clear();
      // The same gateway object may serve both channels; close each once.
      await Promise.all([...new Set(running.map((entry) => entry.gateway))].map((gateway) => gateway.close?.()));
    },
  };
};

/** Zod errors name the option that is wrong; other errors keep their message. */
const describeError = (error: unknown): string => {
  if (error instanceof ZodError) {
    return error.issues.map((issue) => `providerOptions.${issue.path.join('.')}: ${issue.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
};

export type ProvidersService = ReturnType<typeof providersService>;
export default providersService;
