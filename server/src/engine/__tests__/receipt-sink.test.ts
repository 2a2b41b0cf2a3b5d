import type { DeliveryReceipt } from '../../providers/types';
import { createReceiptSink } from '../receipt-sink';

const receipt = (id: string): DeliveryReceipt => ({ providerMessageId: id, statusCode: 21, at: new Date(0) });

/** A store that knows the message ids recorded so far and counts how often each receipt is looked up. */
const store = () => {
  const recorded = new Set<string>();
  const lookups = new Map<string, number>();
  const applied: string[] = [];
  return {
    recorded,
    lookups,
    applied,
    apply: async (receipts: DeliveryReceipt[]) => {
      for (const r of receipts) lookups.set(r.providerMessageId, (lookups.get(r.providerMessageId) ?? 0) + 1);
      applied.push(...receipts.filter((r) => recorded.has(r.providerMessageId)).map((r) => r.providerMessageId));
      return receipts.filter((r) => !recorded.has(r.providerMessageId));
    },
  };
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Given receipts that arrive before their batch is recorded', () => {
  it('When they park, Then they are not looked up again at every flush, and match at once when a batch is recorded', async () => {
    const db = store();
    const sink = createReceiptSink({
      apply: db.apply,
      flushEveryMs: 5,
      maxBatch: 100,
      parkMs: 60_000,
      retryParkedEveryMs: 10_000,
    });
    const early = sink.add(receipt('a'));
    await wait(20);
    expect(sink.parked).toBe(1);
    // Other receipts keep flowing: the parked one is not retried with each of their flushes.
    db.recorded.add('b');
    for (let i = 0; i < 5; i++) {
      await sink.add(receipt('b'));
    }
    expect(db.lookups.get('a')).toBe(1);

    db.recorded.add('a');
    sink.retryParked();
    await early;
    expect(db.applied).toContain('a');
    expect(db.lookups.get('a')).toBe(2);
    expect(sink.parked).toBe(0);
    await sink.close();
  });

  it('When no batch is recorded (another instance sent it), Then a parked receipt is still tried on its own every retryParkedEveryMs', async () => {
    const db = store();
    const sink = createReceiptSink({
      apply: db.apply,
      flushEveryMs: 5,
      maxBatch: 100,
      parkMs: 60_000,
      retryParkedEveryMs: 30,
    });
    const early = sink.add(receipt('c'));
    await wait(15);
    db.recorded.add('c');
    await early;
    expect(db.lookups.get('c')).toBe(2);
    await sink.close();
  });

  it('When a receipt never matches, Then it is let go after parkMs and reported dropped', async () => {
    const db = store();
    const dropped: string[] = [];
    const sink = createReceiptSink({
      apply: db.apply,
      flushEveryMs: 5,
      maxBatch: 100,
      parkMs: 40,
      retryParkedEveryMs: 10,
      onDropped: (r) => dropped.push(r.providerMessageId),
    });
    await sink.add(receipt('z'));
    expect(dropped).toEqual(['z']);
    expect(db.lookups.get('z')).toBeLessThanOrEqual(8);
    await sink.close();
  });

  it('When Strapi stops, Then parked receipts are refused so the gateway delivers them again', async () => {
    const db = store();
    const sink = createReceiptSink({
      apply: db.apply,
      flushEveryMs: 5,
      maxBatch: 100,
      parkMs: 60_000,
      retryParkedEveryMs: 10_000,
    });
    const early = sink.add(receipt('d'));
    await wait(20);
    await sink.close();
    await expect(early).rejects.toThrow('Strapi is stopping');
  });
});
