/**
 * The sending window in real time: a marketing campaign still sending when the window closes
 * pauses itself (reason "window"), sends nothing while it is closed, and resumes by itself at the
 * next opening. The window is the host's own (`MC_SMS_WINDOW`, the plugin's `sendingWindows`),
 * closing within a minute and a half and opening again one minute later, in a time zone where it is
 * about noon (so the test never straddles midnight); the rate limit (`MC_SMS_RATE`) keeps the
 * campaign sending long enough.
 */
import { campaignClient, mobiles } from '../helpers/campaigns';
import { startApp, type TestApp } from '../helpers/strapi';

jest.setTimeout(300_000);

const RATE = 100;
const MINUTE = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** A zone of whole hours where it is about noon now (Etc/GMT-2 is UTC+2). */
const noonZone = () => {
  const offset = ((12 - new Date().getUTCHours() + 36) % 24) - 12;
  return { offset, zone: offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}` };
};

let app: TestApp;
let admin: Record<string, string>;
let closeAt: number;
let reopenAt: number;
const saved = { window: process.env.MC_SMS_WINDOW, rate: process.env.MC_SMS_RATE, tick: process.env.MC_TICK_MS };
const { offset, zone } = noonZone();

beforeAll(async () => {
  // The window closes at the next minute at least 25 s away, and opens again a minute later.
  const now = Date.now();
  const local = new Date(now + offset * 3_600_000);
  const minuteNow = local.getUTCHours() * 60 + local.getUTCMinutes();
  const close = minuteNow + (60 - local.getUTCSeconds() >= 25 ? 1 : 2);
  closeAt = Math.floor(now / MINUTE) * MINUTE + (close - minuteNow) * MINUTE;
  reopenAt = closeAt + MINUTE;
  const today = String(((local.getUTCDay() + 6) % 7) + 1);
  const days: Record<string, [string, string][]> = {};
  for (let day = 1; day <= 7; day++) days[String(day)] = [['00:00', '24:00']];
  days[today] = [
    ['00:00', clock(close)],
    [clock(close + 1), '24:00'],
  ];
  Object.assign(process.env, {
    MC_SMS_WINDOW: JSON.stringify({ days, excludeHolidays: false }),
    MC_SMS_RATE: String(RATE),
    MC_TICK_MS: '500',
  });
  app = await startApp();
  admin = { Authorization: `Bearer ${app.adminToken}` };
  const current = (await app.http().get('/mobile-campaigns/settings').set(admin)).body;
  // Settings shows the window the host's config sets, read-only.
  expect(current.meta.sendingWindows).toEqual({ sms: { days, excludeHolidays: false }, voice: null });
  const settings = current.data;
  const put = await app
    .http()
    .put('/mobile-campaigns/settings')
    .set(admin)
    .send({ ...settings, timeZone: zone });
  expect(put.status).toBe(200);
});

afterAll(async () => {
  await app?.stop();
  for (const [name, value] of [
    ['MC_SMS_WINDOW', saved.window],
    ['MC_SMS_RATE', saved.rate],
    ['MC_TICK_MS', saved.tick],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('Given a sending window that closes within a minute and a half and opens again a minute later', () => {
  it('When a marketing campaign is still sending at the close, Then it pauses (window), sends nothing while closed, and resumes by itself at the opening', async () => {
    const client = campaignClient(app, admin);
    // Enough recipients at RATE messages/s to be still sending 20 s after the close.
    const count = Math.ceil(((closeAt - Date.now()) / 1000 + 20) * RATE);
    const list = await client.list('Fenêtre', mobiles(count, 20_000_000));
    const draft = await client.draft({
      name: 'Soldes du soir',
      kind: 'marketing',
      message: 'Soldes ${Prénom}',
      listIds: [list],
    });
    const sent = await client.send(draft.id);
    expect(sent.status).toBe(200);

    const paused = await client.reaches(draft.id, ['paused', 'consolidating', 'completed'], reopenAt - Date.now());
    expect(paused).toEqual(expect.objectContaining({ status: 'paused', pauseReason: 'window' }));
    expect(Date.now()).toBeGreaterThanOrEqual(closeAt);
    const pausedDetail = (await app.http().get(`/mobile-campaigns/campaigns/${draft.id}`).set(admin)).body.data;
    expect(new Date(pausedDetail.resumeAt).getTime()).toBe(reopenAt);
    // Nothing leaves while the window is closed (a batch at the gateway at the close is recorded
    // within a moment): the count then holds still.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = (await client.get(draft.id)).submittedCount;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(count);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(10_000, reopenAt - Date.now() - 2000))));
    expect((await client.get(draft.id)).submittedCount).toBe(before);

    const done = await client.reaches(draft.id, ['consolidating', 'completed'], 120_000);
    expect(done.submittedCount).toBe(count);
    const rows = await app.strapi.db
      .query('plugin::mobile-campaigns.recipient')
      .findMany({ where: { campaignId: draft.id }, select: ['submittedAt', 'providerMessageId'] });
    expect(new Set(rows.map((row: any) => row.providerMessageId)).size).toBe(count);
    const times = rows.map((row: any) => new Date(row.submittedAt).getTime());
    // Sent before the close (a batch already at the gateway may finish just after it), or from the opening.
    const during = times.filter((t: number) => t > closeAt + 10_000 && t < reopenAt);
    expect(during).toEqual([]);
    expect(times.filter((t: number) => t >= reopenAt).length).toBeGreaterThan(0);
  });
});
