import type { Machine } from './machine';

export type JobData = Record<string, unknown>;

/**
 * Where jobs live (an import job, a campaign): the engine only needs compare-and-set transitions
 * and heartbeats. The Strapi adapter is `store/jobs.ts`.
 */
export interface JobStore<S extends string> {
  /** Moves the job from one of `from` to `to` with `data` and a fresh heartbeat; true when this call moved it. */
  transition(id: number, from: readonly S[], to: S, data: JobData): Promise<boolean>;
  /** The job's status now; null when it is gone. */
  status(id: number): Promise<S | null>;
  /** Records progress with a fresh heartbeat. */
  beat(id: number, data: JobData): Promise<void>;
  /** Fresh heartbeats for the jobs still in one of `statuses`. */
  beatMany(ids: readonly number[], statuses: readonly S[]): Promise<void>;
  /** Jobs in one of `statuses` whose heartbeat is older than `before`. */
  stale(statuses: readonly S[], before: Date): Promise<{ id: number; status: S }[]>;
}

/** "Stop between batches": what a pass asks before each batch. */
export interface BatchGate {
  /** Records progress (at most every `progressEveryMs`) and resolves false when the pass must stop. */
  next(progress?: JobData): Promise<boolean>;
}

export interface JobKernelOptions<S extends string> {
  machine: Machine<S>;
  store: JobStore<S>;
  /** A job whose heartbeat is older than this has lost its instance (crashed, killed, redeployed). */
  staleAfterMs: number;
  progressEveryMs: number;
  /** How often a pass reads its job's status, to see a cancel or a takeover sent to another instance. */
  statusCheckEveryMs: number;
  now?: () => Date;
}

export interface Recovery<S extends string> {
  to: S;
  data: JobData;
}

/**
 * Claims, heartbeats, stop between batches and recovery of stale jobs, over any job store. The
 * job row is the truth: every change of status is a compare-and-set, so a second instance (or a
 * second click) cannot run the same pass twice, and a pass whose instance died is found by its
 * stale heartbeat and claimed by exactly one recovering instance.
 */
export function createJobKernel<S extends string>(options: JobKernelOptions<S>) {
  const { machine, store, staleAfterMs, progressEveryMs, statusCheckEveryMs } = options;
  const now = options.now ?? (() => new Date());
  const running = new Map<number, { controller: AbortController; done: Promise<void> }>();

  const claim = async (id: number, from: S | readonly S[], to: S, data: JobData = {}): Promise<boolean> => {
    const sources = typeof from === 'string' ? [from as S] : (from as readonly S[]);
    machine.assert(sources, to);
    return store.transition(id, sources, to, data);
  };

  return {
    machine,
    claim,

    /** The gate of a pass of job `id` in status `expected`: it closes on abort or when the job moved on. */
    gate(id: number, expected: S, signal: AbortSignal): BatchGate {
      let lastWrite = 0;
      let lastCheck = now().getTime();
      return {
        async next(progress) {
          if (signal.aborted) return false;
          const at = now().getTime();
          if (progress && at - lastWrite >= progressEveryMs) {
            lastWrite = at;
            await store.beat(id, progress);
          }
          if (at - lastCheck >= statusCheckEveryMs) {
            lastCheck = at;
            if ((await store.status(id)) !== expected) return false;
          }
          return true;
        },
      };
    },

    /**
     * Runs a pass in the background of this instance. Resolves once the pass calls `placed` (it
     * runs, or is recorded as waiting for a worker) or ends; the pass goes on after.
     */
    launch(
      id: number,
      pass: (signal: AbortSignal, placed: () => void) => Promise<void>,
      onError: (error: unknown) => void
    ): Promise<void> {
      const controller = new AbortController();
      let placed!: () => void;
      const ready = new Promise<void>((resolve) => (placed = resolve));
      const done = pass(controller.signal, () => placed())
        .catch(onError)
        .finally(() => {
          running.delete(id);
          placed();
        });
      running.set(id, { controller, done });
      return ready;
    },

    abort: (id: number) => running.get(id)?.controller.abort(),
    isRunning: (id: number) => running.has(id),

    /** Waits (bounded) for this instance's pass of the job to end. */
    async settled(id: number, timeoutMs: number) {
      const task = running.get(id);
      if (!task) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([task.done, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
    },

    /** Strapi is stopping: every pass is told to stop at its next batch, and awaited. */
    async stopAll() {
      for (const task of running.values()) task.controller.abort();
      await Promise.all([...running.values()].map((task) => task.done));
    },

    /**
     * Jobs whose heartbeat went stale in a status of `rules` are moved to that rule's status. Each
     * is claimed, so only one instance recovers it; an instance that was only slow sees the new
     * status at its next gate and stops.
     */
    async recoverStale(rules: Partial<Record<S, Recovery<S>>>, at = now()): Promise<number[]> {
      const statuses = Object.keys(rules) as S[];
      const stale = await store.stale(statuses, new Date(at.getTime() - staleAfterMs));
      const recovered: number[] = [];
      for (const job of stale) {
        const rule = rules[job.status];
        if (!rule || running.has(job.id)) continue;
        if (await claim(job.id, job.status, rule.to, rule.data)) recovered.push(job.id);
      }
      return recovered;
    },
  };
}

export type JobKernel<S extends string> = ReturnType<typeof createJobKernel<S>>;
