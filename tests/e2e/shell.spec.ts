import { test, expect, expectNoAxeViolations, openView } from './fixtures';

const ROUTES = ['/', '/trade', '/summits', '/agreements', '/sources', '/embed', '/no-such-page'];

test.describe('app shell', () => {
  for (const route of ROUTES) {
    test(`${route} loads with no console error and no axe violation`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      await openView(page, route);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('navigation moves between views and a deep link reloads', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await expect(page).toHaveURL(/\/sources$/);
    await expect(page.getByRole('link', { name: 'Sources', exact: true })).toHaveAttribute('aria-current', 'page');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/Bilateral/);
  });

  test('the page on screen stays while the next view’s code arrives', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/sources-page-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openView(page, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await page.waitForTimeout(300);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia and China: trade, summits and agreements');
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  });

  test('a view whose code fails to load says so inside the page; the header works and the next view shows', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource|Failed to fetch dynamically imported module/);
    await page.route(/\/assets\/summits-page-[\w-]+\.js$/, (route) => route.abort());
    await openView(page, '/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Summits' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'This view failed to display' })).toBeVisible();
    await expect(alert).toContainText("This view's code could not be downloaded. Check the connection, then reload the page.");
    await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await expectNoAxeViolations(page);
    await nav.getByRole('link', { name: 'Sources' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('offline before a view’s code arrived: says so, and reloads by itself when the connection returns', async ({ page, context, allowConsoleErrors }) => {
    allowConsoleErrors(/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch dynamically imported module/);
    await openView(page, '/');
    await context.setOffline(true);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Summits' }).click();
    await expect(page.getByRole('alert')).toContainText("You are offline, and this view's code had not been downloaded yet.");
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leader meetings');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the overview shows headline figures computed from the data, each linking to its view', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/');
    const trade = page.getByRole('region', { name: 'Trade', exact: true });
    await expect(trade).toContainText(/US\$\d/);
    await trade.getByRole('link', { name: 'Explore trade by year' }).click();
    await expect(page).toHaveURL(/\/trade/);
  });

  test('the unknown page says so and links home', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('bad query parameters are ignored with a visible note', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/?theme=neon&lang=xx&data=javascript:alert(1)');
    const note = page.getByRole('note', { name: 'Ignored settings' });
    await expect(note).toContainText('theme=neon');
    await expect(note).toContainText('lang=xx');
    await expect(note).toContainText('data=javascript:alert(1)');
  });
});

test.describe('failed load', () => {
  test('shows the HTTP status and Retry recovers', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource.*500/);
    let failing = true;
    await page.route('**/data/relations.json', (route) =>
      failing ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('HTTP status 500', { timeout: 15_000 });
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('lists the first problems of an invalid dataset with their paths', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.route('**/data/relations.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 1, meta: {}, sources: [] }) }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('not a valid dataset');
    await expect(alert).toContainText('meta.title: is required but missing');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
