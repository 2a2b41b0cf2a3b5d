/**
 * The CSV import as a French user meets it: a Windows-1252 file with `;` and accented headers, as
 * Excel saves "CSV (séparateur : point-virgule)". Detection, mapping to attributes, the summary,
 * the import, then the list editor shows the accents right, finds a contact and edits it.
 * The fixture is written by the test; screenshots land in tests/e2e/artifacts/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, BASE_URL, launch, logIn, screenshot } from './browser';

let browser: Browser;
let page: Page;

// Numbers of their own per run, so that a rerun against the same database starts clean.
const suffix = String(Date.now() % 1_000_000).padStart(6, '0');
const mobile = (prefix: string) => `${prefix} ${suffix.slice(0, 2)} ${suffix.slice(2, 4)} ${suffix.slice(4)}`;
const fileName = `clients-besancon-${suffix}.csv`;
const file = join(ARTIFACTS, 'fixtures', fileName);

const ROWS = [
  'Prénom;Nom;Portable;Ville',
  `Élodie;Lefèvre;${mobile('06 12')};Besançon`,
  `François;Garçon;${mobile('06 13')};Orléans`,
  // A formula-looking cell is text to the import, and stays text in the list.
  `Zoé;=SOMME(A1:A3);${mobile('07 81')};Nîmes`,
  'Jérôme;Dupré;12345;Dijon',
  `Élodie;Doublon;${mobile('+33 6 12')};Besançon`,
];

beforeAll(async () => {
  mkdirSync(join(ARTIFACTS, 'fixtures'), { recursive: true });
  writeFileSync(file, iconv.encode(`${ROWS.join('\r\n')}\r\n`, 'win1252'));
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  await logIn(page);
});

afterAll(async () => {
  await browser?.close();
});

/** The value shown under a summary figure's label. */
const figure = (label: string) =>
  page.getByText(label, { exact: true }).first().locator('xpath=following-sibling::*[1]');

describe('Given a Windows-1252 CSV exported from a French spreadsheet', () => {
  it('opens the wizard from the lists page and uploads the file', async () => {
    await page.goto(`${BASE_URL}/admin/plugins/mobile-campaigns/lists`);
    await page.getByRole('button', { name: 'Import contacts' }).click();
    await page.getByRole('heading', { name: 'Import contacts' }).waitFor();
    await screenshot(page, 'import-1-source');

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.waitForURL(/\/imports\/\d+/);
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
  });

  it('detects the encoding, the separator, the header row and the phone column, and reads the accents right', async () => {
    await expect(page.getByRole('combobox', { name: 'Encoding' }).textContent()).resolves.toContain('Windows-1252');
    await expect(page.getByRole('combobox', { name: 'Separator' }).textContent()).resolves.toContain('Semicolon');
    await expect(page.getByRole('combobox', { name: 'Mobile number column' }).textContent()).resolves.toContain(
      'Portable'
    );
    await expect(
      page.getByRole('checkbox', { name: 'First row holds column names' }).getAttribute('data-state')
    ).resolves.toBe('checked');
    const preview = page.getByRole('grid').first();
    await preview.getByText('Élodie').first().waitFor();
    await preview.getByText('Besançon').first().waitFor();
    expect(await page.content()).not.toContain('Ã');
  });

  it('maps the columns: Prénom to its attribute by name, Ville chosen by hand', async () => {
    await expect(page.getByRole('combobox', { name: 'Import “Prénom” as' }).textContent()).resolves.toContain(
      'Attribute “Prénom”'
    );
    await page.getByRole('combobox', { name: 'Import “Ville” as' }).click();
    await page.getByRole('option', { name: 'List field' }).click();
    await page.getByRole('combobox', { name: 'Import “Ville” as' }).click();
    await page.getByRole('option', { name: 'Attribute “Ville”' }).click();
    await expect(page.getByRole('combobox', { name: 'Import “Ville” as' }).textContent()).resolves.toContain(
      'Attribute “Ville”'
    );
    await screenshot(page, 'import-2-format');
  });

  it('analyses the file into the summary: one invalid number, one duplicate, three contacts', async () => {
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByText('Contacts to import', { exact: true }).waitFor({ timeout: 60_000 });
    await expect(figure('Rows read').textContent()).resolves.toBe('5');
    await expect(figure('Valid numbers').textContent()).resolves.toBe('4');
    await expect(figure('Invalid numbers').textContent()).resolves.toBe('1');
    await expect(figure('Duplicates removed').textContent()).resolves.toBe('1');
    await expect(figure('Contacts to import').textContent()).resolves.toBe('3');
    await page.getByText('Too short to be a phone number').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'France' }).waitFor();
    await expect(page.getByLabel('Name of the new list').inputValue()).resolves.toBe(fileName.replace(/\.csv$/, ''));
    await screenshot(page, 'import-3-summary');
  });

  it('imports the contacts and links to the new list', async () => {
    await page.getByRole('button', { name: 'Import 3 contacts' }).click();
    await page.getByRole('heading', { name: 'Import completed' }).waitFor({ timeout: 60_000 });
    await page.getByRole('listitem').filter({ hasText: 'Contacts added to the list' }).getByText('3').waitFor();
    await screenshot(page, 'import-4-result');
  });

  it('shows the imported contacts with their accents in the list editor, finds one and edits it', async () => {
    await page.getByRole('link', { name: 'Open the list' }).click();
    await page.getByRole('heading', { name: fileName.replace(/\.csv$/, '') }).waitFor();
    await page.getByRole('row', { name: /Élodie.*Lefèvre.*Besançon/ }).waitFor();
    await screenshot(page, 'import-5-list-editor');
    // Column names are drawn in capitals (CSS): the text itself must be the file's "Prénom".
    await expect(page.locator('thead').first().textContent()).resolves.toContain('Prénom');
    await page.getByRole('row', { name: /=SOMME\(A1:A3\)/ }).waitFor();
    expect(await page.content()).not.toMatch(/PrÃ|Ã©|Ã§/);

    await page.getByRole('searchbox').first().fill('Besançon');
    await page.getByRole('row', { name: /François/ }).waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Élodie/ }).waitFor();

    await page.getByRole('button', { name: /^Edit \+33 6 12/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Prénom').inputValue()).resolves.toBe('Élodie');
    await dialog.getByLabel('Ville').fill('Besançon-les-Bains');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /Besançon-les-Bains/ }).waitFor();
    await screenshot(page, 'import-6-edited');
  });
});
