import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openView, scrollThrough } from './fixtures';

/**
 * Trust under faults and bad input: another dataset by address or file, specific messages for each
 * network fault with a Retry that works, the bad-input corpus, garbage in the address, and the CSP.
 */

const DATA_HOST = 'https://data.example.test';
const otherPair = readFileSync('tests/fixtures/other-pair.json', 'utf8');
const OTHER_TITLE = 'Freedonia–Sylvania relations (synthetic test data)';

interface BadCase {
  file: string;
  expect: 'invalid' | 'safe';
  paths?: string[];
  marker?: string;
}
const badCases = JSON.parse(readFileSync('tests/fixtures/bad/cases.json', 'utf8')) as BadCase[];

const CORS = { 'access-control-allow-origin': '*' };

/** Serves files from `https://data.example.test/<name>`: the fixtures, the bad corpus and anything given. */
async function serveData(page: Page, extra: Record<string, string> = {}) {
  await page.route(`${DATA_HOST}/**`, (route: Route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
    if (name in extra) return route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: extra[name] });
    if (name === 'other-pair.json') return route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: otherPair });
    if (name.startsWith('bad/')) {
      return route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: readFileSync(`tests/fixtures/${name}`) });
    }
    return route.fulfill({ status: 404, headers: CORS, body: 'not here' });
  });
}

const dataUrl = (name: string) => `${DATA_HOST}/${name}`;
const withData = (path: string, name: string) => `${path}?data=${encodeURIComponent(dataUrl(name))}`;

/** No script ran and no markup became elements: the page holds the dataset's text as text. */
async function expectNothingExecuted(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  const injected = await page.evaluate(() => ({
    scripts: document.querySelectorAll('#root script').length,
    handlers: [...document.querySelectorAll('#root *')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
    images: document.querySelectorAll('#root img[src="x"]').length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i], iframe[src^="javascript:" i]').length,
  }));
  expect(injected).toEqual({ scripts: 0, handlers: 0, images: 0, javascriptLinks: 0 });
}

test.describe('another dataset by address (?data=)', () => {
  test('a banner names its title and host, follows the reader between views, and leads back to the shipped data', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await serveData(page);
    await openView(page, withData('/', 'other-pair.json'));
    const banner = page.getByRole('region', { name: 'Data source' });
    await expect(banner).toContainText(`You are viewing “${OTHER_TITLE}”, a dataset from data.example.test`);
    await expect(page.getByRole('contentinfo')).toContainText(OTHER_TITLE);
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Summits' }).click();
    await expect(page).toHaveURL(/\/summits\?data=https/);
    // The address changes at once; the banner belongs to the view on screen, so wait for the timeline.
    await expect(page.getByRole('heading', { level: 1, name: 'Leader meetings' })).toBeVisible();
    await expect(banner).toContainText(OTHER_TITLE);

    await banner.getByRole('link', { name: 'Back to the shipped data' }).click();
    await expect(page).toHaveURL(/\/summits$/);
    await expect(banner).not.toContainText('You are viewing');
    await expect(page.getByRole('contentinfo')).not.toContainText(OTHER_TITLE);
  });

  test('an invalid dataset gets the report of npm run validate-data with paths, and a way back', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await serveData(page);
    await page.goto(withData('/trade', 'bad/dangling-ids.json'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('is not a valid dataset');
    await expect(alert).toContainText('agreements[0].summitId: names the meeting "no-such-meeting", which is not in summits');
    await expect(alert).toContainText('6 problems were found');
    await expectNoAxeViolations(page);
    await alert.getByRole('link', { name: 'Back to the shipped data' }).click();
    await expect(page).toHaveURL(/\/trade$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('a dataset file from this computer', () => {
  test('"Load a file" opens it without uploading, names it, keeps it across a reload, and Back forgets it', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') uploads.push(request.url());
    });
    await openView(page, '/agreements');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Load a file' }).click();
    await (await chooser).setFiles({ name: 'my-pair.json', mimeType: 'application/json', buffer: Buffer.from(otherPair) });
    await expect(page).toHaveURL(/\/agreements\?data=local$/);
    const banner = page.getByRole('region', { name: 'Data source' });
    await expect(banner).toContainText(`You are viewing “${OTHER_TITLE}” from your file my-pair.json`);
    await expect(page.getByRole('contentinfo')).toContainText(OTHER_TITLE);

    await page.reload();
    await expect(banner).toContainText('from your file my-pair.json');
    await expect(page.getByRole('contentinfo')).toContainText(OTHER_TITLE);
    expect(uploads).toEqual([]);

    await banner.getByRole('link', { name: 'Back to the shipped data' }).click();
    await expect(page).toHaveURL(/\/agreements$/);
    await expect(page.getByRole('contentinfo')).not.toContainText(OTHER_TITLE);
    // Forgotten: the same address now says the file is not stored in this browser.
    await page.goto('/agreements?data=local');
    await expect(page.getByRole('alert')).toContainText('not stored here');
    await expect(page.getByRole('alert').getByRole('link', { name: 'Back to the shipped data' })).toBeVisible();
  });

  test('a file dropped on the page is opened', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, otherPair);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop the dataset file to open it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByRole('region', { name: 'Data source' })).toContainText('from your file dropped.json');
    await expect(page).toHaveURL(/\?data=local$/);
  });

  const WRONG_FILES: [string, string | Buffer, RegExp][] = [
    ['page.html', '<!doctype html><title>x</title><script>window.__pwned=1</script>', /looks like an HTML or XML page/],
    ['table.csv', 'year,reporter,totalUsdBn\n2020,FR,10\n', /is not a JSON object .* is it CSV/],
    ['empty.json', '', /\(file\): is empty/],
    ['broken.json', readFileSync('tests/fixtures/bad/duplicate-ids.json'), /summits\[1\]\.id: repeats the id/],
  ];
  for (const [name, content, message] of WRONG_FILES) {
    test(`a wrong or invalid file (${name}) is explained and the page keeps working`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      await openView(page, '/summits');
      await page.getByLabel('Dataset file (JSON)').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`${name} was not loaded: it is not a valid dataset`);
      await expect(alert).toContainText(message);
      await expect(page).toHaveURL(/\/summits$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNothingExecuted(page);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('50 MB of garbage is refused by its size, and the page keeps working', async ({ page, allowConsoleErrors }, testInfo) => {
    void allowConsoleErrors;
    const garbage = testInfo.outputPath('garbage.bin');
    writeFileSync(garbage, Buffer.alloc(50 * 1024 * 1024 + 10, 0x7b));
    await openView(page, '/');
    await page.getByLabel('Dataset file (JSON)').setInputFiles(garbage);
    await expect(page.getByRole('alert')).toContainText('larger than 50 MB', { timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('network faults: a specific message each, and a Retry that works', () => {
  const DATASET = '**/data/relations.json';

  test('404: says there is no dataset at the address; Retry loads it once it is there', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource.*404/);
    let missing = true;
    let requests = 0;
    await page.route(DATASET, (route) => {
      requests += 1;
      return missing ? route.fulfill({ status: 404, body: 'not found' }) : route.continue();
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('There is no dataset at /data/relations.json (HTTP status 404)');
    expect(requests).toBe(1); // a missing file is not retried by itself
    missing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('500: retried twice with back-off, then explained; Retry recovers', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource.*500/);
    let failing = true;
    const times: number[] = [];
    await page.route(DATASET, (route) => {
      times.push(Date.now());
      return failing ? route.fulfill({ status: 500, body: 'boom' }) : route.continue();
    });
    await page.goto('/');
    await expect(page.getByRole('status')).toContainText('Trying again automatically (attempt 2 of 3)');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('internal error (HTTP status 500)', { timeout: 15_000 });
    expect(times).toHaveLength(3);
    const [first = 0, second = 0, third = 0] = times;
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(1800); // the wait doubles
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a slow server (10 s): says so while waiting, and the data arrives', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    test.setTimeout(40_000);
    await page.route(DATASET, async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      await route.fulfill({ response });
    });
    const started = Date.now();
    await page.goto('/');
    await expect(page.getByRole('status')).toContainText('The server is slow to answer', { timeout: 8_000 });
    await expect(page.getByRole('button', { name: 'Try again now' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
  });

  test('a slow server: "Try again now" starts a new request that can win', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    let first = true;
    await page.route(DATASET, async (route) => {
      if (first) {
        first = false;
        await new Promise((resolve) => setTimeout(resolve, 12_000));
        return route.abort().catch(() => undefined);
      }
      return route.continue();
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Try again now' }).click({ timeout: 8_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 5_000 });
  });

  test('a connection reset: retried, then explained; Retry recovers', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/ERR_CONNECTION_RESET|Failed to load resource/);
    let failing = true;
    let requests = 0;
    await page.route(DATASET, (route) => {
      requests += 1;
      return failing ? route.abort('connectionreset') : route.continue();
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('the connection failed', { timeout: 15_000 });
    expect(requests).toBe(3);
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a connection broken mid-file: says the file arrived incomplete; Retry recovers', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/ERR_CONTENT_LENGTH_MISMATCH|Failed to load resource/);
    let failing = true;
    await page.route(DATASET, async (route) => {
      if (!failing) return route.continue();
      const full = await (await route.fetch()).text();
      // The server promises the whole file and sends half: the connection ends mid-file.
      return route.fulfill({ status: 200, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(full)) }, body: full.slice(0, full.length / 2) });
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The connection broke while /data/relations.json was downloading', { timeout: 15_000 });
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('offline: says so, and loads by itself when the connection returns', async ({ page, context, allowConsoleErrors }) => {
    allowConsoleErrors(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstRequest = true;
    await page.route(DATASET, async (route) => {
      if (firstRequest) {
        firstRequest = false;
        await held;
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    // The view's code and its English messages are let in first: the browser keeps a failed module
    // download for the page's life, so code cut off here would need a reload (the app offers one)
    // rather than the dataset retry.
    const viewCode = page.waitForResponse(/\/assets\/overview-page-[\w-]+\.js$/);
    const viewMessages = page.waitForResponse(/\/assets\/overview-(?!page-|charts-)[\w-]+\.js$/);
    await page.goto('/');
    await Promise.all([viewCode, viewMessages]);
    await context.setOffline(true);
    release();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('You are offline and no saved copy');
    await expect(alert).toContainText('It will try again by itself when the connection returns.');
    await context.setOffline(false);
    await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 10_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('the bad-input corpus (tests/fixtures/bad)', () => {
  for (const badCase of badCases.filter((item) => item.expect === 'invalid')) {
    test(`${badCase.file}: the error report names ${(badCase.paths ?? []).join(', ')}`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      await serveData(page);
      await page.goto(withData('/', `bad/${badCase.file}`));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('is not a valid dataset');
      for (const path of badCase.paths ?? []) await expect(alert.locator('code', { hasText: path }).first()).toBeVisible();
      await expect(alert.getByRole('link', { name: 'Back to the shipped data' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expectNothingExecuted(page);
    });
  }

  for (const badCase of badCases.filter((item) => item.expect === 'safe')) {
    test(`${badCase.file}: renders as text on every view, nothing executes`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      test.setTimeout(60_000);
      await serveData(page);
      for (const path of ['/', '/trade', '/summits', '/agreements', '/sources', '/embed']) {
        await openView(page, withData(path, `bad/${badCase.file}`));
        await scrollThrough(page);
        await expectNothingExecuted(page);
      }
      for (const language of ['ru', 'zh']) {
        await openView(page, `${withData('/', `bad/${badCase.file}`)}&lang=${language}`);
        await expectNothingExecuted(page);
      }
      if (badCase.marker) {
        await openView(page, withData('/', `bad/${badCase.file}`));
        await expect(page.getByRole('contentinfo').or(page.getByRole('region', { name: 'Data source' })).first()).toContainText(
          badCase.file === 'markup-everywhere.json' ? badCase.marker : 'Freedonia',
        );
      }
    });
  }

  test('the markup dataset opened as a local file renders as text too', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/');
    await page.getByLabel('Dataset file (JSON)').setInputFiles('tests/fixtures/bad/markup-everywhere.json');
    await expect(page.getByRole('region', { name: 'Data source' })).toContainText('<script>window.__pwned=1</script>');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNothingExecuted(page);
  });
});

test.describe('garbage in the address', () => {
  const long = 'A'.repeat(10_000);
  /** Bad years, unknown values, markup; `q` carries 10 kB (a whole address stays under the 16 kB most servers accept). */
  const garbage = new URLSearchParams({
    from: 'abcd',
    to: '99999',
    kind: 'bogus,<script>window.__pwned=1</script>',
    host: 'mars',
    sector: 'x'.repeat(300),
    status: 'maybe',
    q: long,
    sort: 'evil:sideways',
    view: '3d',
    summit: '<img src=x onerror=window.__pwned=1>',
    lang: 'xx',
    theme: 'neon',
    data: 'javascript:window.__pwned=1',
  }).toString();

  async function expectIgnored(page: Page) {
    // Long values are shortened in the note; nothing renders the 10 kB string whole.
    expect(await page.evaluate((text) => document.body.innerText.includes(text), long)).toBe(false);
    await expectNothingExecuted(page);
  }

  for (const path of ['/', '/trade', '/summits', '/agreements', '/sources', '/embed', '/no-such-page']) {
    test(`${path} ignores bad years, unknown values and 10 kB strings, with a note`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      await openView(page, `${path}?${garbage}`);
      const note = page.getByRole('note', { name: 'Ignored settings' }).first();
      await expect(note).toContainText('theme=neon');
      await expect(note).toContainText('lang=xx');
      await expect(note).toContainText('data=javascript:window.__pwned=1');
      await expectIgnored(page);
    });
  }

  test('10 kB in each parameter, one at a time, is ignored on the agreements view', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    test.setTimeout(60_000);
    for (const name of ['from', 'to', 'kind', 'host', 'sector', 'status', 'q', 'sort', 'view', 'summit', 'lang', 'theme', 'data']) {
      await openView(page, `/agreements?${name}=${long}`);
      await expectIgnored(page);
    }
    await openView(page, `/?theme=${long}`);
    await expect(page.getByRole('note', { name: 'Ignored settings' })).toContainText(`theme=${'A'.repeat(40)}`);
  });

  test('an embed widget ignores garbage too', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.goto(`/embed/trade?${garbage}`);
    await expect(page.locator('#root')).not.toBeEmpty();
    await page.waitForLoadState('networkidle');
    await expectIgnored(page);
  });
});

test.describe('Content-Security-Policy', () => {
  async function recordViolations(page: Page) {
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = list;
      document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
  }
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  test('the production app works under it on every view, embeds included', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    test.setTimeout(60_000);
    await recordViolations(page);
    const html = await (await page.request.get('/')).text();
    expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src 'self';/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script in the shell
    for (const path of ['/', '/trade', '/summits', '/agreements', '/sources', '/embed', '/embed/trade', '/embed/meetings', '/embed/sectors', '/embed/timeline', '/embed/agreements']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      for (const frame of page.frames()) await frame.waitForLoadState('load');
      expect(await violations(page), path).toEqual([]);
    }
  });

  test('it really blocks inline script and unknown origins', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Content Security Policy/);
    await recordViolations(page);
    await openView(page, '/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.body.append(script);
      const frame = document.createElement('iframe');
      frame.src = 'https://elsewhere.example.test/';
      document.body.append(frame);
    });
    await expect.poll(() => violations(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/), expect.stringMatching(/^frame-src/)]));
    await expectNothingExecuted(page);
  });
});
