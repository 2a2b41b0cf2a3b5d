/**
 * The contact directory as a French marketer uses it, in English and in French (issue 13): contacts
 * added in the directory, a list built from the selection whose fields are the attributes'
 * variables (`${Prénom}`), contacts added and corrected in its list editor and found named in the
 * directory by a search without accents, the French sort, and the directory's table at 1440 and
 * 1280 px with its name column and row actions on screen. Screenshots land in tests/e2e/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import en from '../../admin/src/translations/en.json';
import fr from '../../admin/src/translations/fr.json';
import { BASE_URL, launch, logIn, screenshot } from './browser';

jest.setTimeout(180_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

type Locale = 'en' | 'fr';

/** A form field by its label, exactly (`Nom` is not `Prénom`), a required field's star allowed. */
const labelled = (scope: ReturnType<Page['getByRole']>, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));
const MESSAGES: Record<Locale, Record<string, string>> = { en, fr };

// Numbers of their own per run and language, so that a rerun against the same database starts clean.
const run = String(Date.now() % 100_000).padStart(5, '0');
/** 07 7R RR RR NN (English) or 07 8R RR RR NN (French): mobiles of their own per run. */
const mobile = (locale: Locale, n: number) => {
  const digits = `07${locale === 'en' ? '7' : '8'}${run}${String(n).padStart(2, '0')}`;
  return digits.replace(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/, '$1 $2 $3 $4 $5');
};

describe.each<Locale>(['en', 'fr'])('Given the directory in %s', (locale) => {
  let page: Page;
  const m = MESSAGES[locale];
  /** A message of the plugin, its `{placeholders}` filled. */
  const t = (key: string, values: Record<string, string> = {}) => {
    const text = m[key];
    if (text === undefined) throw new Error(`No ${locale} message ${key}`);
    return Object.entries(values).reduce((out, [name, value]) => out.replace(`{${name}}`, value), text);
  };
  const listName = `${locale === 'fr' ? 'Sélection' : 'Selection'} ${run}`;
  const people = [
    { phone: mobile(locale, 1), firstName: 'Jean-François', lastName: 'Dupré' },
    { phone: mobile(locale, 2), firstName: 'Hélène', lastName: 'Bouchard' },
  ];

  beforeAll(async () => {
    page = await browser.newPage({
      viewport: { width: 1440, height: 1000 },
      locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
    });
    await logIn(page, locale);
  });

  afterAll(async () => {
    await page?.close();
  });

  /** The directory's or the editor's row of this run's contact n, by its number as shown (+33 7 …). */
  const rowOf = (n: number) => page.getByRole('row', { name: new RegExp(`\\+33 ${mobile(locale, n).slice(1)}`) });

  const search = async (text: string) => {
    const box = page.getByRole('searchbox').first();
    await box.fill(text);
    await box.press('Enter');
  };

  it('adds two contacts to the directory, selects them and builds a list whose fields are the attributes’ variables', async () => {
    await page.goto(`${BASE_URL}/admin/plugins/mobile-campaigns/contacts`);
    for (const person of people) {
      await page
        .getByRole('button', { name: t('contacts.add') })
        .first()
        .click();
      const dialog = page.getByRole('dialog');
      await labelled(dialog, t('entryForm.phone.label')).fill(person.phone);
      await labelled(dialog, t('contacts.table.firstName')).fill(person.firstName);
      await labelled(dialog, t('contacts.table.lastName')).fill(person.lastName);
      await dialog.getByRole('button', { name: t('contactForm.add') }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await search(`07 ${mobile(locale, 1).slice(3, 8)}`);
    await page
      .getByText(new RegExp(locale === 'fr' ? '2 contacts pour votre recherche' : '2 contacts match your search'))
      .waitFor();
    for (const [index, person] of people.entries()) {
      await rowOf(index + 1)
        .getByRole('checkbox', { name: t('contacts.select', { name: `${person.firstName} ${person.lastName}` }) })
        .click();
    }
    await page.getByRole('button', { name: t('contacts.createList') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('listForm.name.label')).fill(listName);
    await dialog.getByRole('button', { name: t('lists.create') }).click();
    await page.getByRole('heading', { name: listName }).waitFor();

    // The list answers to ${Prénom} and ${Nom}, as an imported list does, whatever the admin's language.
    await page.getByText('${Prénom}').first().waitFor();
    await page.getByText('${Nom}').first().waitFor();
    const headings = await page.getByRole('row').first().textContent();
    expect(headings).toContain('Prénom');
    expect(headings).not.toContain('firstName');
    await page.getByRole('row', { name: /Jean-François.*Dupré/ }).waitFor();
    await screenshot(page, `directory-${locale}-list-from-selection`);
  });

  it('adds a contact and corrects another in the list editor, and the directory has their names', async () => {
    await page
      .getByRole('button', { name: t('editor.addContact') })
      .first()
      .click();
    let dialog = page.getByRole('dialog');
    await labelled(dialog, t('entryForm.phone.label')).fill(mobile(locale, 3));
    await labelled(dialog, 'Prénom').fill('Noël');
    await labelled(dialog, 'Nom').fill('Bénard');
    await dialog.getByRole('button', { name: t('entryForm.add') }).click();
    await dialog.waitFor({ state: 'hidden' });

    const shown = `+33 ${mobile(locale, 2).slice(1)}`;
    await page.getByRole('button', { name: t('entries.action.edit', { number: shown }) }).click();
    dialog = page.getByRole('dialog');
    await labelled(dialog, 'Prénom').fill('Jérôme');
    await dialog.getByRole('button', { name: t('common.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /Jérôme.*Bouchard/ }).waitFor();
    await screenshot(page, `directory-${locale}-list-editor`);

    await page.goto(`${BASE_URL}/admin/plugins/mobile-campaigns/contacts`);
    await search('noel benard');
    await rowOf(3).getByText('Noël Bénard', { exact: true }).waitFor();
    await search('jerome');
    await rowOf(2).getByText('Jérôme Bouchard', { exact: true }).waitFor();
  });

  it('searches without accents, by full name and by national number, and sorts the French way', async () => {
    await search('dupre');
    await rowOf(1).getByText('Jean-François Dupré', { exact: true }).waitFor();
    await search('jean-francois dupre');
    await rowOf(1).getByText('Jean-François Dupré', { exact: true }).waitFor();

    await search(`07 ${mobile(locale, 1).slice(3, 8)}`);
    await page
      .getByText(new RegExp(locale === 'fr' ? '3 contacts pour votre recherche' : '3 contacts match your search'))
      .waitFor();
    await rowOf(3).waitFor();
    const names = await page.getByRole('row').allTextContents();
    const order = ['Bénard', 'Bouchard', 'Dupré'].map((name) => names.findIndex((row) => row.includes(name)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
  });

  it.each([1440, 1280])(
    'keeps the name column, the row actions and the search placeholder on screen at %i px',
    async (width) => {
      await page.setViewportSize({ width, height: 900 });
      await search('');
      await rowOf(1).waitFor();
      const row = rowOf(1);
      const edit = row.getByRole('button', { name: t('contacts.action.edit', { name: 'Jean-François Dupré' }) });
      const box = await edit.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      const nameCell = await row.getByText('Jean-François Dupré', { exact: true }).boundingBox();
      expect(nameCell!.x + nameCell!.width).toBeLessThanOrEqual(width);
      const input = page.getByRole('searchbox').first();
      const fits = await input.evaluate((element) => {
        const field = element as HTMLInputElement;
        const canvas = document.createElement('canvas').getContext('2d')!;
        canvas.font = getComputedStyle(field).font;
        const padding =
          parseFloat(getComputedStyle(field).paddingLeft) + parseFloat(getComputedStyle(field).paddingRight);
        return canvas.measureText(field.placeholder).width <= field.clientWidth - padding + 1;
      });
      expect(fits).toBe(true);
      await screenshot(page, `directory-${locale}-${width}`);
    }
  );
});
