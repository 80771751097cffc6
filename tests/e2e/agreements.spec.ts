import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openView } from './fixtures';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search titles and summaries' });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /\d+ of \d+ agreements?/ });
const table = (page: Page) => page.getByRole('table');

/** Cell texts of one column of the visible table, by header name. */
async function columnTexts(tableLocator: Locator, header: string): Promise<string[]> {
  const headers = await tableLocator.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((text) => text.trim().startsWith(header));
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  const rows = tableLocator.locator('tbody tr:not([id])');
  return rows.evaluateAll((elements, column) => elements.map((row) => (row.children[column] as HTMLElement).innerText.trim()), index);
}

test.describe('agreements table', () => {
  test('filters by two sectors and a status, searches, sorts, and a reload keeps it all', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/agreements');
    const filters = page.getByRole('search', { name: 'Filter agreements' });
    const total = Number(/of (\d+)/.exec((await count(page).innerText()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);

    await filters.getByRole('checkbox', { name: /^Energy \(/ }).check();
    await filters.getByRole('checkbox', { name: /^Trade and finance \(/ }).check();
    await filters.getByRole('checkbox', { name: /^Signed \(/ }).check();
    await expect(page).toHaveURL(/sector=energy%2Ctrade-finance|sector=energy,trade-finance/);
    await expect(page).toHaveURL(/status=signed/);
    const sectors = await columnTexts(table(page), 'Sector');
    expect(sectors.length).toBeGreaterThan(1);
    expect(new Set(sectors)).toEqual(new Set(['Energy', 'Trade and finance']));
    expect(new Set(await columnTexts(table(page), 'Status'))).toEqual(new Set(['Signed']));
    await expect(count(page)).toHaveText(`${sectors.length} of ${total} agreements`);

    await searchBox(page).fill('gazprom CNPC');
    await expect(page).toHaveURL(/q=gazprom\+CNPC/);
    await expect.poll(async () => (await columnTexts(table(page), 'Title')).length).toBeLessThan(sectors.length);
    const titles = await columnTexts(table(page), 'Title');
    expect(titles.length).toBeGreaterThan(1);
    for (const title of titles) expect(title.toLowerCase()).toMatch(/gazprom.*cnpc|cnpc.*gazprom/);

    const titleHeader = table(page).getByRole('columnheader', { name: /Title/ });
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=title%3Aasc/);
    const sorted = await columnTexts(table(page), 'Title');
    expect(sorted).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));

    await page.reload();
    await expect(count(page)).toHaveText(`${sorted.length} of ${total} agreements`);
    await expect(searchBox(page)).toHaveValue('gazprom CNPC');
    await expect(filters.getByRole('checkbox', { name: /^Energy \(/ })).toBeChecked();
    await expect(filters.getByRole('checkbox', { name: /^Trade and finance \(/ })).toBeChecked();
    await expect(filters.getByRole('checkbox', { name: /^Signed \(/ })).toBeChecked();
    await expect(table(page).getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(await columnTexts(table(page), 'Title')).toEqual(sorted);
  });

  test('exports exactly the filtered, sorted rows as CSV', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/agreements?sector=energy&sort=date:asc');
    const titles = await columnTexts(table(page), 'Title');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('agreements.csv');
    const text = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(header?.slice(0, 5)).toEqual(['ID', 'Date', 'Title', 'Sector', 'Status']);
    expect(rows.map((row) => row[2])).toEqual(titles.map((title) => title.replace(/^'/, '')));
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(['Energy']));
    const dates = rows.map((row) => row[1]!);
    expect(dates).toEqual([...dates].sort());
  });

  test('a meeting link opens the meeting; an empty result offers to clear filters', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/agreements?q=siberia');
    const link = table(page).getByRole('link').first();
    const name = (await link.innerText()).trim();
    await link.click();
    await expect(page).toHaveURL(/\/summits\/[\w.-]+/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name.split('\n')[0]!.slice(0, 20));

    await openView(page, '/agreements?q=zzzz-no-such-thing');
    await expect(page.getByText('No agreement matches these filters.')).toBeVisible();
    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).last().click();
    await expect(page).toHaveURL(/\/agreements$/);
    await expect(table(page)).toBeVisible();
  });

  test('a row opens its summary, sources and confidence; copy link says so', async ({ page, context, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openView(page, '/agreements?status=contract');
    const disclosure = page.getByRole('button', { name: /^Details:/ }).first();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await disclosure.click();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    const details = page.locator(`#${await disclosure.getAttribute('aria-controls')}`);
    await expect(details.getByRole('heading', { name: 'Summary' })).toBeVisible();
    await expect(details.getByText('Confidence:')).toBeVisible();
    await expect(details.getByRole('link').first()).toHaveAttribute('rel', 'noopener noreferrer');

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('at 360 px the rows become cards and the page does not scroll sideways', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.setViewportSize({ width: 360, height: 800 });
    await openView(page, '/agreements');
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Details:/ }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // No column headers here: the order is one choice above the cards.
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title (ascending)' });
    await expect(page).toHaveURL(/[?&]sort=title%3Aasc/);
    const cardTitles = () =>
      page.getByRole('button', { name: /^Details:/ }).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')!.replace(/^Details: /, '')));
    await expect.poll(async () => {
      const titles = await cardTitles();
      return titles.length > 1 && titles.every((title, index) => index === 0 || titles[index - 1]!.localeCompare(title, 'en') <= 0);
    }).toBe(true);
  });

  // A laptop screen in English, and a desktop one in Russian (the longest labels and dates).
  for (const { width, lang, sources } of [
    { width: 1024, lang: 'en', sources: /Sources/ },
    { width: 1280, lang: 'ru', sources: /Источники/ },
  ]) {
    test(`at ${width} px in ${lang} every column of the table is in view, with no sideways scrolling`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      await page.setViewportSize({ width, height: 800 });
      await openView(page, `/agreements?lang=${lang}`);
      const box = page.getByRole('table').locator('xpath=..');
      const { scrollWidth, clientWidth } = await box.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await expect(page.getByRole('columnheader', { name: sources })).toBeInViewport({ ratio: 1 });
    });
  }

  test('paging with the keyboard keeps focus on the button and announces the rows shown', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/agreements?size=25');
    const next = page.getByRole('button', { name: 'Next page' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /Page 2 of 3/ })).toHaveText('Rows 26–50 · Page 2 of 3');
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: /Page 3 of 3/ })).toHaveText('Rows 51–59 · Page 3 of 3');
    // The last page: the button stays where focus is, and says it cannot be used.
    await expect(next).toBeFocused();
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]page=3/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no axe violations (${theme}), with a row open`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      // axe checks contrast node by node: slow on a busy 2-core runner, so this test gets more time.
      test.setTimeout(90_000);
      await openView(page, `/agreements?theme=${theme}&sector=energy`);
      await page.getByRole('button', { name: /^Details:/ }).first().click();
      await expectNoAxeViolations(page);
    });
  }
});
