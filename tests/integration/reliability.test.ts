/**
 * The dispatcher's promises under failure, with Strapi in child processes and a loopback SMSC
 * that keeps receipts for a receiver to come back (as real SMSCs do): a SIGKILL in the middle of
 * a campaign, and two instances sending one campaign together. Loopback only, bounded in time.
 */
import { campaignClient, mobiles } from '../helpers/campaigns';
import { databaseClient, freshDatabase } from '../helpers/database';
import { instanceSecrets, openDatabase, startInstance, type Instance } from '../helpers/instance';
import { startSmsc, type Smsc } from '../helpers/smsc';
import type { TestApp } from '../helpers/strapi';

jest.setTimeout(300_000);

const RECIPIENTS = 20_000;

let smsc: Smsc;
let database: Awaited<ReturnType<typeof freshDatabase>>;
let env: Record<string, string>;
const running: Instance[] = [];

const start = async () => {
  const instance = await startInstance(env);
  running.push(instance);
  return instance;
};

const clientOf = (instance: Instance) =>
  campaignClient({ http: instance.http } as unknown as TestApp, { Authorization: `Bearer ${instance.adminToken}` });

const until = async (what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

beforeEach(async () => {
  smsc = await startSmsc({ receipts: { delayMs: 0, form: 'tlv' }, holdReceipts: true, idFormat: 'decimal' });
  database = await freshDatabase();
  env = {
    ...instanceSecrets(),
    ...database.env,
    MC_SMS_PROVIDER: 'smpp',
    MC_SMPP_URL: smsc.url,
    MC_SMPP_WINDOW: '20',
    MC_TICK_MS: '1000',
    MC_DISPATCH_LEASE_MS: '3000',
    // The restarted instance turns the dead lease's rows unknown at its first tick, while the SMSC
    // is still redelivering thousands of held receipts through one session; on a loaded machine
    // that took longer than 8 s, and receipts then came for rows already settled 12.
    MC_DISPATCH_UNKNOWN_GRACE_MS: '30000',
  };
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((instance) => instance.kill('SIGKILL')));
  await smsc?.close();
  await database?.drop();
});

/** What the SMSC took, by destination (E.164 without +), and what the database holds per recipient. */
const outcome = async (campaignId: number) => {
  const accepted = smsc.submits.filter((submit) => submit.commandStatus === 0);
  const received = new Map<string, number>();
  for (const submit of accepted) received.set(submit.destination, (received.get(submit.destination) ?? 0) + 1);
  const db = openDatabase(database.env);
  try {
    const rows: { phone: string; status_code: number; state: string }[] = await db('mc_recipients')
      .select('phone', 'status_code', 'state')
      .where('campaign_id', campaignId);
    return { received, rows };
  } finally {
    await db.destroy();
  }
};

describe('Given a 20,000-recipient campaign sent to a loopback SMSC', () => {
  it('When Strapi is SIGKILLed in the middle and started again, Then the campaign completes with no recipient sent twice and the lost ones reported 12 and refunded', async () => {
    const first = await start();
    const client = clientOf(first);
    const list = await client.list('Crash', mobiles(RECIPIENTS, 40_000_000));
    const draft = await client.draft({
      name: 'Crash',
      kind: 'notification',
      message: 'Bonjour ${Prénom}',
      listIds: [list],
    });
    expect((await client.send(draft.id)).status).toBe(200);

    await until('a third of the campaign at the SMSC', () => smsc.submits.length >= RECIPIENTS / 3, 60_000);
    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    const atKill = smsc.submits.length;
    expect(atKill).toBeLessThan(RECIPIENTS);

    const second = await start();
    const done = await clientOf(second).reaches(draft.id, ['completed'], 180_000);
    const { received, rows } = await outcome(draft.id);

    expect([...received.values()].filter((times) => times > 1)).toEqual([]);
    expect(rows).toHaveLength(RECIPIENTS);
    expect(rows.filter((row) => row.state !== 'done')).toEqual([]);
    const neverReceived = rows.filter((row) => !received.has(row.phone.slice(1))).map((row) => row.phone);
    const unknown = rows.filter((row) => row.status_code === 12).map((row) => row.phone);
    expect(unknown.sort()).toEqual(neverReceived.sort());
    // Bounded by what one instance has claimed at a time: 3 lanes of 200.
    expect(unknown.length).toBeLessThanOrEqual(600);
    expect(done.statusCounts['21']).toBe(RECIPIENTS - unknown.length);
    expect(done.creditsUsed).toBe(RECIPIENTS - unknown.length);
    expect(done.creditsRefunded).toBe(unknown.length);
  });

  (databaseClient() === 'sqlite' ? it.skip : it)(
    'When two Strapi instances share the database, Then both send part of it, and none is lost or sent twice',
    async () => {
      const first = await start();
      const second = await start();
      const client = clientOf(first);
      const list = await client.list('Scale', mobiles(RECIPIENTS, 50_000_000));
      const draft = await client.draft({
        name: 'Scale',
        kind: 'notification',
        message: 'Bonjour ${Prénom}',
        listIds: [list],
      });
      expect((await client.send(draft.id)).status).toBe(200);
      const done = await clientOf(second).reaches(draft.id, ['completed'], 180_000);
      const { received, rows } = await outcome(draft.id);

      expect(done.statusCounts).toEqual({ '21': RECIPIENTS });
      expect(received.size).toBe(RECIPIENTS);
      expect([...received.values()].filter((times) => times > 1)).toEqual([]);
      expect(rows.every((row) => row.status_code === 21)).toBe(true);
      const bySession = new Map<number, number>();
      for (const submit of smsc.submits) bySession.set(submit.session, (bySession.get(submit.session) ?? 0) + 1);
      const busy = [...bySession.values()].filter((count) => count >= RECIPIENTS / 20);
      expect(busy.length).toBeGreaterThanOrEqual(2);
    }
  );
});
