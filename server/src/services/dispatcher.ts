import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  compileSendingWindow,
  isInSendingWindow,
  nextSendingSlot,
  SENDING_WINDOW_PRESETS,
  type SendingWindow,
} from '../core';
import type { PluginConfig } from '../config';
import type { DispatchCampaign, DispatchConfig } from '../engine/dispatch-types';
import { createDispatcher, type Dispatcher } from '../engine/dispatcher';
import { createReceiptSink, type ReceiptSink } from '../engine/receipt-sink';
import { PLUGIN_ID } from '../permissions';
import type { DeliveryReceipt } from '../providers/types';
import { campaignStore } from '../store/campaigns';
import { consolidationStore } from '../store/consolidation';
import { recipientQueue } from '../store/queue';
import { receiptStore } from '../store/receipts';
import { retryOnConflict, storeContext } from '../store/tables';
import { getService } from '../utils';

export const DEFAULT_TICK_MS = 2000;

const defaults = (config: PluginConfig['dispatch'], client: string): DispatchConfig => ({
  batchSize: config?.batchSize ?? 200,
  leaseMs: config?.leaseMs ?? 60_000,
  lanes: config?.lanes ?? 3,
  rate: { sms: config?.rate?.sms ?? 0, voice: config?.rate?.voice ?? 0 },
  // SQLite has one writer: one campaign at a time per instance.
  maxConcurrentCampaigns: client === 'sqlite' ? 1 : (config?.maxConcurrentCampaigns ?? 4),
  consolidationMs: (config?.consolidationHours ?? 48) * 3_600_000,
  unknownGraceMs: config?.unknownGraceMs ?? 15 * 60_000,
  errorBudget: {
    maxConsecutive: config?.errorBudget?.maxConsecutive ?? 100,
    window: config?.errorBudget?.window ?? 500,
    maxRate: config?.errorBudget?.maxRate ?? 0.5,
  },
  retry: { initialMs: 1000, maxMs: 60_000 },
});

/**
 * The dispatch engine in this Strapi instance: the Strapi-side stores, the gateways, the sending
 * window from the settings, and the tick. Every instance runs one; they share the work through
 * the database.
 */
const dispatcherService = ({ strapi }: { strapi: Core.Strapi }) => {
  let dispatcher: Dispatcher | null = null;
  let sink: ReceiptSink | null = null;
  /** Ids of test messages: their receipts name no recipient and are dropped quietly. */
  const ignored = new Map<string, number>();
  const owner = `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(3).toString('hex')}`;

  const windowOf = async (campaign: Pick<DispatchCampaign, 'channel'>): Promise<SendingWindow> => {
    const settings = await getService(strapi, 'settings').get();
    const preset = campaign.channel === 'voice' ? settings.voiceWindowPreset : settings.smsWindowPreset;
    const own = (strapi.plugin(PLUGIN_ID).config('sendingWindows') as PluginConfig['sendingWindows'])?.[
      campaign.channel
    ];
    return compileWindow({
      ...(own ?? SENDING_WINDOW_PRESETS[preset]),
      timeZone: settings.timeZone,
      holidayRegion: settings.holidayRegion as SendingWindow['holidayRegion'],
    });
  };

  return {
    owner,
    /** The sending window that applies to a channel's marketing campaigns, from the settings. */
    windowFor: (channel: DispatchCampaign['channel']) => windowOf({ channel }),

    tickMs(): number {
      const config = strapi.plugin(PLUGIN_ID).config('dispatch') as PluginConfig['dispatch'];
      return config?.tickMs ?? DEFAULT_TICK_MS;
    },

    start() {
      const context = storeContext(strapi);
      const config = strapi.plugin(PLUGIN_ID).config('dispatch') as PluginConfig['dispatch'];
      const receipts = receiptStore(context);
      const queue = recipientQueue(context);
      sink = createReceiptSink({
        apply: (batch) =>
          retryOnConflict(() => receipts.apply(batch.filter((receipt) => !ignored.has(receipt.providerMessageId)))),
        flushEveryMs: 50,
        maxBatch: 500,
        parkMs: 120_000,
        retryParkedEveryMs: 1000,
        onDropped: (receipt: DeliveryReceipt) => {
          if (ignored.delete(receipt.providerMessageId)) return;
          strapi.log.warn(`[mobile-campaigns] A receipt for unknown message ${receipt.providerMessageId} was dropped`);
        },
        onError: (error) => strapi.log.error(`[mobile-campaigns] Receipts could not be written: ${String(error)}`),
      });
      dispatcher = createDispatcher({
        campaigns: campaignStore(context),
        queue: { ...queue, record: (outcome, by) => queue.record(outcome, by).then(() => sink?.retryParked()) },
        consolidation: consolidationStore(context),
        window: {
          isOpen: async (campaign, at) => isInSendingWindow(at, await windowOf(campaign)),
          nextOpening: async (campaign, at) => nextSendingSlot(at, await windowOf(campaign)),
        },
        gateway: (channel) => getService(strapi, 'providers').get(channel),
        owner,
        log: strapi.log,
        config: defaults(config, context.client),
      });
    },

    /** Receipts from push gateways (SMPP, the simulator) and webhooks. */
    receipt(receipt: DeliveryReceipt): Promise<void> {
      if (!sink) return Promise.reject(new Error('The dispatcher is not running'));
      return sink.add(receipt);
    },

    /** Test sends: their receipts are expected to match nothing. */
    ignoreReceipts(ids: string[]) {
      const now = Date.now();
      for (const [id, at] of ignored) if (now - at > 3_600_000) ignored.delete(id);
      for (const id of ids) if (ignored.size < 10_000) ignored.set(id, now);
    },

    /** Looks for due work now (a campaign was just validated or resumed here). */
    wake() {
      void dispatcher?.tick();
    },

    tick: () => dispatcher?.tick() ?? Promise.resolve(),

    async stop() {
      await dispatcher?.stop();
      await sink?.close();
      dispatcher = null;
    },
  };
};

/** Compiled windows are cached by identity in core; one object per distinct setting keeps that cache useful. */
const windows = new Map<string, SendingWindow>();
const compileWindow = (window: SendingWindow): SendingWindow => {
  const key = JSON.stringify(window);
  let found = windows.get(key);
  if (!found) {
    found = window;
    compileSendingWindow(found);
    windows.set(key, found);
  }
  return found;
};

export type DispatcherService = ReturnType<typeof dispatcherService>;
export default dispatcherService;
