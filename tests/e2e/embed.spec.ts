import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openView } from './fixtures';

/**
 * Embedding as an editor does it: a host page served from ANOTHER origin (its own port) embeds two
 * widgets with embed.js. The app runs on E2E_PORT; the host page on E2E_HOST_PORT.
 */
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
/** Each worker serves its own host page, on E2E_HOST_PORT + its parallel index. */
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4425);
let HOST = '';
const hostFile = (name: string) => readFileSync(new URL(`./host/${name}`, import.meta.url), 'utf8');

let server: Server;

test.beforeAll(async ({ browserName }, testInfo) => {
  void browserName; // Playwright wants the fixtures destructured; none is needed here.
  const port = HOST_PORT + testInfo.parallelIndex;
  HOST = `http://127.0.0.1:${port}`;
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', HOST);
    const send = (body: string, type: string) => {
      response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/' || url.pathname === '/host.html') {
      let html = hostFile('host.html').replaceAll('__APP__', APP);
      // ?noscript: the same page without embed.js, as an editor who forgot the script tag.
      if (url.searchParams.has('noscript')) html = html.replace(/<script src="[^"]*embed\.js"[^>]*><\/script>/, '');
      return send(html, 'text/html');
    }
    if (url.pathname === '/host.js') return send(hostFile('host.js'), 'text/javascript');
    if (url.pathname === '/foreign.html') return send(hostFile('foreign.html'), 'text/html');
    response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function widgetFrame(page: Page, widget: string): Frame {
  const frame = page.frames().find((candidate) => candidate.url().startsWith(`${APP}/embed/${widget}`));
  if (!frame) throw new Error(`no ${widget} frame`);
  return frame;
}

/** |iframe height on the host − content height inside the widget|, and whether the widget scrolls inside. */
async function sizing(page: Page, id: string, widget: string) {
  const outer = await page.locator(`#${id}`).evaluate((element) => element.clientHeight);
  const inner = await widgetFrame(page, widget).evaluate(() => ({
    content: Math.ceil(document.querySelector('#root > div')!.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
  }));
  return { outer, gap: Math.abs(outer - inner.content), scrolls: inner.scrolls };
}

async function expectSizedToContent(page: Page, id: string, widget: string) {
  await expect
    .poll(async () => {
      const { gap, scrolls } = await sizing(page, id, widget);
      return gap <= 1 && !scrolls;
    }, { timeout: 1000, intervals: [50, 100, 100, 200] })
    .toBe(true);
}

async function openHost(page: Page, query = '') {
  await page.goto(`${HOST}/${query}`);
  const trade = page.frameLocator('#trade');
  const timeline = page.frameLocator('#timeline');
  await expect(trade.getByRole('heading', { level: 1 })).toContainText('Russia–China trade');
  await expect(timeline.getByRole('heading', { level: 1 })).toContainText('leader meetings');
  await expect(trade.locator('.recharts-surface').first()).toBeVisible();
  return { trade, timeline };
}

const lastState = (page: Page, id: string) =>
  page.evaluate((frameId) => {
    const states = (window as unknown as { __states: { id: string; params: Record<string, string> }[] }).__states;
    return states.filter((state) => state.id === frameId).at(-1)?.params;
  }, id);

test.describe('widgets on a host page from another origin', () => {
  test('both widgets size themselves to their content after load and after a filter change', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const { trade, timeline } = await openHost(page);
    await expectSizedToContent(page, 'trade', 'trade');
    await expectSizedToContent(page, 'timeline', 'timeline');
    await expect(page.locator('#trade')).toHaveCSS('width', /^\d+/);
    const hostWidth = await page.locator('main').evaluate((element) => element.clientWidth);
    expect(await page.locator('#trade').evaluate((element) => element.getBoundingClientRect().width)).toBeCloseTo(hostWidth, 0);

    // Fewer years in the timeline: the frame shrinks with its content.
    const before = (await sizing(page, 'timeline', 'timeline')).outer;
    await timeline.getByLabel('From').selectOption('2025');
    await expect(timeline.getByRole('heading', { level: 1 })).toContainText('2025');
    // The timeline frame is below the fold here: it must resize even while the browser pauses its rendering.
    expect(await page.evaluate(() => document.getElementById('timeline')!.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    await expectSizedToContent(page, 'timeline', 'timeline');
    expect((await sizing(page, 'timeline', 'timeline')).outer).toBeLessThan(before - 50);

    // The trade chart switched to its table: a different height, followed again.
    const chartHeight = (await sizing(page, 'trade', 'trade')).outer;
    await trade.getByText('Table', { exact: true }).click();
    await expect(trade.getByRole('table')).toBeVisible();
    await expectSizedToContent(page, 'trade', 'trade');
    expect((await sizing(page, 'trade', 'trade')).outer).not.toBe(chartHeight);
  });

  test('Bilateral.set changes the range without a reload, and the widget reports its state', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const { trade } = await openHost(page);
    await expect.poll(() => lastState(page, 'trade')).toEqual({ from: '2013', lang: 'en' });
    await widgetFrame(page, 'trade').evaluate(() => ((window as unknown as { marker: string }).marker = 'not reloaded'));

    const sent = await page.evaluate(() =>
      (window as unknown as { Bilateral: { set: (frame: Element, params: object) => boolean } }).Bilateral.set(document.getElementById('trade')!, {
        from: 2018,
        to: 2020,
      }),
    );
    expect(sent).toBe(true);
    await expect(trade.getByRole('heading', { level: 1 })).toHaveText('Russia–China trade, 2018–2020');
    await expect.poll(() => lastState(page, 'trade')).toEqual({ from: '2018', to: '2020', lang: 'en' });
    expect(widgetFrame(page, 'trade').url()).toContain('from=2018');
    expect(widgetFrame(page, 'trade').url()).toContain('to=2020');
    expect(await widgetFrame(page, 'trade').evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('not reloaded');
    await expectSizedToContent(page, 'trade', 'trade');

    // A change made by the reader inside the widget is reported too.
    await trade.getByText('Table', { exact: true }).click();
    await expect(trade.getByRole('row')).toHaveCount(4); // header + 2018, 2019, 2020
    await expect.poll(() => lastState(page, 'trade')).toEqual({ from: '2018', to: '2020', lang: 'en', view: 'table' });

    // Theme and language follow as well; null removes a parameter.
    await page.evaluate(() =>
      (window as unknown as { Bilateral: { set: (frame: Element, params: object) => boolean } }).Bilateral.set(document.getElementById('trade')!, {
        theme: 'dark',
        lang: 'ru',
        to: null,
      }),
    );
    await expect(trade.locator('html')).toHaveClass(/dark/);
    await expect(trade.getByRole('heading', { level: 1 })).toContainText('Торговля');
    await expect.poll(() => lastState(page, 'trade')).toEqual({ from: '2018', lang: 'ru', view: 'table', theme: 'dark' });
  });

  test('messages from foreign windows are ignored', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const { trade, timeline } = await openHost(page);
    await expectSizedToContent(page, 'trade', 'trade');
    const tradeHeight = (await sizing(page, 'trade', 'trade')).outer;
    const statesBefore = await page.evaluate(() => (window as unknown as { __states: unknown[] }).__states.length);

    // A sibling frame on another origin pretends to be a widget (to the host) and a host (to the widgets).
    const foreign = page.frames().find((frame) => frame.url().endsWith('/foreign.html'))!;
    await foreign.evaluate(() => (window as unknown as { sendForeign: () => void }).sendForeign());
    // The host page posts to itself.
    await page.evaluate(() => window.postMessage({ type: 'bilateral:resize', widget: 'trade', height: 4444 }, '*'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __messages: number }).__messages)).toBeGreaterThan(3);
    await page.waitForTimeout(300);

    expect((await sizing(page, 'trade', 'trade')).outer).toBe(tradeHeight);
    await expect(trade.getByRole('heading', { level: 1 })).not.toContainText('2000');
    await expect(timeline.getByRole('heading', { level: 1 })).not.toContainText('2000');
    expect(widgetFrame(page, 'trade').url()).not.toContain('from=2000');
    expect(widgetFrame(page, 'timeline').url()).not.toContain('from=2000');
    const statesAfter = await page.evaluate(() => (window as unknown as { __states: { params: Record<string, string> }[] }).__states);
    expect(statesAfter.length).toBe(statesBefore);
    expect(statesAfter.some((state) => state.params.from === '1999')).toBe(false);
  });

  test('invalid set messages change nothing and are never rendered as markup', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const { trade } = await openHost(page);
    await page.evaluate(() => {
      const target = (document.getElementById('trade') as HTMLIFrameElement).contentWindow!;
      const bad: unknown[] = [
        'bilateral:set',
        { type: 'bilateral:set', params: 'from=2019' },
        { type: 'bilateral:set', params: { from: { valueOf: 2019 } } },
        { type: 'bilateral:set', params: { from: '2'.repeat(5000) } },
        { type: 'bilateral:set', params: { data: 'https://evil.example/data.json', onload: 'alert(1)' } },
        { type: 'bilateral:set', params: [2019] },
        { type: 'bilateral:eval', params: { from: 2019 } },
      ];
      for (const message of bad) target.postMessage(message, '*');
      // The one valid message: a title with markup in it, to be shown as text.
      target.postMessage({ type: 'bilateral:set', params: { title: '<img src=x onerror="parent.__pwned=1">Hi' } }, '*');
    });
    const heading = trade.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('<img src=x onerror="parent.__pwned=1">Hi');
    await expect(heading.locator('img')).toHaveCount(0);
    const url = widgetFrame(page, 'trade').url();
    expect(url).not.toContain('data=');
    expect(url).not.toContain('onload');
    expect(url).toContain('from=2013');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('without embed.js the iframe keeps its own height and the widget scrolls inside', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.goto(`${HOST}/?noscript`);
    const timeline = page.frameLocator('#timeline');
    await expect(timeline.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    const { outer, scrolls } = await sizing(page, 'timeline', 'timeline');
    expect(outer).toBe(480);
    expect(scrolls).toBe(true);
    await timeline.getByRole('link', { name: /Full view in Bilateral/ }).scrollIntoViewIfNeeded();
    await expect(timeline.getByRole('link', { name: /Full view in Bilateral/ })).toBeInViewport();
  });
});

test.describe('widgets', () => {
  for (const widget of ['trade', 'meetings', 'sectors', 'timeline', 'agreements']) {
    test(`${widget}: no axe violations, a footer link to the full view in a new tab`, async ({ page, allowConsoleErrors }) => {
      void allowConsoleErrors;
      await openView(page, `/embed/${widget}?from=2019&lang=en`);
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByRole('group', { name: 'Filters' })).toBeVisible();
      const link = page.getByRole('link', { name: /Full view in Bilateral/ });
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
      await expect(link).toHaveAttribute('href', /from=2019/);
      await expect(page.getByText(/^Data: Russia–China relations/)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('dark theme on request, light by default', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.emulateMedia({ colorScheme: 'dark' });
    await openView(page, '/embed/meetings');
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await openView(page, '/embed/meetings?theme=dark&view=table');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expectNoAxeViolations(page);
  });

  test('lang=zh renders the widget in Chinese', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/embed/timeline?lang=zh&from=2024');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('领导人会晤');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('link', { name: /在Bilateral中查看完整视图/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('controls=0 hides the filters and title= replaces the heading', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/embed/agreements?controls=0&title=Deals%20since%202022&from=2022');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deals since 2022');
    await expect(page.getByRole('group', { name: 'Filters' })).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page).toHaveTitle('Deals since 2022 · Bilateral');
  });

  test('an unknown widget says so inside the frame and lists the widgets', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/embed/piechart');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unknown widget');
    await expect(page.getByText('piechart')).toBeVisible();
    for (const widget of ['trade', 'meetings', 'sectors', 'timeline', 'agreements']) {
      await expect(page.getByRole('listitem').filter({ hasText: widget }).first()).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  test('the sectors widget stars the sectors holding agreements that are not fully verified, as /trade does', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/embed/sectors');
    const note = page.getByText('* The sector includes agreements whose record is not fully verified.');
    await expect(note).toBeVisible();
    await expect(page.locator('figure li').filter({ hasText: 'Energy' })).toContainText(/\d+\*$/);
    await page.getByText('Table', { exact: true }).click();
    await expect(page.getByRole('row', { name: /Energy/ })).toContainText(/\d+\*/);
    await expect(note).toBeVisible();
  });

  test('bad parameters are noted inside the widget', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/embed/sectors?from=abc&status=lost&theme=neon');
    const note = page.getByRole('note', { name: 'Ignored settings' });
    await expect(note).toContainText('from=abc');
    await expect(note).toContainText('status=lost');
    await expect(note).toContainText('theme=neon');
  });

  test('works 280 px wide without horizontal scrolling', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.setViewportSize({ width: 280, height: 700 });
    for (const widget of ['trade', 'meetings', 'sectors', 'timeline', 'agreements']) {
      await openView(page, `/embed/${widget}`);
      await expect(page.getByRole('link', { name: /Full view/ })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), widget).toBeLessThanOrEqual(280);
    }
  });

  test('the agreement list fits 280 px in Russian and Chinese, its statuses whole', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await page.setViewportSize({ width: 280, height: 700 });
    for (const lang of ['ru', 'zh']) {
      await openView(page, `/embed/agreements?lang=${lang}`);
      const table = page.getByRole('table');
      expect(await table.evaluate((element) => element.getBoundingClientRect().right), lang).toBeLessThanOrEqual(280);
      // Each status badge is one line of text: no word cut off or broken character by character.
      const badgeHeights = await table.locator('td .rounded-full').evaluateAll((badges) =>
        badges.filter((badge) => badge.getClientRects().length > 0).map((badge) => badge.getBoundingClientRect().height),
      );
      expect(badgeHeights.length, lang).toBeGreaterThan(0);
      expect(Math.max(...badgeHeights), lang).toBeLessThan(30);
      await expectNoAxeViolations(page);
    }
  });

  test('first-load JS: the chart-free widgets do not load Recharts', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    const sizes: Record<string, { files: number; gzipKb: number; recharts: boolean }> = {};
    for (const widget of ['trade', 'meetings', 'sectors', 'timeline', 'agreements']) {
      const context = await page.context().browser()!.newContext({ baseURL: APP });
      const widgetPage = await context.newPage();
      const scripts = new Map<string, Buffer>();
      widgetPage.on('response', async (response) => {
        if (response.url().endsWith('.js') && response.url().includes('/assets/')) scripts.set(response.url(), await response.body());
      });
      await widgetPage.goto(`/embed/${widget}`);
      await expect(widgetPage.getByRole('link', { name: /Full view/ })).toBeVisible();
      await widgetPage.waitForLoadState('networkidle');
      const bodies = [...scripts.values()];
      sizes[widget] = {
        files: bodies.length,
        gzipKb: Math.round(bodies.reduce((sum, body) => sum + gzipSync(body).length, 0) / 102.4) / 10,
        recharts: bodies.some((body) => body.includes('recharts-wrapper')),
      };
      await context.close();
    }
    expect(sizes.trade?.recharts).toBe(true);
    expect(sizes.meetings?.recharts).toBe(true);
    expect(sizes.timeline?.recharts).toBe(false);
    expect(sizes.agreements?.recharts).toBe(false);
    expect(sizes.sectors?.recharts).toBe(false);
  });
});

test.describe('embed builder', () => {
  test('builds a snippet and an address, previews the widget live, copies', async ({ page, context, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
    await openView(page, '/embed?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed a chart or table');
    await page.getByRole('radio', { name: /Meeting timeline/ }).check();
    await page.getByLabel('From').selectOption('2022');
    await page.getByRole('checkbox', { name: 'State visit' }).check();
    await page.getByRole('group', { name: 'Appearance' }).getByLabel('Theme').selectOption('dark');

    const preview = page.locator('iframe[title^="Preview:"]');
    await expect(preview).toHaveAttribute('src', /\/embed\/timeline\?from=2022&kind=state-visit&lang=en&theme=dark/);
    await expect(page.frameLocator('iframe[title^="Preview:"]').getByRole('heading', { level: 1 })).toContainText('2022–2025');

    const snippet = page.getByLabel('Snippet for your page');
    await expect(snippet).toHaveValue(
      new RegExp(`^<iframe data-bilateral src="${APP}/embed/timeline\\?from=2022&amp;kind=state-visit&amp;lang=en&amp;theme=dark" title="[^"]+"`),
    );
    await expect(snippet).toHaveValue(new RegExp(`<script src="${APP}/embed.js" async></script>$`));
    await page.getByRole('button', { name: 'Copy address' }).click();
    await expect(page.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${APP}/embed/timeline?from=2022&kind=state-visit&lang=en&theme=dark`);

    // Fixed height: no script, the iframe keeps the height asked for.
    await page.getByRole('radio', { name: /Fixed/ }).check();
    await page.getByLabel('Height in pixels').fill('400');
    await expect(snippet).toHaveValue(/data-bilateral="fixed".*height="400"/);
    await expect(snippet).not.toHaveValue(/<script/);
    await expect(preview).toHaveCSS('height', '400px');
    await expect(page.getByRole('button', { name: 'Download PNG' })).toBeDisabled();
    // A height the snippet cannot use says what it will use instead.
    const height = page.getByLabel('Height in pixels');
    await expect(height).toHaveAccessibleDescription('From 200 to 4000 pixels.');
    await height.fill('');
    await expect(height).toHaveValue('');
    await height.fill('-5');
    await expect(height).toHaveAttribute('aria-invalid', 'true');
    await expect(height).toHaveAccessibleDescription('Outside 200–4000 pixels: the snippet uses 200.');
    await expect(snippet).toHaveValue(/height="200"/);
    await expectNoAxeViolations(page);
  });

  test('the preview sizes itself and a chart downloads as PNG', async ({ page, allowConsoleErrors }) => {
    void allowConsoleErrors;
    await openView(page, '/embed?lang=en');
    const frame = page.frameLocator('iframe[title^="Preview:"]');
    await expect(frame.locator('.recharts-surface').first()).toBeVisible();
    await expect
      .poll(async () => {
        const outer = await page.locator('iframe[title^="Preview:"]').evaluate((element) => element.clientHeight);
        const inner = await frame.locator('#root > div').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
        return Math.abs(outer - inner);
      })
      .toBeLessThanOrEqual(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^bilateral_trade_.*\.png$/);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
  });
});
