/**
 * A newcomer's first minutes: log in, open Mobile Campaigns, create a draft from the dashboard,
 * then change a setting. Screenshots land in tests/e2e/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, logIn, screenshot } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
});

afterAll(async () => {
  await browser?.close();
});

describe('Given a new user of the playground', () => {
  it('logs in and opens the Mobile Campaigns dashboard from the menu', async () => {
    await logIn(page);
    // The main navigation shows icons; the link is found by where it leads.
    await page.locator('nav a[href$="/plugins/mobile-campaigns"]').click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 60_000 });
    await page.getByText('Campaigns in preparation').waitFor();
    await page.getByText('Unlimited account').waitFor();
    await screenshot(page, 'dashboard-empty');
  });

  it('creates a draft with the new-campaign modal and sees it among the campaigns in preparation', async () => {
    await page.getByRole('button', { name: 'New campaign' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/campaign name/i).fill('Soldes de printemps');
    await dialog.getByLabel(/billing code/i).fill('MKT-2026');
    await dialog.getByRole('button', { name: /create/i }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The modal is the wizard's first step: the draft goes on with its recipients.
    await page.waitForURL(/\/campaigns\/\d+\?step=recipients/, { timeout: 60_000 });
    await page.getByRole('heading', { name: 'Soldes de printemps' }).waitFor();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('row', { name: /Soldes de printemps/ }).waitFor();
    await screenshot(page, 'dashboard');
  });

  it('changes the default sender in the settings and finds it again after a reload', async () => {
    await page.goto(`${BASE_URL}/admin/settings/mobile-campaigns`);
    const sender = page.getByLabel(/default sms sender/i);
    await sender.waitFor({ timeout: 60_000 });
    await sender.fill('MaBoutique');
    await page.getByRole('button', { name: /save/i }).click();
    await page.getByText(/saved/i).first().waitFor();
    await page.reload();
    await page.getByLabel(/default sms sender/i).waitFor();
    expect(await page.getByLabel(/default sms sender/i).inputValue()).toBe('MaBoutique');
    await screenshot(page, 'settings');
  });
});
