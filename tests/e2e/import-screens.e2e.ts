/**
 * Issue 13's import screens, in English and in French, in Chromium: a Windows-1252 file with a
 * landline, a Belgian number, `Courriel` and a date column; the mapping step (Courriel to Email,
 * "New attribute…" for the dates proposes a free name and the date type); the summary (what the
 * import writes, the refused destinations); pasted numbers appended to the list just made, from
 * the standalone wizard; then the lists table and the list editor at 1440 and 1280 px, their
 * names and row actions on screen. Screenshots land in tests/e2e/artifacts/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, BASE_URL, launch, logIn, screenshot } from './browser';

const WORDS = {
  en: {
    title: 'Import contacts',
    preview: 'Preview',
    encoding: 'Encoding',
    importAs: (column: string) => `Import “${column}” as`,
    attribute: (name: string) => `Attribute “${name}”`,
    newAttribute: 'New attribute…',
    analyse: 'Analyse',
    final: 'Contacts to import',
    start: (count: number) => `Import ${count} contacts`,
    done: 'Import completed',
    writes: 'What the import writes',
    refused: 'Refused destinations, not among your allowed ones: BE (1).',
    fixedLine: 'Fixed line: receives neither SMS nor voicemail drops',
    paste: 'Paste values',
    numbers: 'Mobile numbers',
    pasteContinue: 'Continue',
    pastedName: /^Numbers pasted on \d\d\/\d\d\/\d{4}$/,
    existing: 'An existing list',
    list: 'List',
    sample: 'Download a sample file',
    edit: (name: string) => `Edit “${name}”`,
    lists: 'lists',
  },
  fr: {
    title: 'Importer des contacts',
    preview: 'Aperçu',
    encoding: 'Encodage',
    importAs: (column: string) => `Importer « ${column} » comme`,
    attribute: (name: string) => `Attribut « ${name} »`,
    newAttribute: 'Nouvel attribut…',
    analyse: 'Analyser',
    final: 'Contacts à importer',
    start: (count: number) => `Importer ${count} contacts`,
    done: 'Import terminé',
    writes: "Ce que l'import enregistre",
    refused: 'Destinations refusées, hors de vos destinations autorisées : BE (1).',
    fixedLine: 'Ligne fixe : ne reçoit ni SMS ni dépôt sur répondeur',
    paste: 'Coller des valeurs',
    numbers: 'Numéros de mobile',
    pasteContinue: 'Continuer',
    pastedName: /^Numéros collés du \d\d\/\d\d\/\d{4}$/,
    existing: 'Une liste existante',
    list: 'Liste',
    sample: "Télécharger un fichier d'exemple",
    edit: (name: string) => `Éditer « ${name} »`,
    lists: 'listes',
  },
};

// Numbers of their own per run and language, so that a rerun against the same database starts clean.
const stamp = String(Date.now() % 100_000).padStart(5, '0');

for (const locale of ['en', 'fr'] as const) {
  const w = WORDS[locale];
  const digits = `${locale === 'en' ? 1 : 2}${stamp}`;
  const mobile = (prefix: string, last: string) =>
    `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 5)}${last}`;
  const fileName = `clients-${locale}-${stamp}.csv`;
  const listName = fileName.replace(/\.csv$/, '');
  const file = join(ARTIFACTS, 'fixtures', fileName);
  const ROWS = [
    'Civilité;Prénom;Nom;Portable;Courriel;Naissance;Ville',
    `Mme;Élodie;Lefèvre;${mobile('06 12', '1')};elodie@example.com;14/07/1989;Besançon`,
    `M.;Gérard;Fixe;01 23 45 67 89;;01/01/1970;Paris`,
    `Mme;Anke;Janssens;+32 470 12 34 56;;02/02/1990;Bruxelles`,
    `M.;François;Garçon;${mobile('07 58', '2')};francois@example.com;03/03/1985;Orléans`,
    `Mme;Zoé;Cœur;${mobile('06 98', '3')};;04/04/2000;Nîmes`,
  ];
  const shot = (name: string) => screenshot(page, `screens-${locale}-${name}`);
  let browser: Browser;
  let page: Page;

  describe(`Given a French marketer's Windows-1252 file, in ${locale === 'en' ? 'English' : 'French'}`, () => {
    beforeAll(async () => {
      mkdirSync(join(ARTIFACTS, 'fixtures'), { recursive: true });
      writeFileSync(file, iconv.encode(`${ROWS.join('\r\n')}\r\n`, 'win1252'));
      browser = await launch();
      page = await browser.newPage({
        viewport: { width: 1440, height: 1000 },
        locale: locale === 'en' ? 'en-GB' : 'fr-FR',
      });
      await logIn(page, locale);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('offers a sample file on the file step, and reads the uploaded file as Windows-1252', async () => {
      await page.goto(`${BASE_URL}/admin/plugins/mobile-campaigns/imports/new`);
      await page.getByRole('heading', { name: w.title }).first().waitFor();
      await page.getByRole('button', { name: w.sample }).waitFor();
      await shot('1-source');
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.waitForURL(/\/imports\/\d+/);
      await page.getByRole('heading', { name: w.preview }).waitFor();
      await expect(page.getByRole('combobox', { name: w.encoding }).textContent()).resolves.toContain('Windows-1252');
      await page.getByRole('grid').first().getByText('Besançon').first().waitFor();
    });

    it('maps Courriel to Email and proposes a new date attribute for Naissance', async () => {
      await expect(page.getByRole('combobox', { name: w.importAs('Courriel') }).textContent()).resolves.toContain(
        w.attribute('Email')
      );
      await page.getByRole('combobox', { name: w.importAs('Naissance') }).click();
      await page.getByRole('option', { name: w.newAttribute }).click();
      const row = page.locator('tr[data-column="Naissance"]');
      await row.scrollIntoViewIfNeeded();
      await expect(row.getByRole('combobox', { name: 'Type' }).textContent()).resolves.toContain('Date');
      // English runs first and creates "Naissance": French is offered a name that is still free.
      const expected = locale === 'en' ? 'Naissance' : 'Naissance 2';
      await expect(row.getByRole('textbox', { name: 'Variable' }).inputValue()).resolves.toBe(expected);
      await shot('2-mapping');
    });

    it('says in the summary what the import writes, and names the refused destination', async () => {
      await page.getByRole('button', { name: w.analyse }).click();
      await page.getByText(w.final, { exact: true }).waitFor({ timeout: 60_000 });
      await page.getByRole('heading', { name: w.writes }).waitFor();
      await page.getByText(w.refused).waitFor();
      await page.getByText(w.fixedLine).waitFor();
      await page.getByText(w.final, { exact: true }).scrollIntoViewIfNeeded();
      await shot('3-summary');
      await page.getByRole('heading', { name: w.writes }).scrollIntoViewIfNeeded();
      await shot('3-summary-end');
      await page.getByRole('button', { name: w.start(3) }).click();
      await page.getByRole('heading', { name: w.done }).waitFor({ timeout: 60_000 });
    });

    it('appends pasted numbers to that list from the standalone wizard, the list named by default after the day', async () => {
      await page.goto(`${BASE_URL}/admin/plugins/mobile-campaigns/imports/new`);
      await page.getByRole('tab', { name: w.paste }).click();
      await page.getByLabel(w.numbers).fill(`${mobile('06 45', '4')}\n${mobile('06 45', '5')}`);
      await page.getByRole('button', { name: w.pasteContinue, exact: true }).click();
      await page.waitForURL(/\/imports\/\d+/);
      await expect(page.getByRole('combobox', { name: w.encoding }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: w.analyse }).click();
      await page.getByText(w.final, { exact: true }).waitFor({ timeout: 60_000 });
      const name = await page.locator('input[name="listName"]').inputValue();
      expect(name).toMatch(w.pastedName);
      await page.getByRole('radio', { name: w.existing }).click();
      await page.getByRole('combobox', { name: w.list }).click();
      await page.getByRole('option', { name: new RegExp(listName) }).click();
      await shot('4-append');
      await page.getByRole('button', { name: w.start(2) }).click();
      await page.getByRole('heading', { name: w.done }).waitFor({ timeout: 60_000 });
    });

    for (const width of [1440, 1280]) {
      it(`keeps the list names and row actions on screen at ${width} px`, async () => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${BASE_URL}/admin/plugins/mobile-campaigns/lists`);
        const edit = page.getByRole('button', { name: w.edit(listName) });
        await edit.waitFor();
        await shot(`5-lists-${width}`);
        // What is wider than the screen, if anything: for the log when the check below fails.
        const wide = await page.evaluate((limit) => {
          const found: string[] = [];
          for (const element of Array.from(document.querySelectorAll('main *'))) {
            const rect = element.getBoundingClientRect();
            if (rect.right > limit + 1 && found.length < 8) {
              found.push(`${element.tagName}.${String(element.className).slice(0, 40)} ${Math.round(rect.width)}`);
            }
          }
          return found;
        }, width);
        if (wide.length > 0) console.log(`wider than ${width}px:`, wide);
        const box = await edit.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        const name = await page.getByText(listName, { exact: true }).first().boundingBox();
        expect(name!.x).toBeGreaterThanOrEqual(0);

        await edit.click();
        await page.getByRole('heading', { name: listName }).waitFor();
        const row = page.getByRole('row', { name: /Élodie/ });
        await row.waitFor();
        await shot(`6-editor-${width}`);
        const actions = await row.getByRole('button').last().boundingBox();
        expect(actions!.x + actions!.width).toBeLessThanOrEqual(width);
        await page.getByText(w.fixedLine).first().waitFor();
      });
    }
  });
}
