import { Stopped } from './stopped';

interface SlotHooks {
  /** A job starts waiting for a slot. */
  onQueued(id: number): Promise<unknown>;
  /** Every `everyMs` while jobs wait: their heartbeat. */
  onWaiting(ids: number[]): Promise<unknown>;
  /** A job that waited got its slot. */
  onStarted(id: number): Promise<unknown>;
  everyMs: number;
}

/**
 * The worker threads of one Strapi instance: each analysis or import runs in one (a 256 MB heap,
 * a database connection, an off-heap duplicate table), so only `limit` run at once and the others
 * wait their turn in order. A job cancelled while it waits leaves the queue.
 */
export function createWorkerSlots(limit: number, hooks: SlotHooks) {
  const holders = new Set<number>();
  const queue: { id: number; start: () => void }[] = [];
  let timer: NodeJS.Timeout | undefined;

  const beat = () => void hooks.onWaiting(queue.map((waiting) => waiting.id)).catch(() => undefined);

  /** The heartbeat of waiting jobs stops with the last of them (nothing keeps Strapi from stopping). */
  const stopBeatWhenIdle = () => {
    if (queue.length > 0) return;
    clearInterval(timer);
    timer = undefined;
  };

  const leaveQueue = (id: number) => {
    const index = queue.findIndex((waiting) => waiting.id === id);
    if (index >= 0) queue.splice(index, 1);
    stopBeatWhenIdle();
  };

  return {
    /**
     * Resolves once the job holds a slot; rejects with Stopped when the signal aborts first.
     * `placed` is called as soon as the job holds a slot or is recorded as queued.
     */
    async acquire(id: number, signal: AbortSignal, placed: () => void = () => undefined): Promise<void> {
      if (signal.aborted) throw new Stopped();
      if (holders.size < limit && queue.length === 0) {
        holders.add(id);
        placed();
        return;
      }
      const turn = new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          leaveQueue(id);
          reject(new Stopped());
        };
        signal.addEventListener('abort', onAbort, { once: true });
        queue.push({
          id,
          start: () => {
            signal.removeEventListener('abort', onAbort);
            holders.add(id);
            resolve();
          },
        });
      });
      timer ??= setInterval(beat, hooks.everyMs);
      // In the queue before the first await: a slot freed meanwhile goes to this job.
      const shown = hooks.onQueued(id).finally(placed);
      try {
        await turn;
      } finally {
        await shown;
      }
      await hooks.onStarted(id);
    },

    /** Frees the job's slot (or its place in the queue) and starts the next job waiting. */
    release(id: number) {
      leaveQueue(id);
      if (!holders.delete(id)) return;
      while (holders.size < limit && queue.length > 0) queue.shift()!.start();
      stopBeatWhenIdle();
    },

    get running() {
      return holders.size;
    },
    get waiting() {
      return queue.length;
    },
  };
}

export type WorkerSlots = ReturnType<typeof createWorkerSlots>;
