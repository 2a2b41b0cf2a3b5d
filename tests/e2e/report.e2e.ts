/**
 * A finished campaign's report as its author opens it (issue 12): a notification with a tracked
 * link is sent to a small list through the simulator (prepared over the admin API: the wizard has
 * its own test), one recipient's short link is opened from a phone, then the report is opened
 * from the campaigns page. Its key figures are compared with the report API, the "Delivered"
 * category is downloaded and parsed, and the charts are photographed in English and French, in
 * the light and dark themes, at 1440 and 1280 px: tests/e2e/artifacts/report-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, BASE_URL, CREDENTIALS, launch, logIn, screenshot } from './browser';

jest.setTimeout(300_000);

const API = `${BASE_URL}/mobile-campaigns`;
const suffix = String(Date.now() % 1_000_000).padStart(6, '0');
const campaignName = `Rapport e2e ${suffix}`;
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1';

let browser: Browser;
let page: Page;
let token = '';

const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
};

interface Report {
  campaign: { status: string };
  figures: Record<string, number>;
}

const report = async (id: number) => (await call<{ data: Report }>('GET', `/campaigns/${id}/report`)).data;

/** The figures the page shows, read from the cards' `data-value`. */
const shownFigures = async () =>
  page
    .locator('[data-figure]')
    .evaluateAll((cards) =>
      Object.fromEntries(
        cards.map((card) => [
          card.getAttribute('data-figure'),
          card.querySelector('[data-value]')?.textContent?.replace(/[\s\u202f\u00a0]/g, '') ?? '',
        ])
      )
    );

const expected = (figures: Record<string, number>) => ({
  recipients: String(figures.recipients),
  sent: String(figures.sent),
  delivered: String(figures.delivered),
  notDelivered: String(figures.notDelivered),
  pending: String(figures.pending),
  invalid: String(figures.invalid),
  duplicates: String(figures.duplicates),
  clicks: `${figures.uniqueClicks}/${figures.totalClicks}`,
  previews: String(figures.previews),
  creditsUsed: String(figures.creditsUsed),
});

beforeAll(async () => {
  const login = await fetch(`${BASE_URL}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(CREDENTIALS),
  });
  token = ((await login.json()) as { data: { token: string } }).data.token;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB', acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('Given a notification with a tracked link, sent to six numbers by the simulator', () => {
  let campaignId = 0;
  let api: Report;

  beforeAll(async () => {
    const list = (await call<{ data: { id: number } }>('POST', '/lists', { name: `Rapport e2e ${suffix}` })).data;
    for (let i = 0; i < 6; i++) {
      await call('POST', `/lists/${list.id}/entries`, { phone: `065${suffix}${i}` });
    }
    const draft = await call<{ data: { id: number } }>('POST', '/campaigns', {
      name: campaignName,
      kind: 'notification',
      message: 'Votre commande est prête : ${track_1}',
      trackedLinks: [{ url: 'https://example.com/commande' }],
      listIds: [list.id],
    });
    campaignId = draft.data.id;
    await call('POST', `/campaigns/${campaignId}/send`, {});
    // One SMS every 5 s in the end-to-end playground (MC_SMS_RATE=0.2), then the receipts.
    const deadline = Date.now() + 180_000;
    for (;;) {
      const { status } = (await report(campaignId)).campaign;
      if (status === 'completed') break;
      if (Date.now() > deadline) throw new Error(`Campaign ${campaignId} still ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    // A recipient opens the link from its phone: the message it received holds its short link.
    const recipients = await call<{ data: { text: string | null }[] }>(
      'GET',
      `/campaigns/${campaignId}/recipients?pageSize=10`
    );
    const link = recipients.data.map((row) => row.text?.match(/https?:\/\/\S+/)?.[0]).find(Boolean)!;
    expect(link).toBeTruthy();
    for (let i = 0; i < 2; i++) {
      const opened = await fetch(link, { redirect: 'manual', headers: { 'user-agent': PHONE_UA } });
      expect(opened.status).toBe(302);
      expect(opened.headers.get('location')).toBe('https://example.com/commande');
    }
    // The counters are written behind, within a fraction of a second.
    const clicksDeadline = Date.now() + 10_000;
    do {
      api = await report(campaignId);
      if (api.figures.totalClicks === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    } while (Date.now() < clicksDeadline);
    expect(api.figures).toEqual(expect.objectContaining({ recipients: 6, sent: 6, uniqueClicks: 1, totalClicks: 2 }));
  });

  it('When the author opens it from the campaigns page, Then the report shows the figures of the API', async () => {
    await logIn(page);
    await page.goto(`${BASE_URL}/admin/plugins/mobile-campaigns/campaigns`);
    await page.getByRole('button', { name: `Actions on “${campaignName}”` }).click({ timeout: 60_000 });
    await page.getByRole('menuitem', { name: 'Open the campaign' }).click();
    await page.waitForURL(new RegExp(`/campaigns/${campaignId}/report$`), { timeout: 30_000 });
    await page.getByRole('heading', { name: campaignName }).waitFor({ timeout: 60_000 });
    await page.locator('[data-figure="clicks"] [data-value]').waitFor();
    expect(await shownFigures()).toEqual(expect.objectContaining(expected(api.figures)));
    await page.locator('.recharts-pie').first().waitFor();
    await page.locator('.recharts-surface').nth(1).waitFor();
  });

  it('When "Delivered" is downloaded, Then the file holds the delivered recipients, as the API writes them', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download “Delivered” (CSV)' }).click(),
    ]);
    const file = join(ARTIFACTS, `report-delivered-${suffix}.csv`);
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { data, errors } = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(errors).toEqual([]);
    const [header, ...rows] = data;
    expect(header!.slice(0, 11)).toEqual([
      'REF_LIST',
      'ID_LINE',
      'INT_MOBILE',
      'STATUS_CODE',
      'STATUS_TEXT',
      'DELIVERYDATE',
      'REPLY',
      'PREVIEW',
      'PREVIEW_COUNTER',
      'TRACK_1',
      'TRACK_1_COUNTER',
    ]);
    expect(rows).toHaveLength(api.figures.delivered);
    // The admin in English asks for English status texts; the file is the API's, byte for byte.
    const fromApi = await fetch(`${API}/campaigns/${campaignId}/report.csv?category=delivered&lang=en`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(Buffer.from(await fromApi.arrayBuffer()).toString('utf8')).toBe(text);
    expect(rows.every((row) => row[header!.indexOf('STATUS_TEXT')] === 'Delivered')).toBe(true);
    // The click is on the delivered recipient's line when its receipt came back.
    const counters = rows.map((row) => Number(row[header!.indexOf('TRACK_1_COUNTER')]));
    expect(counters.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(2);
  });

  it('Then the charts read in English and French, in the light and dark themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const locale of ['en', 'fr'] as const) {
        await page.evaluate(
          ([value, language]) => {
            localStorage.setItem('STRAPI_THEME', value);
            localStorage.setItem('strapi-admin-language', language);
          },
          [theme, locale]
        );
        await page.reload();
        await page.getByRole('heading', { name: campaignName }).waitFor({ timeout: 60_000 });
        await page.locator('.recharts-pie').first().waitFor();
        // The charts animate in: the photograph waits for the end.
        await page.waitForTimeout(1500);
        for (const width of [1440, 1280]) {
          await page.setViewportSize({ width, height: 1000 });
          await screenshot(page, `report-${theme}-${locale}-${width}`);
        }
        await page.setViewportSize({ width: 1440, height: 1000 });
      }
    }
    const french = await page.getByRole('button', { name: 'Télécharger « Délivré » (CSV)' }).count();
    expect(french).toBe(1);
    await page.evaluate(() => {
      localStorage.setItem('STRAPI_THEME', 'light');
      localStorage.setItem('strapi-admin-language', 'en');
    });
  });
});
