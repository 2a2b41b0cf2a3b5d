import { createServer, type AddressInfo } from 'node:net';
import type { SubmitResult } from '../../types';
import { createSmppGateway } from '../index';
import { startHarness, sms, until, type Harness } from './harness';

jest.setTimeout(10_000);

const to = (i: number) => `+3361000${String(i).padStart(4, '0')}`;
const batch = (n: number, text = 'hi') => Array.from({ length: n }, (_, i) => sms(`${text} ${i}`, { to: to(i) }));
const perDestination = (h: Harness) => {
  const counts = new Map<string, number>();
  for (const submit of h.smsc.submits) counts.set(submit.destination, (counts.get(submit.destination) ?? 0) + 1);
  return counts;
};

describe('Given the smpp provider under load and faults (loopback SMSC)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('When 30 messages are sent with window 4 to a slow SMSC, Then never more than 4 submits are in flight', async () => {
    h = await startHarness({ respondDelayMs: 30 }, { window: 4 });
    const results = await h.gateway.send(batch(30));
    expect(results.every((r) => r.accepted)).toBe(true);
    expect(h.smsc.maxInFlight).toBeLessThanOrEqual(4);
    expect(h.smsc.maxInFlight).toBeGreaterThanOrEqual(2);
  });

  it('When 20 messages are sent at tps 10, Then it takes at least 1.5 s', async () => {
    h = await startHarness({}, { tps: 10, window: 10 });
    await h.gateway.waitBound(3000);
    const started = Date.now();
    const results = await h.gateway.send(batch(20));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(results.every((r) => r.accepted)).toBe(true);
  });

  it('When the SMSC throttles every 3rd submit, Then those are retried and every message is accepted once', async () => {
    h = await startHarness({ throttleEvery: 3, queueFullEvery: 7 }, { throttleRetryMs: 20 });
    const results = await h.gateway.send(batch(12));
    expect(results.every((r) => r.accepted)).toBe(true);
    expect(h.smsc.submits.length).toBeGreaterThan(12);
    const acceptedPerDestination = new Map<string, number>();
    for (const s of h.smsc.submits.filter((s) => s.commandStatus === 0)) {
      acceptedPerDestination.set(s.destination, (acceptedPerDestination.get(s.destination) ?? 0) + 1);
    }
    expect([...acceptedPerDestination.values()]).toEqual(Array(12).fill(1));
  });

  it('When throttling persists, Then the message comes back retryable with retryAfterMs after a bounded number of tries', async () => {
    h = await startHarness(
      { refuse: (s) => (s.destination === '33610000001' ? 0x58 : 0) },
      { throttleRetryMs: 20, throttleRetries: 2 }
    );
    const results = await h.gateway.send(batch(3));
    const throttled = results.find((r) => !r.accepted)!;
    expect(throttled.error).toEqual({ code: 'ESME_RTHROTTLED', retryable: true, retryAfterMs: 20 });
    expect(perDestination(h).get('33610000001')).toBe(3);
    expect(results.filter((r) => r.accepted)).toHaveLength(2);
  });

  it('When the SMSC refuses a destination, Then the error is permanent with an Annexe 3 code', async () => {
    h = await startHarness({ refuse: () => 0x0b });
    const [result] = await h.gateway.send([sms('x')]);
    expect(result).toEqual({
      id: expect.any(String),
      accepted: false,
      statusCode: 3,
      error: { code: 'ESME_RINVDSTADR', retryable: false },
    });
  });

  it('When part 2 of 3 is refused, Then the message is not resent, with status 12 and the id of part 1', async () => {
    h = await startHarness({ refuse: (s) => (s.udh?.sequence === 2 ? 0x0a : 0) });
    const [result] = await h.gateway.send([sms('z'.repeat(400))]);
    expect(result!.accepted).toBe(false);
    expect(result!.statusCode).toBe(12);
    expect(result!.partIds).toHaveLength(1);
    expect(result!.providerMessageId).toBe(result!.partIds![0]);
    expect(result!.error).toMatchObject({ code: 'ESME_RINVSRCADR', retryable: false });
    expect(h.smsc.submits).toHaveLength(2);
  });

  it('When the SMSC stalls, Then unanswered submits are unknown outcomes and are not resubmitted after the stall', async () => {
    h = await startHarness({ stallAfter: 1, stallMs: 1200 }, { responseTimeoutMs: 400, enquireLinkMs: 0, window: 1 });
    const results = await h.gateway.send(batch(3));
    expect(results[0]!.accepted).toBe(true);
    for (const result of results.slice(1)) {
      expect(result.error).toMatchObject({ code: 'timeout', retryable: false, unknown: true });
    }
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect([...perDestination(h).values()]).toEqual([1, 1, 1]);
  });

  it('When the connection drops mid-batch, Then in-flight submits are unknown, the rest go out once after reconnecting', async () => {
    h = await startHarness({ dropAfter: 5, respondDelayMs: 20 }, { window: 3 });
    const results = await h.gateway.send(batch(20));
    const unknown = results.filter((r) => r.error?.unknown);
    const accepted = results.filter((r) => r.accepted);
    expect(unknown.length).toBeGreaterThanOrEqual(1);
    expect(unknown.length).toBeLessThanOrEqual(3);
    for (const r of unknown) expect(r.error).toMatchObject({ code: 'connection-lost', retryable: false });
    expect(accepted.length + unknown.length).toBe(20);
    expect(h.smsc.binds.filter((b) => b.status === 0)).toHaveLength(2);
    expect(Math.max(...perDestination(h).values())).toBe(1);
    expect(h.logs.some((line) => /reconnecting in \d+ ms/.test(line))).toBe(true);
  });

  it('When enquire_link goes unanswered, Then the link is considered dead and the provider binds again', async () => {
    h = await startHarness({}, { enquireLinkMs: 150, responseTimeoutMs: 300 });
    expect(await h.gateway.waitBound(3000)).toBe(true);
    h.smsc.answerEnquireLink = false;
    await until(() => h!.logs.some((line) => line.includes('no enquire_link_resp')), 3000);
    h.smsc.answerEnquireLink = true;
    await until(() => h!.smsc.binds.length >= 2, 3000);
    const [result] = await h.gateway.send([sms('after')]);
    expect(result!.accepted).toBe(true);
  });

  it('When no SMSC is reachable, Then send answers retryable not-connected within the connect wait', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const noop = () => undefined;
    const gateway = createSmppGateway(
      { host: '127.0.0.1', port, systemId: 'x', connectWaitMs: 300, reconnect: { initialMs: 50, maxMs: 100 } },
      { channel: 'sms', onReceipt: noop, onInbound: noop, logger: { info: noop, warn: noop, error: noop, debug: noop } }
    );
    const started = Date.now();
    const [result] = (await gateway.send([sms('x')])) as SubmitResult[];
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result!.error).toMatchObject({ code: 'not-connected', retryable: true });
    await gateway.close();
  });

  it('When closed, Then pending sends settle and later sends are refused as retryable', async () => {
    h = await startHarness({ stallAfter: 0, stallMs: 3000 }, { responseTimeoutMs: 5000, enquireLinkMs: 0 });
    const pending = h.gateway.send([sms('in flight')]);
    await until(() => h!.smsc.submits.length === 1);
    await h.gateway.close();
    const [result] = await pending;
    expect(result!.error).toMatchObject({ unknown: true, retryable: false });
    const [after] = await h.gateway.send([sms('late')]);
    expect(after!.error).toMatchObject({ code: 'closed', retryable: true });
  });
});
