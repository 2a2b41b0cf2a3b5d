/**
 * Contact lists as a user meets them: create a list, add contacts by hand in the list editor,
 * search, move a number to the opt-out list, and find it in the exclusion lists.
 * Screenshots land in tests/e2e/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, logIn, screenshot } from './browser';

let browser: Browser;
let page: Page;

// A number of its own per run, so that a rerun against the same database starts clean.
const digits = String(Date.now() % 10_000).padStart(4, '0');
const typed = `06 12 34 ${digits.slice(0, 2)} ${digits.slice(2)}`;
const shown = `+33 6 12 34 ${digits.slice(0, 2)} ${digits.slice(2)}`;
const row = (before = '', after = '') => new RegExp(`${before}${shown.replace(/\+/g, '\\+')}${after}`);

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  await logIn(page);
});

afterAll(async () => {
  await browser?.close();
});

const addContact = async (phone: string) => {
  await page.getByRole('button', { name: 'Add a contact' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mobile number').fill(phone);
  await dialog.getByRole('button', { name: 'Add to the list' }).click();
  await dialog.waitFor({ state: 'hidden' });
};

describe('Given the contact lists', () => {
  it('creates a list from the lists page and lands in its editor', async () => {
    await page.goto(`${BASE_URL}/admin/plugins/mobile-campaigns/lists`);
    await page.getByRole('button', { name: 'New list' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Clients fidèles');
    await dialog.getByRole('button', { name: 'Create the list' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Clients fidèles' }).waitFor();
  });

  it('adds contacts by hand, normalised to the international format, and finds one by number', async () => {
    await addContact(typed);
    await addContact('0692 12 34 56');
    await page.getByRole('row', { name: row() }).waitFor();
    await page.getByRole('row', { name: /\+262 692 12 34 56/ }).waitFor();
    await screenshot(page, 'list-editor');

    await page.getByRole('searchbox').first().fill('0692123456');
    await page.getByRole('row', { name: row() }).waitFor({ state: 'detached' });
    await page.getByRole('searchbox').first().fill('');
    await page.getByRole('row', { name: row() }).waitFor();
  });

  it('moves a number to the account opt-out list, which then shows it', async () => {
    await page.getByRole('button', { name: row('More actions on ') }).click();
    await page.getByRole('menuitem', { name: 'Move to an exclusion list' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Exclude the number' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: row('', '.*Excluded') }).waitFor();

    await page.goto(`${BASE_URL}/admin/plugins/mobile-campaigns/exclusions`);
    await page.getByRole('button', { name: 'Open “Account opt-out list”' }).click();
    await page.getByRole('row', { name: row() }).waitFor();
    await screenshot(page, 'exclusion-list');
  });
});
