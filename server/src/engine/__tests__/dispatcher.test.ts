import type { CampaignStatus } from '../../core';
import type { GatewayProvider, OutboundMessage, SubmitResult } from '../../providers/types';
import type { BatchOutcome, ClaimedRecipient, DispatchCampaign, DispatchConfig } from '../dispatch-types';
import { createDispatcher } from '../dispatcher';

interface Row extends ClaimedRecipient {
  state: 'queued' | 'submitting' | 'submitted' | 'unknown' | 'done';
  statusCode: number;
  providerMessageId?: string;
}

/** The stores in memory, with the semantics of the database ones. */
const world = (count: number, campaign: Partial<DispatchCampaign> = {}) => {
  const state = {
    campaign: {
      id: 1,
      channel: 'sms',
      kind: 'notification',
      status: 'sending',
      sender: null,
      ...campaign,
    } as DispatchCampaign & {
      pauseReason?: string;
      pauseDetail?: string;
      resumeAt?: Date | null;
    },
    rows: Array.from(
      { length: count },
      (_, i): Row => ({
        id: i + 1,
        phone: `+3361000${String(i).padStart(4, '0')}`,
        text: 'Hi',
        encoding: 'GSM-7',
        segments: 1,
        state: 'queued',
        statusCode: 1,
      })
    ),
    windowOpen: true,
    finished: 0,
  };
  const config: DispatchConfig = {
    batchSize: 10,
    leaseMs: 60_000,
    lanes: 1,
    rate: {},
    maxConcurrentCampaigns: 1,
    consolidationMs: 3_600_000,
    unknownGraceMs: 0,
    errorBudget: { maxConsecutive: 5, window: 100, maxRate: 0.9 },
    retry: { initialMs: 1, maxMs: 5 },
  };
  const options = (gateway: GatewayProvider) => ({
    owner: 'test',
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    config,
    gateway: () => gateway,
    window: {
      isOpen: async () => state.windowOpen,
      nextOpening: async () => new Date(Date.now() + 60_000),
    },
    campaigns: {
      due: async () => [],
      resumable: async () =>
        state.campaign.status === 'paused' && state.campaign.pauseReason === 'window' ? [state.campaign] : [],
      sending: async () => (state.campaign.status === 'sending' ? [state.campaign] : []),
      consolidating: async () =>
        state.campaign.status === 'consolidating' ? [{ ...state.campaign, consolidatingAt: new Date() }] : [],
      async transition(
        _id: number,
        from: readonly CampaignStatus[],
        to: CampaignStatus,
        data: Record<string, unknown>
      ) {
        if (!from.includes(state.campaign.status)) return false;
        Object.assign(state.campaign, data, { status: to });
        return true;
      },
      status: async () => state.campaign.status,
    },
    queue: {
      async claim(_campaignId: number, _owner: string, size: number) {
        const batch = state.rows.filter((row) => row.state === 'queued').slice(0, size);
        batch.forEach((row) => (row.state = 'submitting'));
        return batch.map(({ id, phone, text, encoding, segments }) => ({ id, phone, text, encoding, segments }));
      },
      extend: async () => undefined,
      async record(outcome: BatchOutcome) {
        const byId = new Map(state.rows.map((row) => [row.id, row]));
        for (const s of outcome.submitted)
          Object.assign(byId.get(s.id)!, {
            state: 'submitted',
            statusCode: 24,
            providerMessageId: s.providerMessageId,
          });
        for (const id of outcome.requeued) Object.assign(byId.get(id)!, { state: 'queued', statusCode: 1 });
        for (const f of outcome.failed)
          Object.assign(byId.get(f.id)!, { state: f.unknown ? 'unknown' : 'done', statusCode: f.statusCode });
      },
      pending: async () => ({
        queued: state.rows.filter((row) => row.state === 'queued').length,
        submitting: state.rows.filter((row) => row.state === 'submitting').length,
      }),
    },
    consolidation: {
      allFinal: async () => state.rows.every((row) => row.state === 'done' || row.state === 'submitted'),
      async finish() {
        state.campaign.status = 'completed';
        state.finished += 1;
      },
      settleCancelled: async () => 0,
      recoverLeases: async () => 0,
      settleUnknown: async () => 0,
    },
  });
  return { state, options };
};

const gatewayOf = (answer: (message: OutboundMessage, call: number) => SubmitResult) => {
  const sent: string[] = [];
  let calls = 0;
  const gateway: GatewayProvider = {
    async send(batch) {
      calls += 1;
      return batch.map((message) => {
        const result = answer(message, calls);
        if (result.accepted) sent.push(message.to);
        return result;
      });
    },
  };
  return { gateway, sent };
};

const accept = (message: OutboundMessage): SubmitResult => ({
  id: message.id,
  accepted: true,
  providerMessageId: `m${message.id}`,
});

const until = async (condition: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('Given the dispatcher of one instance', () => {
  it('When a campaign is being sent, Then every recipient is submitted once and the campaign goes on to consolidating, then completed', async () => {
    const { state, options } = world(95);
    const { gateway, sent } = gatewayOf(accept);
    const dispatcher = createDispatcher(options(gateway));
    await dispatcher.tick();
    await until(() => ['consolidating', 'completed'].includes(state.campaign.status));
    expect(sent).toHaveLength(95);
    expect(new Set(sent).size).toBe(95);
    await dispatcher.tick();
    expect(state.campaign.status).toBe('completed');
    expect(state.finished).toBe(1);
    await dispatcher.stop();
  });

  it('When the gateway throttles, Then the same rows are retried after a backoff and none is lost or doubled', async () => {
    const { state, options } = world(30);
    const { gateway, sent } = gatewayOf((message, call) =>
      call <= 2
        ? { id: message.id, accepted: false, error: { code: 'ESME_RTHROTTLED', retryable: true, retryAfterMs: 1 } }
        : accept(message)
    );
    const dispatcher = createDispatcher(options(gateway));
    await dispatcher.tick();
    await until(() => ['consolidating', 'completed'].includes(state.campaign.status));
    expect([...sent].sort()).toEqual(state.rows.map((row) => row.phone).sort());
    await dispatcher.stop();
  });

  it('When the gateway does not answer for some messages, Then they are never resubmitted (unknown)', async () => {
    const { state, options } = world(20);
    const { gateway, sent } = gatewayOf((message) =>
      Number(message.id) % 4 === 0
        ? { id: message.id, accepted: false, error: { code: 'timeout', retryable: false, unknown: true } }
        : accept(message)
    );
    const dispatcher = createDispatcher({
      ...options(gateway),
      config: { ...options(gateway).config, errorBudget: { maxConsecutive: 0, window: 100, maxRate: 1 } },
    });
    await dispatcher.tick();
    await until(() => ['consolidating', 'completed'].includes(state.campaign.status));
    expect(sent).toHaveLength(15);
    expect(state.rows.filter((row) => row.state === 'unknown').map((row) => row.id)).toEqual([4, 8, 12, 16, 20]);
    await dispatcher.stop();
  });

  it('When every submission fails, Then the error budget pauses the campaign with the reason', async () => {
    const { state, options } = world(50);
    const { gateway } = gatewayOf((message) => ({
      id: message.id,
      accepted: false,
      statusCode: 27,
      error: { code: 'ESME_RSYSERR', retryable: false },
    }));
    const dispatcher = createDispatcher(options(gateway));
    await dispatcher.tick();
    await until(() => state.campaign.status === 'paused');
    expect(state.campaign).toMatchObject({ pauseReason: 'errors', pauseDetail: '5 consecutive gateway errors' });
    expect(state.rows.filter((row) => row.state === 'queued').length).toBeGreaterThan(0);
    await dispatcher.stop();
  });

  it('When a marketing campaign meets the end of its sending window, Then it pauses and resumes by itself at the next slot', async () => {
    const { state, options } = world(40, { kind: 'marketing' });
    let accepted = 0;
    const { gateway } = gatewayOf((message) => {
      accepted += 1;
      if (accepted === 20) state.windowOpen = false;
      return accept(message);
    });
    const dispatcher = createDispatcher(options(gateway));
    await dispatcher.tick();
    await until(() => state.campaign.status === 'paused');
    expect(state.campaign.pauseReason).toBe('window');
    expect(state.rows.filter((row) => row.state === 'submitted')).toHaveLength(20);
    state.windowOpen = true;
    await dispatcher.tick();
    await until(() => ['consolidating', 'completed'].includes(state.campaign.status));
    expect(state.rows.filter((row) => row.state === 'submitted')).toHaveLength(40);
    await dispatcher.stop();
  });

  it('When the user pauses, Then sending stops within one batch', async () => {
    const { state, options } = world(100);
    const { gateway } = gatewayOf((message) => {
      if (message.id === '15') state.campaign.status = 'paused';
      return accept(message);
    });
    const dispatcher = createDispatcher(options(gateway));
    await dispatcher.tick();
    await until(() => !dispatcher.isDriving(1));
    expect(state.rows.filter((row) => row.state === 'submitted')).toHaveLength(20);
    await dispatcher.stop();
  });

  it('When the window closes while lanes wait for the rate limit, Then no lane holds rows meanwhile, and none sends once it has waited', async () => {
    const { state, options } = world(200, { kind: 'marketing' });
    const sentAt: number[] = [];
    const { gateway } = gatewayOf((message) => {
      sentAt.push(Date.now());
      return accept(message);
    });
    const base = options(gateway);
    // Three lanes sharing 20 messages a second in batches of 10: after the first second's burst,
    // each lane waits about half a second for its turn.
    const dispatcher = createDispatcher({ ...base, config: { ...base.config, lanes: 3, rate: { sms: 20 } } });
    await dispatcher.tick();
    await until(() => sentAt.length >= 40);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Lanes waiting for the rate hold nothing claimed.
    expect(state.rows.filter((row) => row.state === 'submitting')).toEqual([]);
    state.windowOpen = false;
    const closedAt = Date.now();
    await until(() => state.campaign.status === 'paused');
    await until(() => !dispatcher.isDriving(1));
    expect(state.campaign.pauseReason).toBe('window');
    expect(sentAt.filter((at) => at > closedAt)).toEqual([]);
    expect(state.rows.filter((row) => row.state === 'submitted')).toHaveLength(sentAt.length);
    expect(state.rows.filter((row) => row.state === 'queued')).toHaveLength(200 - sentAt.length);
    await dispatcher.stop();
  });
});
