import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openView, scrollThrough } from './fixtures';

const chart = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The years offered by the "From" select (the dataset's span). */
async function years(page: Page): Promise<number[]> {
  const values = await page.getByLabel('From', { exact: true }).locator('option').evaluateAll((options) => options.map((option) => Number((option as HTMLOptionElement).value)));
  return values;
}

test.describe('charts view', () => {
  test('shows three charts with no axe violation, in chart and in table view', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    test.setTimeout(90_000); // axe runs twice over three charts and their tables
    await openView(page, '/trade');
    for (const name of ['Trade by year', 'Leader meetings per year', 'Agreements by sector']) {
      // Charts are drawn as they come near the screen, as the reader scrolls to them.
      await chart(page, name).scrollIntoViewIfNeeded();
      await expect(chart(page, name).locator('svg.recharts-surface').first()).toBeVisible();
      await expect(chart(page, name).locator('figcaption')).not.toBeEmpty();
    }
    await expect(chart(page, 'Trade by year')).toContainText(/USD bn; as reported by \S+/);
    await expectNoAxeViolations(page);
    await chart(page, 'Trade by year').getByRole('button', { name: 'Table' }).click();
    await expect(page).toHaveURL(/view=table/);
    await expect(chart(page, 'Agreements by sector').getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('works for another pair of countries loaded with ?data=', async ({ page, baseURL, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const url = `${baseURL}/fixtures/other-pair.json`;
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'application/json', body: readFileSync(new URL('../fixtures/other-pair.json', import.meta.url)) }),
    );
    await openView(page, `/trade?data=${encodeURIComponent(url)}&from=2021`);
    const trade = chart(page, 'Trade by year');
    await expect(trade.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(trade).toContainText('as reported by Freedonia');
    await expect(trade.locator('figcaption')).toContainText('2021');
    await trade.getByRole('button', { name: 'Table' }).click();
    await expect(trade.getByRole('table')).toContainText('14');
    await expect(chart(page, 'Agreements by sector')).toContainText('Agriculture');
    await expectNoAxeViolations(page);
  });

  test('the range set with the inputs is in the URL, survives a reload and reaches the linked views', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/trade');
    const span = await years(page);
    // A recent year, so that every chart (meetings and agreements start later than trade) changes.
    const from = span[span.length - 5]!;
    const caption = chart(page, 'Leader meetings per year').locator('figcaption');
    const before = await caption.textContent();
    await page.getByLabel('From', { exact: true }).selectOption(String(from));
    await expect(page).toHaveURL(new RegExp(`[?&]from=${from}(&|$)`));
    await expect(caption).not.toHaveText(before ?? '');
    await page.reload();
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(String(from));
    await expect(page.locator('[data-range-status]')).toContainText(String(from));
    // As a reader would: scroll to the chart, let it draw, then follow its link.
    const meetings = chart(page, 'Leader meetings per year');
    await meetings.scrollIntoViewIfNeeded();
    await expect(meetings.locator('svg.recharts-surface').first()).toBeVisible();
    await meetings.getByRole('link', { name: /in the summit timeline$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/summits\\?.*from=${from}`));
    await page.goBack();
    const sectors = chart(page, 'Agreements by sector');
    await sectors.scrollIntoViewIfNeeded();
    await expect(sectors.locator('svg.recharts-surface').first()).toBeVisible();
    await sectors.getByRole('link', { name: /^Browse th/ }).click();
    await expect(page).toHaveURL(new RegExp(`/agreements\\?.*from=${from}`));
  });

  test('the brush moves the range with the keyboard', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/trade');
    const start = chart(page, 'Trade by year').getByRole('slider', { name: /^First year shown/ });
    const end = chart(page, 'Trade by year').getByRole('slider', { name: /^Last year shown/ });
    await expect(start).toHaveAttribute('aria-valuetext', '2000');
    await expect(end).toHaveAttribute('aria-valuetext', '2025');
    await start.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]from=\d{4}/);
    const from = new URL(page.url()).searchParams.get('from');
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(from!);
    // Screen readers hear the year the handle now stands at.
    await expect(start).toHaveAttribute('aria-valuetext', from!);
    await expect(start).toHaveAttribute('aria-valuenow', from!);
  });

  test('the brush moves the range with the mouse', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/trade');
    const traveller = chart(page, 'Trade by year').getByRole('slider', { name: /^Last year shown/ });
    await traveller.scrollIntoViewIfNeeded();
    const box = (await traveller.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 200, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect(page).toHaveURL(/[?&]to=\d{4}/);
  });

  test('after one brush handle is dragged past the other, both still move with the keyboard', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/trade?from=2010&to=2015');
    const trade = chart(page, 'Trade by year');
    const last = trade.getByRole('slider', { name: /^Last year shown/ });
    await last.scrollIntoViewIfNeeded();
    const first = trade.getByRole('slider', { name: /^First year shown/ });
    const firstBox = (await first.boundingBox())!;
    const lastBox = (await last.boundingBox())!;
    await page.mouse.move(lastBox.x + lastBox.width / 2, lastBox.y + lastBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(firstBox.x - 120, lastBox.y + lastBox.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect(page).toHaveURL(/[?&]to=2010(&|$)/);
    const from = Number(new URL(page.url()).searchParams.get('from'));
    expect(from).toBeLessThan(2010);
    await expect(first).toHaveAttribute('aria-valuetext', String(from));
    await first.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(new RegExp(`[?&]from=${from - 1}(&|$)`));
    await expect(first).toHaveAttribute('aria-valuetext', String(from - 1));
    await last.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]to=2011(&|$)/);
  });

  test('a change the dataset does not publish is shown as computed, with the confidence of its figures', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/trade?from=2001&to=2003');
    const trade = chart(page, 'Trade by year');
    await trade.locator('svg.recharts-surface').first().focus();
    await page.keyboard.press('ArrowRight');
    const tooltip = trade.locator('[data-tooltip-year="2002"]');
    // 2002 against the unverified 2001 figure: no change was published for it.
    await expect(tooltip).toContainText('+11.7% on the previous year (computed from the totals; unverified)');
    await page.keyboard.press('ArrowRight');
    await expect(trade.locator('[data-tooltip-year="2003"]')).toContainText('+32.2% on the previous year');
  });

  test('the table shows the numbers of the tooltip, and the CSV those of the table', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/trade');
    const trade = chart(page, 'Trade by year');
    // The accessibility layer: focus the chart and move along the years with the arrow keys.
    await trade.locator('svg.recharts-surface').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const tooltip = trade.locator('[data-tooltip-year]');
    await expect(tooltip).toBeVisible();
    const year = await tooltip.getAttribute('data-tooltip-year');
    const value = await tooltip.locator('[data-value]').first().textContent();
    const number = value!.replace(/\s*USD bn$/, '');

    await trade.getByRole('button', { name: 'Table' }).click();
    const row = trade.getByRole('row').filter({ has: page.getByRole('rowheader', { name: year!, exact: true }) });
    await expect(row.getByRole('cell').first()).toHaveText(number);

    const download = page.waitForEvent('download');
    await trade.getByRole('button', { name: /^CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^trade-by-year_total_\d{4}-\d{4}\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8').replace('\uFEFF', '').trim().split('\r\n');
    const tableYears = await trade.getByRole('rowheader').allTextContents();
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(tableYears);
    const csvLine = csv.find((line) => line.startsWith(`${year},`))!;
    expect(Number(csvLine.split(',')[1])).toBe(Number(number.replace(/,/g, '')));
  });

  test('PNG and SVG downloads are valid images named after the chart and range', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/trade?from=2015&to=2020');
    const meetings = chart(page, 'Leader meetings per year');
    await meetings.scrollIntoViewIfNeeded();
    await expect(meetings.locator('svg.recharts-surface').first()).toBeVisible();
    let download = page.waitForEvent('download');
    await meetings.getByRole('button', { name: /^PNG/ }).click();
    const png = await download;
    expect(png.suggestedFilename()).toBe('meetings-per-year_2015-2020.png');
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5000);

    download = page.waitForEvent('download');
    await meetings.getByRole('button', { name: /^SVG/ }).click();
    const svg = await download;
    expect(svg.suggestedFilename()).toBe('meetings-per-year_2015-2020.svg');
    const text = readFileSync((await svg.path())!, 'utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, bars: doc.querySelectorAll('.recharts-bar-rectangle').length, title: doc.querySelector('title')?.textContent };
    }, text);
    expect(parsed).toEqual({ error: false, root: 'svg', bars: expect.any(Number), title: 'Leader meetings per year' });
    expect(parsed.bars).toBeGreaterThan(3);
  });

  test('a sector bar opens its agreements with the same range; a summit marker opens the summit', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/trade?from=2014');
    const sectors = chart(page, 'Agreements by sector');
    await sectors.scrollIntoViewIfNeeded();
    await sectors.locator('.recharts-bar-rectangle path').first().click();
    await expect(page).toHaveURL(/\/agreements\?from=2014&sector=[a-z-]+$/);
    await page.goBack();
    const marker = chart(page, 'Trade by year').getByRole('link', { name: /^State visit: / }).first();
    await marker.hover();
    await expect(chart(page, 'Trade by year').getByRole('tooltip')).toContainText('State visit');
    await marker.click();
    await expect(page).toHaveURL(/\/summits\/[A-Za-z0-9._-]+/);
  });

  test('summit markers can be turned off', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/trade');
    const trade = chart(page, 'Trade by year');
    await expect(trade.getByRole('link', { name: /^State visit: / }).first()).toBeVisible();
    await trade.getByLabel('Mark state visits').uncheck();
    await expect(trade.getByRole('link', { name: /^State visit: / })).toHaveCount(0);
  });

  test('fits 360 px without horizontal scrolling, in the dark theme too', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.setViewportSize({ width: 360, height: 800 });
    for (const url of ['/trade', '/trade?theme=dark&view=table', '/']) {
      await openView(page, url);
      // The overview's charts load when scrolled into view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(page.locator('[data-chart]').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
    await openView(page, '/trade?theme=dark');
    await scrollThrough(page);
    await expectNoAxeViolations(page);
  });

  test('on a phone, charts below the fold are drawn as the reader comes near them, and all of them for print', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.setViewportSize({ width: 412, height: 823 });
    await openView(page, '/trade');
    const sectors = chart(page, 'Agreements by sector');
    await expect(chart(page, 'Trade by year').locator('svg.recharts-surface').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(sectors.locator('svg.recharts-surface')).toHaveCount(0);
    await sectors.scrollIntoViewIfNeeded();
    await expect(sectors.locator('svg.recharts-surface').first()).toBeVisible();

    await openView(page, '/trade');
    await expect(sectors.locator('svg.recharts-surface')).toHaveCount(0);
    // The app takes the page over part by part (the header first, a chart panel a moment later): a
    // switch to print made before a panel's turn is not seen by it, so the switch is made again.
    await expect(async () => {
      await page.emulateMedia({ media: 'screen' });
      await page.emulateMedia({ media: 'print' });
      await expect(sectors.locator('svg.recharts-surface')).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await expect(chart(page, 'Leader meetings per year').locator('svg.recharts-surface')).toHaveCount(1);
    await page.emulateMedia({ media: 'screen' });
  });

  test('routes without charts do not load Recharts; the overview loads it after its cards', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const scripts: { url: string; body: string }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: await response.text().catch(() => '') });
    });
    const hasRecharts = () => scripts.some((script) => script.body.includes('recharts-cartesian-axis'));
    for (const url of ['/summits', '/agreements', '/sources']) {
      await openView(page, url);
      await page.waitForLoadState('networkidle');
      expect(hasRecharts(), url).toBe(false);
    }
    await openView(page, '/');
    await expect(page.locator('[data-chart="trade-by-year"] svg.recharts-surface').first()).toBeVisible();
    expect(hasRecharts()).toBe(true);
  });
});
