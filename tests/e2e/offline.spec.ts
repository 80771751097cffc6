import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/**
 * Offline after one visit: the service worker (production build only) keeps the app shell and the last
 * dataset. The shared config blocks service workers so page.route() sees every request; these tests
 * open their own context with service workers allowed.
 */

async function contextWithServiceWorker(browser: Browser, baseURL: string | undefined): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'allow', ...(baseURL ? { baseURL } : {}) });
}

/** One visit: the app loads, the service worker takes control and keeps a copy of the dataset. */
async function visitOnce(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  await page.waitForFunction(
    async () => {
      const cache = await caches.open('bilateral-datasets');
      return (await cache.keys()).some((request) => request.url.endsWith('/data/relations.json'));
    },
    undefined,
    { timeout: 15_000, polling: 250 },
  );
}

/**
 * Chromium applies the context's offline emulation to requests at once, but a document loaded
 * after setOffline(true) may still start with navigator.onLine === true. Switching the emulation
 * off and on again gives the page the state (and the `offline` event) a real disconnection does.
 */
async function goOffline(context: BrowserContext) {
  await context.setOffline(false);
  await context.setOffline(true);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // Requests that fail while offline are expected; anything else is a defect.
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('offline after one visit', () => {
  test('a reload offline still shows the last dataset, with a note that it may be out of date', async ({ browser, baseURL, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const context = await contextWithServiceWorker(browser, baseURL);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await visitOnce(page, '/');
    const heading = await page.getByRole('heading', { level: 1 }).textContent();

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
    await goOffline(context);
    const note = page.getByRole('status').filter({ hasText: 'You are offline' });
    await expect(note).toHaveText('You are offline. This is the copy saved on your last visit; it may be out of date.');
    await expectNoAxeViolations(page);

    // Other views come from the precached shell too.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
    await expect(page).toHaveURL(/\/agreements$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await context.setOffline(false);
    await expect(note).toHaveCount(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a deep link opened offline after one visit works', async ({ browser, baseURL, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const context = await contextWithServiceWorker(browser, baseURL);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await visitOnce(page, '/summits');
    await context.setOffline(true);
    await page.goto('/sources?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await goOffline(context);
    await expect(page.getByRole('status').filter({ hasText: 'Нет подключения к сети' })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('online, the newest dataset wins over the saved copy (network first)', async ({ browser, baseURL, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const context = await contextWithServiceWorker(browser, baseURL);
    const page = await context.newPage();
    await visitOnce(page, '/');
    // The service worker's own fetch is routed on the context.
    await context.route('**/data/relations.json', async (route) => {
      const response = await route.fetch();
      const dataset = (await response.json()) as { meta: { title: string } };
      dataset.meta.title = 'A newer edition of the dataset';
      await route.fulfill({ response, json: dataset });
    });
    await page.reload();
    await expect(page.getByRole('contentinfo')).toContainText('A newer edition of the dataset');
    await context.close();
  });
});
