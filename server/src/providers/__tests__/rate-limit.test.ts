import { createTokenBucket } from '../rate-limit';

describe('Given a token bucket', () => {
  it('When 20 tokens are taken at 40 per second, Then it takes about half a second, in order', async () => {
    const bucket = createTokenBucket(40, 1);
    const order: number[] = [];
    const started = Date.now();
    await Promise.all(Array.from({ length: 20 }, (_, i) => bucket.take().then(() => order.push(i))));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(400);
    expect(elapsed).toBeLessThan(3000);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('When the rate is 0, Then there is no limit', async () => {
    const bucket = createTokenBucket(0);
    const started = Date.now();
    await Promise.all(Array.from({ length: 1000 }, () => bucket.take()));
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('When closed, Then waiting takes are rejected', async () => {
    const bucket = createTokenBucket(1, 1);
    await bucket.take();
    const waiting = bucket.take();
    bucket.close(new Error('closed'));
    await expect(waiting).rejects.toThrow('closed');
    expect(bucket.waiting).toBe(0);
  });
});
