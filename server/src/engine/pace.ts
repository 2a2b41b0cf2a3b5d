/**
 * A token bucket: at most `perSecond` messages a second on average, in bursts of at most one
 * second's worth. 0 means no limit.
 */
export function createPace(perSecond: number, now: () => number = () => Date.now()) {
  let tokens = perSecond;
  let last = now();
  return {
    /** Waits until `count` messages may go; resolves early (and false) when the signal aborts. */
    async take(count: number, signal?: AbortSignal): Promise<boolean> {
      if (perSecond <= 0) return true;
      for (let waited = 0; waited < 3_600_000; ) {
        const at = now();
        tokens = Math.min(perSecond, tokens + ((at - last) / 1000) * perSecond);
        last = at;
        const wanted = Math.min(count, perSecond);
        if (tokens >= wanted) {
          tokens -= count;
          return true;
        }
        const wait = Math.ceil(((wanted - tokens) / perSecond) * 1000);
        if (!(await sleep(wait, signal))) return false;
        waited += wait;
      }
      return false;
    },

    /** How many to claim at once: a batch, but no more than one second's worth (at least one). */
    batchOf(size: number): number {
      return perSecond > 0 ? Math.min(size, Math.max(1, Math.floor(perSecond))) : size;
    },

    /** Gives back what a `take` charged and nobody sent (a last batch shorter than asked for). */
    refund(count: number): void {
      if (perSecond > 0 && count > 0) tokens = Math.min(perSecond, tokens + count);
    },
  };
}

/** Sleeps, bounded; resolves false when the signal aborts first. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<boolean> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
