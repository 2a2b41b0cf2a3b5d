import type { Channel } from '../core';
import type { GatewayProvider, OutboundMessage, SubmitResult } from '../providers/types';
import { createErrorBudget } from './budget';
import type { ClaimedRecipient, DispatchCampaign, DispatcherOptions } from './dispatch-types';
import { CAMPAIGN_MACHINE } from './machines';
import { classify } from './outcomes';
import { createPace, sleep } from './pace';

/**
 * The dispatcher of one instance. `tick` only looks for due work and claims it atomically
 * (every instance ticks; a transition is a compare-and-set); each campaign being sent is driven
 * by a loop that claims a batch, submits it and records the outcome, and asks between batches
 * whether to go on (pause, cancel and the sending window take effect within one batch).
 */
export function createDispatcher(options: DispatcherOptions) {
  const { queue, consolidation, window, owner, log, config } = options;
  /** Transitions the campaign table draws, applied as compare-and-set by the store. */
  const campaigns = {
    ...options.campaigns,
    transition: async (...[id, from, to, data]: Parameters<typeof options.campaigns.transition>) => {
      CAMPAIGN_MACHINE.assert(from, to);
      return options.campaigns.transition(id, from, to, data);
    },
  };
  const now = options.now ?? (() => new Date());
  const driving = new Map<number, { controller: AbortController; done: Promise<void> }>();
  const paces = new Map<Channel, ReturnType<typeof createPace>>();
  let ticking: Promise<void> | null = null;
  let stopped = false;

  const paceOf = (channel: Channel) => {
    let pace = paces.get(channel);
    if (!pace) paces.set(channel, (pace = createPace(config.rate[channel] ?? 0)));
    return pace;
  };

  const message = (campaign: DispatchCampaign, recipient: ClaimedRecipient): OutboundMessage => ({
    id: String(recipient.id),
    channel: campaign.channel,
    to: recipient.phone,
    ...(campaign.sender ? { from: campaign.sender } : {}),
    ...(campaign.channel === 'sms'
      ? { text: recipient.text ?? '', encoding: recipient.encoding ?? 'GSM-7', segments: recipient.segments }
      : { audioUrl: campaign.audioUrl ?? undefined }),
  });

  /** Submits a batch, keeping its lease while the gateway works. */
  const submit = async (gateway: GatewayProvider, campaign: DispatchCampaign, batch: ClaimedRecipient[]) => {
    const ids = batch.map((recipient) => recipient.id);
    const keeper = setInterval(
      () => void queue.extend(ids, owner, config.leaseMs).catch(() => undefined),
      Math.max(50, Math.floor(config.leaseMs / 3))
    );
    try {
      return await gateway.send(batch.map((recipient) => message(campaign, recipient)));
    } catch (error) {
      // A provider that throws has not said which messages went: all of them are unknown.
      log.error(`[mobile-campaigns] Campaign ${campaign.id}: the gateway failed: ${String(error)}`);
      return [] as SubmitResult[];
    } finally {
      clearInterval(keeper);
    }
  };

  async function drive(campaign: DispatchCampaign, signal: AbortSignal) {
    const gateway = options.gateway(campaign.channel);
    const budget = createErrorBudget(config.errorBudget);
    let backoff = 0;
    for (let round = 0; round < 10_000_000 && !signal.aborted; round++) {
      // The rate limit is waited for before anything is claimed: a lane waiting its turn holds no
      // rows, so a pause, a cancel or the window's close seen after the wait stops it cleanly.
      const pace = paceOf(campaign.channel);
      const size = pace.batchOf(config.batchSize);
      if (!(await pace.take(size, signal))) return;
      if ((await campaigns.status(campaign.id)) !== 'sending') return;
      const at = now();
      if (campaign.kind === 'marketing' && !(await window.isOpen(campaign, at))) {
        const resumeAt = await window.nextOpening(campaign, at);
        if (
          await campaigns.transition(campaign.id, ['sending'], 'paused', {
            pausedAt: at,
            pauseReason: 'window',
            resumeAt,
          })
        ) {
          log.info(`[mobile-campaigns] Campaign ${campaign.id} paused: the sending window closed`);
        }
        return;
      }
      const batch = await queue.claim(campaign.id, owner, size, config.leaseMs);
      // The wait was for a whole batch: what was not claimed goes back, or a short last batch
      // would leave the campaign waiting for messages it will never send.
      pace.refund(size - batch.length);
      if (batch.length === 0) {
        const { queued, submitting } = await queue.pending(campaign.id);
        if (queued === 0 && submitting === 0) {
          await campaigns.transition(campaign.id, ['sending', 'paused'], 'consolidating', { consolidatingAt: now() });
        }
        return;
      }
      const outcome = classify(batch, await submit(gateway, campaign, batch));
      await queue.record(outcome, owner);
      let spent: string | null = null;
      for (const failed of outcome.failures) spent ??= budget.record(failed);
      // A whole round refused for now counts once: throttling that never ends pauses too.
      if (outcome.requeued.length > 0 && outcome.submitted.length === 0) spent ??= budget.record(true);
      if (spent) {
        if (
          await campaigns.transition(campaign.id, ['sending'], 'paused', {
            pausedAt: now(),
            pauseReason: 'errors',
            pauseDetail: spent,
          })
        ) {
          log.warn(`[mobile-campaigns] Campaign ${campaign.id} paused: ${spent}`);
        }
        return;
      }
      if (outcome.requeued.length > 0) {
        backoff = Math.min(config.retry.maxMs, backoff === 0 ? config.retry.initialMs : backoff * 2);
        await sleep(Math.max(backoff, outcome.retryAfterMs), signal);
      } else backoff = 0;
    }
  }

  const launch = (campaign: DispatchCampaign) => {
    const controller = new AbortController();
    // Each lane ends on its own (an error ends that lane only); the campaign is released when all have.
    const lanes = Array.from({ length: Math.max(1, config.lanes) }, () =>
      drive(campaign, controller.signal).catch((error: unknown) =>
        log.error(`[mobile-campaigns] Campaign ${campaign.id}: ${String(error)}`)
      )
    );
    const done = Promise.all(lanes)
      .then(() => undefined)
      .finally(() => {
        driving.delete(campaign.id);
        // More may be due (the campaign finished its queue, or stopped for a moment).
        if (!stopped) setImmediate(() => void api.tick());
      });
    driving.set(campaign.id, { controller, done });
  };

  async function runTick() {
    const at = now();
    for (const campaign of await campaigns.due(at)) {
      if (campaign.kind === 'marketing' && !(await window.isOpen(campaign, at))) continue;
      await campaigns.transition(campaign.id, ['scheduled'], 'sending', { startedAt: at });
    }
    for (const campaign of await campaigns.resumable(at)) {
      if (!(await window.isOpen(campaign, at))) continue;
      await campaigns.transition(campaign.id, ['paused'], 'sending', {
        pausedAt: null,
        pauseReason: null,
        resumeAt: null,
      });
    }
    for (const campaign of await campaigns.sending()) {
      if (stopped || driving.size >= config.maxConcurrentCampaigns) break;
      if (!driving.has(campaign.id)) launch(campaign);
    }
    await consolidation.recoverLeases(at);
    await consolidation.settleUnknown(new Date(at.getTime() - config.unknownGraceMs));
    await consolidation.settleCancelled();
    for (const campaign of await campaigns.consolidating()) {
      const since = campaign.consolidatingAt?.getTime() ?? at.getTime();
      const expired = at.getTime() - since >= config.consolidationMs;
      if (expired || (await consolidation.allFinal(campaign.id))) await consolidation.finish(campaign.id, expired);
    }
  }

  const api = {
    /** One look for due work; overlapping calls share the running one. */
    tick(): Promise<void> {
      if (stopped) return Promise.resolve();
      ticking ??= runTick()
        .catch((error: unknown) => log.error(`[mobile-campaigns] Dispatch tick failed: ${String(error)}`))
        .finally(() => (ticking = null));
      return ticking;
    },

    isDriving: (campaignId: number) => driving.has(campaignId),

    /** Strapi is stopping: loops stop after the batch they are in (its outcome is recorded). */
    async stop() {
      stopped = true;
      for (const task of driving.values()) task.controller.abort();
      await Promise.all([...driving.values()].map((task) => task.done));
      await ticking;
    },
  };
  return api;
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
