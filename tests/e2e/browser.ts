/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser. The flags keep it off
 * the network (this machine has none) and quiet at start.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:1338';
export const CREDENTIALS = { email: process.env.E2E_EMAIL ?? '', password: process.env.E2E_PASSWORD ?? '' };
export const ARTIFACTS = join(__dirname, 'artifacts');

export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
};

export const logIn = async (page: Page, locale: 'en' | 'fr' = 'en') => {
  await page.goto(`${BASE_URL}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(CREDENTIALS.email);
  await page
    .getByLabel(/password/i)
    .first()
    .fill(CREDENTIALS.password);
  await page.getByRole('button', { name: /login|log in|se connecter/i }).click();
  await page.waitForURL(/\/admin(?!\/auth)/, { timeout: 60_000 });
  if (locale === 'fr') {
    await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'fr'));
    await page.reload();
  }
};
