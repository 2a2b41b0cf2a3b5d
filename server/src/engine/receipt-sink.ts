import type { DeliveryReceipt } from '../providers/types';

export interface ReceiptSinkOptions {
  /** Applies receipts in one go; returns those that matched no recipient (yet). */
  apply(receipts: DeliveryReceipt[]): Promise<DeliveryReceipt[]>;
  flushEveryMs: number;
  maxBatch: number;
  /** A receipt can arrive before its submission is recorded: unmatched ones are retried this long. */
  parkMs: number;
  onDropped?(receipt: DeliveryReceipt): void;
  onError?(error: unknown): void;
  now?: () => number;
}

/**
 * Receipts are applied in batches (one UPDATE per batch, not per receipt). `add` resolves once
 * its receipt is written or parked, so that a gateway acknowledging receipts only after the
 * callback (SMPP's deliver_sm_resp) does so once the receipt is safe.
 */
export function createReceiptSink(options: ReceiptSinkOptions) {
  const now = options.now ?? (() => Date.now());
  const pending: { receipt: DeliveryReceipt; done: () => void; fail: (error: unknown) => void }[] = [];
  let parked: { receipt: DeliveryReceipt; since: number }[] = [];
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | null = null;

  const schedule = () => {
    if (timer || (pending.length === 0 && parked.length === 0)) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, options.flushEveryMs);
    timer.unref();
  };

  async function flushOnce() {
    const batch = pending.splice(0, options.maxBatch);
    const retried = parked;
    parked = [];
    const receipts = [...retried.map((p) => p.receipt), ...batch.map((p) => p.receipt)];
    if (receipts.length === 0) return;
    try {
      const unmatched = new Set(await options.apply(receipts));
      const at = now();
      for (const entry of retried) {
        if (!unmatched.has(entry.receipt)) continue;
        if (at - entry.since < options.parkMs) parked.push(entry);
        else options.onDropped?.(entry.receipt);
      }
      for (const entry of batch) if (unmatched.has(entry.receipt)) parked.push({ receipt: entry.receipt, since: at });
      batch.forEach((entry) => entry.done());
    } catch (error) {
      options.onError?.(error);
      parked.push(...retried);
      batch.forEach((entry) => entry.fail(error));
    }
  }

  async function flush(): Promise<void> {
    if (flushing) return flushing;
    flushing = (async () => {
      for (let round = 0; round < 1000 && pending.length > 0; round++) await flushOnce();
      if (pending.length === 0 && parked.length > 0) await flushOnce();
    })().finally(() => {
      flushing = null;
      schedule();
    });
    return flushing;
  }

  return {
    add(receipt: DeliveryReceipt): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        pending.push({ receipt, done: resolve, fail: reject });
        if (pending.length >= options.maxBatch) void flush();
        else schedule();
      });
    },
    flush,
    get parked() {
      return parked.length;
    },
    /** Applies what is waiting (Strapi is stopping). */
    async close() {
      clearTimeout(timer);
      timer = undefined;
      await flush();
      parked = [];
    },
  };
}

export type ReceiptSink = ReturnType<typeof createReceiptSink>;
