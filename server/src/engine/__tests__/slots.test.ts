import { Stopped } from '../stopped';
import { createWorkerSlots } from '../slots';

const hooks = () => {
  const events: string[] = [];
  return {
    events,
    hooks: {
      onQueued: async (id: number) => void events.push(`queued ${id}`),
      onWaiting: async (ids: number[]) => void events.push(`waiting ${ids.join(',')}`),
      onStarted: async (id: number) => void events.push(`started ${id}`),
      everyMs: 10,
    },
  };
};

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('Given the worker slots of one instance', () => {
  it('When more jobs come than slots, Then the others wait their turn in order, recorded as queued', async () => {
    const { events, hooks: h } = hooks();
    const slots = createWorkerSlots(2, h);
    const signal = new AbortController().signal;
    const placed: number[] = [];
    await slots.acquire(1, signal, () => placed.push(1));
    await slots.acquire(2, signal, () => placed.push(2));
    const third = slots.acquire(3, signal, () => placed.push(3));
    const fourth = slots.acquire(4, signal, () => placed.push(4));
    await flush();
    expect({ running: slots.running, waiting: slots.waiting }).toEqual({ running: 2, waiting: 2 });
    expect(placed).toEqual([1, 2, 3, 4]);
    expect(events).toEqual(['queued 3', 'queued 4']);

    slots.release(2);
    await third;
    expect(events).toContain('started 3');
    expect({ running: slots.running, waiting: slots.waiting }).toEqual({ running: 2, waiting: 1 });
    slots.release(1);
    await fourth;
    expect({ running: slots.running, waiting: slots.waiting }).toEqual({ running: 2, waiting: 0 });
  });

  it('When a waiting job is cancelled, Then it leaves the queue and the next one gets the slot', async () => {
    const { hooks: h } = hooks();
    const slots = createWorkerSlots(1, h);
    await slots.acquire(1, new AbortController().signal);
    const cancelled = new AbortController();
    const second = slots.acquire(2, cancelled.signal);
    const third = slots.acquire(3, new AbortController().signal);
    await flush();
    cancelled.abort();
    await expect(second).rejects.toBeInstanceOf(Stopped);
    slots.release(2); // what a pass does in its `finally`: harmless for a job that never ran
    expect(slots.running).toBe(1);
    slots.release(1);
    await third;
    expect({ running: slots.running, waiting: slots.waiting }).toEqual({ running: 1, waiting: 0 });
  });

  it('While jobs wait, Then their heartbeat goes on, and it stops with the last of them', async () => {
    jest.useFakeTimers();
    try {
      const { events, hooks: h } = hooks();
      const slots = createWorkerSlots(1, h);
      await slots.acquire(1, new AbortController().signal);
      const second = slots.acquire(2, new AbortController().signal);
      await jest.advanceTimersByTimeAsync(25);
      expect(events.filter((event) => event.startsWith('waiting'))).toEqual(['waiting 2', 'waiting 2']);
      slots.release(1);
      await second;
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
