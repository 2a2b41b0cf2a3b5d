import { STATUS_CODES } from '../../core';
import simulator, { simulatedStatuses } from '../simulator';
import type { DeliveryReceipt, InboundMessage, ProviderContext } from '../types';

const numbers = Array.from({ length: 2000 }, (_, i) => `+3361${String(i).padStart(7, '0')}`);

const context = (receipts: DeliveryReceipt[], inbound: InboundMessage[] = []): ProviderContext => ({
  channel: 'sms',
  onReceipt: (receipt) => void receipts.push(receipt),
  onInbound: (message) => void inbound.push(message),
  logger: { info: jest.fn(), warn: jest.fn(), error: jest.fn(), debug: jest.fn() },
});

const waitFor = async (condition: () => boolean, timeoutMs = 2000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('Given the simulator gateway', () => {
  it('gives each number the same fate every time, and another seed another fate', () => {
    const first = numbers.map((to) => simulatedStatuses({ seed: 'a' }, { channel: 'sms', to }));
    const again = numbers.map((to) => simulatedStatuses({ seed: 'a' }, { channel: 'sms', to }));
    const other = numbers.map((to) => simulatedStatuses({ seed: 'b' }, { channel: 'sms', to }));
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('only produces status codes of the seeds’ Annexe 3, for SMS and for voice', () => {
    for (const channel of ['sms', 'voice'] as const) {
      const codes = new Set(numbers.flatMap((to) => simulatedStatuses({}, { channel, to })));
      for (const code of codes) {
        expect(STATUS_CODES[code]?.channels).toContain(channel);
      }
    }
  });

  it('follows the configured weights: by default about 92 % of SMS end delivered', () => {
    const delivered = numbers.filter((to) => simulatedStatuses({}, { channel: 'sms', to }).at(-1) === 21).length;
    expect(delivered / numbers.length).toBeGreaterThan(0.89);
    expect(delivered / numbers.length).toBeLessThan(0.95);
    const allFail = {
      smsOutcomes: {
        delivered: 0,
        unavailableThenDelivered: 0,
        notDelivered: 1,
        unassigned: 0,
        expired: 0,
        operatorRefused: 0,
        rejected: 0,
        unknownError: 0,
        noReceipt: 0,
      },
    };
    expect(numbers.every((to) => simulatedStatuses(allFail, { channel: 'sms', to })[0] === 20)).toBe(true);
  });

  it('When a batch is sent, Then every message is accepted with a unique id and its receipts follow', async () => {
    const receipts: DeliveryReceipt[] = [];
    const gateway = await simulator.init({ receiptDelayMs: [0, 0] }, context(receipts));
    const batch = numbers
      .slice(0, 50)
      .map((to, i) => ({ id: String(i), channel: 'sms' as const, to, text: 'Bonjour' }));
    const results = await gateway.send(batch);
    expect(results.map((r) => r.id)).toEqual(batch.map((m) => m.id));
    expect(results.every((r) => r.accepted)).toBe(true);
    expect(new Set(results.map((r) => r.providerMessageId)).size).toBe(50);

    const expected = batch.reduce((sum, m) => sum + simulatedStatuses({}, m).length, 0);
    await waitFor(() => receipts.length === expected);
    expect(receipts).toHaveLength(expected);
    const ids = new Set(results.map((r) => r.providerMessageId));
    expect(receipts.every((r) => ids.has(r.providerMessageId))).toBe(true);
    await gateway.close?.();
  });

  it('When closed, Then no receipt arrives afterwards', async () => {
    const receipts: DeliveryReceipt[] = [];
    const gateway = await simulator.init({ receiptDelayMs: [50, 50] }, context(receipts));
    await gateway.send([{ id: '1', channel: 'sms', to: numbers[0], text: 'x' }]);
    await gateway.close?.();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(receipts).toHaveLength(0);
  });

  it('When STOP replies are configured, Then delivered recipients reply STOP at that rate', async () => {
    const receipts: DeliveryReceipt[] = [];
    const inbound: InboundMessage[] = [];
    const gateway = await simulator.init({ receiptDelayMs: [0, 0], stopReplyRate: 1 }, context(receipts, inbound));
    const delivered = numbers.filter((to) => simulatedStatuses({}, { channel: 'sms', to }).at(-1) === 21).slice(0, 5);
    await gateway.send(delivered.map((to, i) => ({ id: String(i), channel: 'sms' as const, to, text: 'Promo' })));
    await waitFor(() => inbound.length === 5);
    expect(inbound.map((m) => m.text)).toEqual(['STOP', 'STOP', 'STOP', 'STOP', 'STOP']);
    expect(inbound.map((m) => m.from).sort()).toEqual([...delivered].sort());
    await gateway.close?.();
  });

  it('When an option is invalid, Then init throws', () => {
    expect(() => simulator.init({ stopReplyRate: 2 }, context([]))).toThrow();
  });
});
