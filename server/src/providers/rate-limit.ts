/**
 * A token bucket: `rate` tokens per second, at most `burst` saved up. `take()` resolves when a
 * token is available, in call order. A rate of 0 means no limit. Timers are unref'd.
 */
export interface TokenBucket {
  take(): Promise<void>;
  /** Rejects every waiting `take()` (shutdown). */
  close(reason?: Error): void;
  readonly waiting: number;
}

export function createTokenBucket(rate: number, burst = Math.max(1, Math.ceil(rate / 10))): TokenBucket {
  let tokens = burst;
  let last = Date.now();
  let timer: NodeJS.Timeout | undefined;
  let closed: Error | undefined;
  const queue: { resolve: () => void; reject: (error: Error) => void }[] = [];

  const refill = () => {
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - last) * rate) / 1000);
    last = now;
  };

  const drain = () => {
    timer = undefined;
    refill();
    while (queue.length > 0 && tokens >= 1) {
      tokens -= 1;
      queue.shift()!.resolve();
    }
    if (queue.length > 0) {
      timer = setTimeout(drain, Math.max(1, Math.ceil(((1 - tokens) * 1000) / rate)));
      timer.unref();
    }
  };

  return {
    take() {
      if (closed) return Promise.reject(closed);
      if (rate <= 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        queue.push({ resolve, reject });
        if (timer === undefined) drain();
      });
    },
    close(reason = new Error('rate limiter closed')) {
      closed = reason;
      if (timer) clearTimeout(timer);
      timer = undefined;
      for (const waiter of queue.splice(0)) waiter.reject(reason);
    },
    get waiting() {
      return queue.length;
    },
  };
}
