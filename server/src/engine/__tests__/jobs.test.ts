import { createJobKernel, type JobStore } from '../jobs';
import { defineMachine } from '../machine';

type S = 'waiting' | 'running' | 'done' | 'failed';
const machine = defineMachine<S>('test', { waiting: ['running'], running: ['done', 'failed'], done: [], failed: [] });

/** A job store in memory, with the compare-and-set semantics of the database one. */
const memoryStore = (rows: Record<number, { status: S; heartbeat: number; data?: object }>, clock: { t: number }) => {
  const writes: string[] = [];
  const store: JobStore<S> = {
    async transition(id, from, to, data) {
      const row = rows[id];
      if (!row || !from.includes(row.status)) return false;
      rows[id] = { status: to, heartbeat: clock.t, data: { ...row.data, ...data } };
      return true;
    },
    status: async (id) => rows[id]?.status ?? null,
    async beat(id, data) {
      writes.push(`beat ${id} ${JSON.stringify(data)}`);
      rows[id] = { ...rows[id], heartbeat: clock.t, data: { ...rows[id].data, ...data } };
    },
    async beatMany(ids) {
      for (const id of ids) rows[id].heartbeat = clock.t;
    },
    stale: async (statuses, before) =>
      Object.entries(rows)
        .filter(([, row]) => statuses.includes(row.status) && row.heartbeat < before.getTime())
        .map(([id, row]) => ({ id: Number(id), status: row.status })),
  };
  return { store, writes };
};

const setup = (rows: Record<number, { status: S; heartbeat: number }>) => {
  const clock = { t: 1_000_000 };
  const { store, writes } = memoryStore(rows, clock);
  const kernel = createJobKernel<S>({
    machine,
    store,
    staleAfterMs: 60_000,
    progressEveryMs: 100,
    statusCheckEveryMs: 1000,
    now: () => new Date(clock.t),
  });
  return { kernel, clock, writes, rows };
};

describe('Given the job kernel', () => {
  it('When two claims race for one job, Then exactly one wins', async () => {
    const { kernel } = setup({ 1: { status: 'waiting', heartbeat: 0 } });
    const results = await Promise.all([kernel.claim(1, 'waiting', 'running'), kernel.claim(1, 'waiting', 'running')]);
    expect(results.sort()).toEqual([false, true]);
  });

  it('When a claim is not in the table, Then it throws and writes nothing', async () => {
    const { kernel, rows } = setup({ 1: { status: 'waiting', heartbeat: 0 } });
    await expect(kernel.claim(1, 'waiting', 'done')).rejects.toThrow(/no transition/);
    expect(rows[1].status).toBe('waiting');
  });

  it('When a pass goes through its gate, Then progress is written at most every interval and a status change stops it', async () => {
    const { kernel, clock, writes, rows } = setup({ 1: { status: 'running', heartbeat: 0 } });
    const gate = kernel.gate(1, 'running', new AbortController().signal);
    expect(await gate.next({ rows: 1 })).toBe(true);
    clock.t += 50;
    expect(await gate.next({ rows: 2 })).toBe(true);
    clock.t += 60;
    expect(await gate.next({ rows: 3 })).toBe(true);
    expect(writes).toEqual(['beat 1 {"rows":1}', 'beat 1 {"rows":3}']);
    rows[1].status = 'failed';
    clock.t += 500;
    expect(await gate.next()).toBe(true); // not checked yet: once a second
    clock.t += 600;
    expect(await gate.next()).toBe(false);
  });

  it('When the pass is aborted, Then its gate closes at once', async () => {
    const { kernel } = setup({ 1: { status: 'running', heartbeat: 0 } });
    const controller = new AbortController();
    const gate = kernel.gate(1, 'running', controller.signal);
    controller.abort();
    expect(await gate.next()).toBe(false);
  });

  it('When jobs went quiet, Then recovery claims the stale ones only, and never one this instance runs', async () => {
    const { kernel, clock, rows } = setup({
      1: { status: 'running', heartbeat: 0 },
      2: { status: 'running', heartbeat: 999_999 },
      3: { status: 'waiting', heartbeat: 0 },
      4: { status: 'running', heartbeat: 0 },
    });
    let release!: () => void;
    await kernel.launch(
      4,
      (_signal, placed) => {
        placed();
        return new Promise<void>((resolve) => (release = resolve));
      },
      () => undefined
    );
    clock.t += 30_000;
    const recovered = await kernel.recoverStale({ running: { to: 'failed', data: { error: 'interrupted' } } });
    expect(recovered).toEqual([1]);
    expect(rows[1]).toMatchObject({ status: 'failed', data: { error: 'interrupted' } });
    expect(rows[2].status).toBe('running');
    expect(rows[3].status).toBe('waiting');
    expect(rows[4].status).toBe('running');
    release();
    await kernel.settled(4, 1000);
    expect(kernel.isRunning(4)).toBe(false);
  });

  it('When Strapi stops, Then every pass is aborted and awaited', async () => {
    const { kernel } = setup({ 1: { status: 'running', heartbeat: 0 } });
    const seen: string[] = [];
    await kernel.launch(
      1,
      (signal, placed) => {
        placed();
        return new Promise<void>((resolve) =>
          signal.addEventListener('abort', () => {
            seen.push('aborted');
            resolve();
          })
        );
      },
      () => undefined
    );
    await kernel.stopAll();
    expect(seen).toEqual(['aborted']);
    expect(kernel.isRunning(1)).toBe(false);
  });
});
