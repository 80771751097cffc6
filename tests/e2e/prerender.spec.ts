import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, openView } from './fixtures';

/**
 * The overview (into index.html), /trade, /summits, /agreements and /sources are drawn into their
 * own HTML at build time. These tests check what a first visit gets: content before (and without)
 * JavaScript, then a page the app has taken over without a mismatch (React reports one as a
 * console error, which fails any test here), and the app's own drawing wherever the prerendered
 * page does not fit.
 */
const shipped = JSON.parse(readFileSync('data/relations.json', 'utf8')) as { summits: { id: string }[]; sources: { id: string }[] };
const otherPair = readFileSync('tests/fixtures/other-pair.json', 'utf8');
/** Taken over (hydrated) rather than drawn afresh: only hydration keeps the build's mark on #root. */
const hydrated = (view: string) => `#root[data-prerendered-view="${view}"]:not([inert])`;

test.describe('prerendered views', () => {
  test('without JavaScript, the timeline already lists every meeting', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('/summits');
    await expect(page.locator('h1')).toHaveText('Leader meetings');
    await expect(page.locator('main ol h3 a[href^="/summits/"]')).toHaveCount(shipped.summits.length);
    await expect(page).toHaveTitle('Leader meetings · Bilateral');
    // (Chromium's script switch leaves <noscript> unrendered, so its note is checked in the page source.)
    expect(await (await page.request.get('/summits')).text()).toMatch(/<noscript>\s*<p[^>]*>\s*Bilateral needs JavaScript/);
    // Until the app runs, the page can be read but not used: nothing in it takes a click or focus.
    await expect(page.locator('#root')).toHaveAttribute('inert', '');
    await context.close();
  });

  test('without JavaScript, the overview already shows its headline figures', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('Russia and China: trade, summits and agreements');
    await expect(page.locator('main a[href^="/agreements?sector="]')).not.toHaveCount(0);
    await expect(page).toHaveTitle('Russia and China: trade, summits and agreements · Bilateral');
    await context.close();
  });

  test('an address answered with index.html never shows the overview while the app starts', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors; // none are allowed: a hydration mismatch is reported as an error
    // The app's code held back: what a reader sees of the page on its own.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // (The held module script also holds DOMContentLoaded back: wait for the page's parsing only.)
    await page.goto('/summits/2014-05-shanghai', { waitUntil: 'commit' });
    await page.locator('#root[data-prerendered-view="/"]').waitFor({ state: 'attached' });
    await expect(page.locator('#root[data-prerendered-view="/"]')).toBeHidden();
    await expect(page).toHaveTitle('Bilateral');
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Shanghai/);
    await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered-view', /.*/);
  });

  test('the app takes the overview over: its charts and links work', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors; // none are allowed: a hydration mismatch is reported as an error
    await page.goto('/');
    await page.locator(hydrated('/')).waitFor({ state: 'attached' });
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('main').getByRole('link', { name: 'See the sources' }).click();
    await expect(page).toHaveURL(/\/sources$/);
  });

  test('a reader whose system is dark gets the dark theme from the first paint', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark', ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('/summits');
    await expect(page.locator('h1')).toHaveText('Leader meetings');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(15, 23, 42)');
    await context.close();
  });

  test('the app takes the timeline over: filters work and the address follows', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors; // none are allowed: a hydration mismatch is reported as an error
    await page.goto('/summits');
    await page.locator(hydrated('/summits')).waitFor({ state: 'attached' });
    const stateVisits = page.getByRole('checkbox', { name: 'State visit' });
    await stateVisits.check();
    await expect(page).toHaveURL(/kind=state-visit/);
    await expect(page.getByRole('status').filter({ hasText: /of \d+ meetings/ })).toContainText(`of ${shipped.summits.length} meetings`);
    await expectNoAxeViolations(page);
  });

  test('the agreement table, the sources and the charts are taken over too', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors; // none are allowed: a hydration mismatch is reported as an error
    await page.goto('/agreements');
    await page.locator(hydrated('/agreements')).waitFor({ state: 'attached' });
    await page.getByRole('columnheader', { name: /Title/ }).getByRole('button').click();
    await expect(page).toHaveURL(/sort=title/);

    await page.goto('/sources');
    await page.locator(hydrated('/sources')).waitFor({ state: 'attached' });
    await page.getByRole('searchbox').fill('Kremlin');
    await expect(page).toHaveURL(/q=Kremlin/);

    await page.goto('/trade');
    await page.locator(hydrated('/trade')).waitFor({ state: 'attached' });
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  });

  test('on a phone the table becomes cards once the app runs, without a mismatch', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors; // none are allowed: a hydration mismatch is reported as an error
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/agreements');
    await page.locator(hydrated('/agreements')).waitFor({ state: 'attached' });
    await expect(page.getByRole('table')).toHaveCount(0);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
  });

  test('a filtered address is drawn by the app, not from the prerendered page', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors; // none are allowed: a hydration mismatch is reported as an error
    await openView(page, '/summits?kind=state-visit');
    await expect(page.getByRole('status').filter({ hasText: /meetings/ })).toContainText(`of ${shipped.summits.length} meetings`);
    await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered-view', /.*/);
  });

  test('a view the app draws itself has its code fetched alongside the dataset, not after it', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/relations.json', async (route) => {
      await held;
      await route.continue();
    });
    const viewCode = page.waitForRequest(/\/assets\/summits-page-[\w-]+\.js$/);
    await page.goto('/summits?kind=state-visit');
    await viewCode; // while the dataset is still held back
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leader meetings');
  });

  test('another language is drawn by the app', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors; // none are allowed: a hydration mismatch is reported as an error
    await openView(page, '/summits?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Встречи лидеров');
    await expect(page.getByText('Leader meetings')).toHaveCount(0);
  });

  test('a link to one source is drawn by the app, down to that source', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors; // none are allowed: a hydration mismatch is reported as an error
    const late = shipped.sources.at(-1)!;
    await openView(page, `/sources#source-${late.id}`);
    await expect(page.locator(`#source-${late.id}`)).toBeVisible();
    await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered-view', /.*/);
  });

  test('when the data no longer matches the page (a newer or cached file), the app draws it afresh', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors; // none are allowed: a hydration mismatch is reported as an error
    await page.route('**/data/relations.json', (route) => route.fulfill({ contentType: 'application/json', body: otherPair }));
    await openView(page, '/trade');
    await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered-view', /.*/);
    await expect(page.getByText('as reported by Freedonia').first()).toBeVisible();
  });
});
