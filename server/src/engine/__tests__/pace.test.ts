import { createPace } from '../pace';

describe('createPace', () => {
  it('Given a slow gateway whose last batch was short, When the unsent part is refunded, Then the next turn waits for what was sent only', async () => {
    let clock = 0;
    const pace = createPace(0.2, () => clock);
    // A batch of 100 asked for at one message every 5 s: it goes at once, and leaves a debt.
    expect(await pace.take(100)).toBe(true);
    // Only 6 rows were left to send: 94 go back, so the debt is 6 messages' worth (30 s).
    pace.refund(94);
    const controller = new AbortController();
    const waiting = pace.take(100, controller.signal);
    clock = 29_000;
    controller.abort();
    expect(await waiting).toBe(false);
    clock = 30_000;
    expect(await pace.take(100)).toBe(true);
  });

  it('Given a rate, Then a batch is at most one second of it, and at least one message', () => {
    expect(createPace(0.2).batchOf(100)).toBe(1);
    expect(createPace(50).batchOf(100)).toBe(50);
    expect(createPace(500).batchOf(100)).toBe(100);
    expect(createPace(0).batchOf(100)).toBe(100);
  });

  it('Given no limit, Then taking and refunding are free', async () => {
    const pace = createPace(0);
    expect(await pace.take(5000)).toBe(true);
    pace.refund(5000);
    expect(await pace.take(5000)).toBe(true);
  });
});
