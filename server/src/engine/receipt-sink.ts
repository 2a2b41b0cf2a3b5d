import type { DeliveryReceipt } from '../providers/types';

export interface ReceiptSinkOptions {
  /** Applies receipts in one go; returns those that matched no recipient (yet). */
  apply(receipts: DeliveryReceipt[]): Promise<DeliveryReceipt[]>;
  flushEveryMs: number;
  maxBatch: number;
  /** A receipt can arrive before its submission is recorded: unmatched ones are retried this long. */
  parkMs: number;
  /**
   * How often parked receipts are tried again on their own. `retryParked()` tries them at once:
   * the dispatcher calls it when it has recorded a batch, the moment early receipts can match.
   */
  retryParkedEveryMs: number;
  onDropped?(receipt: DeliveryReceipt): void;
  onError?(error: unknown): void;
  now?: () => number;
}

/**
 * Receipts are applied in batches (one UPDATE per batch, not per receipt). `add` resolves once
 * its receipt is written, so that a gateway acknowledging receipts only after the callback
 * (SMPP's deliver_sm_resp) does so once the receipt is safe: a receipt that arrives before its
 * submission is recorded stays unacknowledged while it is parked, and a crash meanwhile makes the
 * gateway deliver it again. One that never matches is let go after `parkMs`.
 *
 * A loopback SMSC answers a receipt before the batch holding its message is recorded, so most
 * receipts park once: they are looked up again when a batch is recorded or every
 * `retryParkedEveryMs`, not at every flush, which looked each of them up a dozen times.
 */
export function createReceiptSink(options: ReceiptSinkOptions) {
  const now = options.now ?? (() => Date.now());
  type Entry = { receipt: DeliveryReceipt; done: () => void; fail: (error: unknown) => void };
  const pending: Entry[] = [];
  let parked: (Entry & { since: number })[] = [];
  let retryDue = false;
  let lastRetry = now();
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let flushing: Promise<void> | null = null;
  let closed = false;

  const parkedDue = () => parked.length > 0 && (retryDue || now() - lastRetry >= options.retryParkedEveryMs);

  const schedule = () => {
    let delay: number | null = null;
    if (pending.length > 0) delay = options.flushEveryMs;
    else if (parked.length > 0) delay = retryDue ? 0 : Math.max(0, lastRetry + options.retryParkedEveryMs - now());
    if (closed || delay === null || (timer && timerAt <= now() + delay)) return;
    clearTimeout(timer);
    timerAt = now() + delay;
    timer = setTimeout(() => {
      timer = undefined;
      timerAt = Infinity;
      void flush();
    }, delay);
    timer.unref();
  };

  async function flushOnce(withParked: boolean) {
    const batch = pending.splice(0, options.maxBatch);
    const retried = withParked ? parked : [];
    if (withParked) {
      parked = [];
      retryDue = false;
      lastRetry = now();
    }
    const entries: Entry[] = [...retried, ...batch];
    if (entries.length === 0) return;
    try {
      const unmatched = new Set(await options.apply(entries.map((entry) => entry.receipt)));
      const at = now();
      for (const entry of retried) {
        if (!unmatched.has(entry.receipt)) entry.done();
        else if (at - entry.since < options.parkMs) parked.push(entry);
        else {
          options.onDropped?.(entry.receipt);
          entry.done();
        }
      }
      for (const entry of batch) {
        if (unmatched.has(entry.receipt)) parked.push({ ...entry, since: at });
        else entry.done();
      }
    } catch (error) {
      options.onError?.(error);
      parked.push(...retried);
      batch.forEach((entry) => entry.fail(error));
    }
  }

  async function flush(): Promise<void> {
    if (flushing) return flushing;
    flushing = (async () => {
      for (let round = 0; round < 1000 && (pending.length > 0 || parkedDue()); round++) await flushOnce(parkedDue());
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
    /** A batch was recorded: the receipts that came before it can match now. */
    retryParked() {
      if (parked.length === 0) return;
      retryDue = true;
      schedule();
    },
    flush,
    get parked() {
      return parked.length;
    },
    /** Applies what is waiting (Strapi is stopping); parked receipts stay unacknowledged, for the gateway to resend. */
    async close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      timerAt = Infinity;
      await flush();
      for (const entry of parked.splice(0)) entry.fail(new Error('Strapi is stopping'));
    },
  };
}

export type ReceiptSink = ReturnType<typeof createReceiptSink>;
