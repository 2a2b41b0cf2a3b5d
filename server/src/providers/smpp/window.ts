import type { Pdu } from './lib';

/**
 * The in-flight window and the requests awaiting their response. The `smpp` package keeps a
 * response callback per sequence number forever and forgets them on reconnect, so the provider
 * matches responses itself, times every request out, and settles them all when the link drops.
 */
export type Outcome = { kind: 'response'; pdu: Pdu } | { kind: 'timeout' } | { kind: 'lost' };

export interface PendingRequests {
  /** Resolves with the response, or `timeout` after `timeoutMs`, or `lost` on `failAll`. */
  track(sequence: number, timeoutMs: number): Promise<Outcome>;
  /** Settles the request `response` answers; false when none waits (late or unknown). */
  resolve(response: Pdu): boolean;
  failAll(): void;
  readonly size: number;
}

export function createPendingRequests(): PendingRequests {
  const pending = new Map<number, { settle: (outcome: Outcome) => void; timer: NodeJS.Timeout }>();
  const settle = (sequence: number, outcome: Outcome) => {
    const entry = pending.get(sequence);
    if (!entry) return false;
    pending.delete(sequence);
    clearTimeout(entry.timer);
    entry.settle(outcome);
    return true;
  };
  return {
    track(sequence, timeoutMs) {
      settle(sequence, { kind: 'lost' });
      return new Promise<Outcome>((resolve) => {
        const timer = setTimeout(() => settle(sequence, { kind: 'timeout' }), timeoutMs);
        timer.unref();
        pending.set(sequence, { settle: resolve, timer });
      });
    },
    resolve: (response) => settle(response.sequence_number, { kind: 'response', pdu: response }),
    failAll() {
      for (const sequence of [...pending.keys()]) settle(sequence, { kind: 'lost' });
    },
    get size() {
      return pending.size;
    },
  };
}

export interface Window {
  /** Resolves with a release function once fewer than `size` holders are in; FIFO. */
  acquire(): Promise<() => void>;
  /** Rejects every waiter (shutdown). */
  close(reason: Error): void;
  readonly inFlight: number;
  readonly waiting: number;
}

export function createWindow(size: number): Window {
  let inFlight = 0;
  let closed: Error | undefined;
  const queue: { resolve: (release: () => void) => void; reject: (error: Error) => void }[] = [];
  const grant = (): (() => void) => {
    inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inFlight--;
      const next = queue.shift();
      if (next) next.resolve(grant());
    };
  };
  return {
    acquire() {
      if (closed) return Promise.reject(closed);
      if (inFlight < size && queue.length === 0) return Promise.resolve(grant());
      return new Promise((resolve, reject) => queue.push({ resolve, reject }));
    },
    close(reason) {
      closed = reason;
      for (const waiter of queue.splice(0)) waiter.reject(reason);
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length;
    },
  };
}
