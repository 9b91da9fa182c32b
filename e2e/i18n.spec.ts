// The interface in English, Kazakh and Russian: by link, by the language menu and by the
// browser's language, with passages always verbatim in their original English.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { english as en } from '../app/i18n/english.ts';
import { kk } from '../app/i18n/kk.ts';
import { kkData } from '../app/i18n/data-kk.ts';
import { ru } from '../app/i18n/ru.ts';
import { expect, isVerbatim, test } from './fixtures';

const t = { en, kk, ru } as const;
const classroom = (
  JSON.parse(readFileSync(new URL('../data/tours.json', import.meta.url), 'utf8')) as {
    tours: { id: string; steps: { title: string; caption?: string }[] }[];
  }
).tours.find((x) => x.id === 'classroom')!;
/** The evidence panel, whatever its name in the language shown. */
const panelIn = (page: Page) => page.getByRole('complementary');

const names = {
  // A line is named by its words, translated: the essay's "allied relations".
  kk: {
    russia: 'Ресей',
    kazakhstan: 'Қазақстан',
    edge: 'Қазақстан – Ресей: одақтастық қатынастар',
  },
  ru: {
    russia: 'Россия',
    kazakhstan: 'Казахстан',
    edge: 'Казахстан – Россия: союзнические отношения',
  },
} as const;

for (const lang of ['kk', 'ru'] as const) {
  test(`?lang=${lang} names entities and relations in ${lang}`, async ({ page, consoleErrors }) => {
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(t[lang].meta.title);
    await expect(page.getByRole('button', { name: names[lang].russia, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: names[lang].edge, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Russia', exact: true })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test(`passages stay verbatim English in ${lang}, marked lang="en" and said to be original`, async ({
    page,
  }) => {
    await page.goto(`./?lang=${lang}&select=kazakhstan,russia`);
    const panel = panelIn(page);
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(names[lang].russia);
    const quotes = panel.locator('figure blockquote');
    await expect(quotes.first()).toBeVisible();
    const count = await quotes.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const quote = quotes.nth(i);
      await expect(quote).toHaveAttribute('lang', 'en');
      const text = await quote.innerText();
      expect(isVerbatim(text), `not verbatim: ${text}`).toBe(true);
    }
    await expect(panel.locator('figure').first()).toContainText(t[lang].language.quotedInOriginal);
  });

  test(`axe finds no violations in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&select=kazakhstan,china`);
    await expect(panelIn(page).getByRole('heading', { level: 2 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });

  test(`a notice about a bad link is in ${lang}`, async ({ page }) => {
    await page.goto(`./?lang=${lang}&select=atlantis`);
    await expect(page.getByText(t[lang].notice.noSuchId(['atlantis']))).toBeVisible();
  });
}

test('English quotations carry no "original language" note', async ({ page }) => {
  await page.goto('./?lang=en&select=kazakhstan,russia');
  await expect(page.getByRole('complementary').locator('figure').first()).toBeVisible();
  await expect(page.getByText(en.language.quotedInOriginal)).toHaveCount(0);
});

test('the language menu switches the interface and writes lang to the URL', async ({ page }) => {
  await page.goto('./?select=kazakhstan,russia');
  await expect(page.getByRole('button', { name: 'Russia', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: en.language.label }).selectOption('ru');
  await expect(page.getByRole('button', { name: 'Россия', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveURL(/[?&]lang=ru(&|$)/);
  await expect(page).toHaveURL(/select=kazakhstan,russia/);
  // The selection and its evidence survive the switch.
  await expect(page.getByRole('complementary').locator('figure').first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Россия', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: ru.language.label }).selectOption('kk');
  await expect(page.getByRole('button', { name: 'Ресей', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: kk.language.label }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Russia', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
});

test.describe('with a Russian browser', () => {
  test.use({ locale: 'ru-RU' });
  test('the interface follows the browser, and a link can still ask for English', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Россия', exact: true })).toBeVisible();
    await expect(page).not.toHaveURL(/lang=/);
    await page.goto('./?lang=en');
    await expect(page.getByRole('button', { name: 'Russia', exact: true })).toBeVisible();
  });
});

test('an unknown language falls back with a notice, never as markup', async ({ page }) => {
  await page.goto('./?lang=%3Cimg%20src%3Dx%3E');
  await expect(page.getByRole('button', { name: 'Russia', exact: true })).toBeVisible();
  await expect(page.getByText(en.notice.badLang())).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('an embed keeps its language, and its way out to the full view keeps it too', async ({
  page,
}) => {
  await page.goto('./?embed&lang=kk&select=kazakhstan,russia');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('button', { name: 'Ресей', exact: true })).toBeVisible();
  const open = page.getByRole('link', { name: new RegExp(kk.embed.openFullView) });
  await expect(open).toHaveAttribute('href', /lang=kk/);
  await expect(open).toHaveAttribute('href', /select=kazakhstan,russia/);
  await expect(open).not.toHaveAttribute('href', /embed/);
});

test('the embed code carries the interface language', async ({ page }) => {
  await page.goto('./?lang=ru&select=kazakhstan,china');
  await page.getByRole('button', { name: ru.embed.button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  const code = await dialog.getByRole('textbox').inputValue();
  expect(code).toContain('?embed&amp;lang=ru&amp;select=kazakhstan,china');
});

test('a tour opened in Kazakh shows its steps in Kazakh', async ({ page }) => {
  await page.goto('./?lang=kk&tour=classroom&step=2');
  // The tour bar itself, by its Kazakh name, not the map (whose labels are Kazakh anyway).
  const bar = page.getByRole('region', { name: kk.tour.region });
  const step = classroom.steps[1]!;
  const title = kkData[step.title]!;
  await expect(bar.getByRole('heading', { level: 2 })).toContainText(title);
  await expect(bar).toContainText(kk.tour.stepOf(2, classroom.steps.length));
  await expect(bar).toContainText(kkData[step.caption!]!);
  await expect(bar).not.toContainText(step.title);
  await expect(bar.getByRole('button', { name: kk.tour.next })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ресей', exact: true })).toBeVisible();
});
