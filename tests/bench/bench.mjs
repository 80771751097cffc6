#!/usr/bin/env node
/**
 * `npm run bench`: builds the production app, serves it compressed (gzip/brotli, like any static
 * host), measures it in headless Chromium and prints ONE table. Not part of `npm test`.
 *
 * Options: --skip-build, --skip-lighthouse, --runs=3, --only=<sections> (comma-separated: bytes,
 * lighthouse, parse, table, timeline, interactions). Env: BENCH_DIST (default dist), BENCH_PORT
 * (default 4499), CHROME_PATH (default /usr/bin/chromium).
 *
 * Views are found by role and name; a measurement whose view or control is missing reports
 * "n/a (reason)" instead of stopping the run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = new Set(process.argv.slice(2));
const option = (name, fallback) => {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return found ? found.split('=')[1] : fallback;
};
const DIST = resolve(root, process.env.BENCH_DIST ?? 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4499);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LH_RUNS = Number(option('runs', '3'));
const ONLY = option('only', '').split(',').filter(Boolean);
const wanted = (section) => ONLY.length === 0 || ONLY.includes(section);
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const rows = [];
/** One line of the table: section, measure, value, target, verdict. */
const row = (section, measure, value, target = '', ok = undefined) =>
  rows.push({ section, measure, value: String(value), target, verdict: ok === undefined ? '' : ok ? 'ok' : 'MISS' });
const na = (reason) => `n/a (${String(reason).split('\n')[0].slice(0, 90)})`;
const log = (...parts) => process.stderr.write(`[bench] ${parts.join(' ')}\n`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => (typeof value === 'number' ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : value);

// ---------------------------------------------------------------- build
if (!args.has('--skip-build')) {
  log(`building into ${DIST} …`);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error('vite build failed');
    process.exit(1);
  }
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`${DIST}/index.html is missing: build first or drop --skip-build`);
  process.exit(1);
}

// ---------------------------------------------------------------- generated datasets
log('generating datasets …');
const { tsImport } = await import('tsx/esm/api');
const { generateDataset } = await tsImport('./generate.ts', import.meta.url);
const generated = {
  'agreements-100k.json': JSON.stringify(generateDataset({ summits: 500, agreements: 100_000, seed: 3 })),
  'meetings-5k.json': JSON.stringify(generateDataset({ summits: 5_000, agreements: 2_000, seed: 5 })),
};

// ---------------------------------------------------------------- compressed static server
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.ico': 'image/x-icon' };
const compressed = new Map();
/** gzip size of every file served, so the table reports gzip bytes whatever the browser negotiated. */
const gzipBytes = new Map();
function encodings(key, body) {
  let entry = compressed.get(key);
  if (!entry) {
    const gzip = gzipSync(body, { level: 9 });
    entry = { raw: body, gzip, br: body.length > 5_000_000 ? undefined : brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }) };
    compressed.set(key, entry);
    gzipBytes.set(key, gzip.length);
  }
  return entry;
}
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', ORIGIN);
  let body;
  let type;
  let key = url.pathname;
  let cache = 'no-cache';
  if (url.pathname.startsWith('/__bench/')) {
    const name = url.pathname.slice('/__bench/'.length);
    if (!(name in generated)) return response.writeHead(404).end();
    body = Buffer.from(generated[name]);
    type = TYPES['.json'];
  } else {
    let file = normalize(join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST)) return response.writeHead(403).end();
    // Like static hosts: /summits is answered by the prerendered summits.html when there is one.
    if (!existsSync(file) && existsSync(`${file}.html`)) {
      file = `${file}.html`;
      key = `${url.pathname}.html`;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(url.pathname)) return response.writeHead(404).end('not found');
      file = join(DIST, 'index.html'); // SPA fallback for routes
      key = '/index.html';
    }
    body = readFileSync(file);
    type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (url.pathname.startsWith('/assets/')) cache = 'public, max-age=31536000, immutable';
  }
  const accept = String(request.headers['accept-encoding'] ?? '');
  const entry = encodings(key, body);
  const headers = { 'content-type': type, 'cache-control': cache, vary: 'accept-encoding', 'access-control-allow-origin': '*' };
  if (/\bbr\b/.test(accept) && entry.br) response.writeHead(200, { ...headers, 'content-encoding': 'br' }).end(entry.br);
  else if (/\bgzip\b/.test(accept)) response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(entry.gzip);
  else response.writeHead(200, headers).end(entry.raw);
});
// Compressed before any page asks for them, as a static host serves a file it has compressed
// already: compressing megabytes at quality 11 on the first request would be timed as loading.
for (const [name, text] of Object.entries(generated)) encodings(`/__bench/${name}`, Buffer.from(text));
await new Promise((done) => server.listen(PORT, '127.0.0.1', done));
log(`serving ${DIST} compressed at ${ORIGIN}`);

const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
async function withPage(fn, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport });
  const page = await context.newPage();
  try {
    return await fn(page, context);
  } finally {
    await context.close();
  }
}
async function attempt(fn) {
  try {
    return await fn();
  } catch (error) {
    return na(error instanceof Error ? error.message : error);
  }
}
const dataParam = (name) => `data=${encodeURIComponent(`${ORIGIN}/__bench/${name}`)}`;

/**
 * Waits until the app runs the view and the view is on screen: a page drawn at build time shows its
 * heading at once, but stays inert (and loads nothing more) until the app has taken it over or has
 * cleared it away to draw the view afresh (another dataset, a filter): the heading counts after that.
 */
async function appReady(page, timeout) {
  await page.locator('#root:not([inert])').waitFor({ state: 'attached', timeout });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout });
}

// ---------------------------------------------------------------- bytes per route
async function firstLoadBytes(path, ready) {
  return withPage(async (page) => {
    const files = new Set();
    const pages = [];
    page.on('response', (response) => {
      const kind = response.request().resourceType();
      if (kind === 'script' || kind === 'stylesheet') files.add(new URL(response.url()).pathname);
      // The page itself, which carries the styles (see inlineStylesheet in vite.config.ts).
      if (kind === 'document') pages.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
    });
    await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle', timeout: 60_000 });
    await ready(page);
    // Parts drawn when they come near the screen (the overview's charts) start loading a moment
    // after the first quiet period; they count when they are on the first screen.
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
    let js = 0;
    let css = 0;
    for (const file of files) {
      const size = gzipBytes.get(file) ?? 0;
      if (file.endsWith('.css')) css += size;
      else js += size;
    }
    const html = (await Promise.all(pages)).reduce((sum, size) => sum + size, 0);
    return { js, css, html, count: files.size };
  });
}
if (wanted('bytes')) {
log('measuring bytes per route …');
for (const path of ['/', '/trade', '/summits', '/agreements', '/sources']) {
  const result = await attempt(() => firstLoadBytes(path, (page) => appReady(page, 20_000)));
  if (typeof result === 'string') row('First load (gzip)', `${path} JS; page + CSS`, result);
  else row('First load (gzip)', `${path} JS; page + CSS`, `${kB(result.js)} JS (${result.count} files); ${kB(result.html + result.css)} page and styles`, path === '/' ? 'JS <= 250 kB' : '', path === '/' ? result.js <= 250 * 1024 : undefined);
}
const CHART_FREE = new Set(['sectors', 'timeline', 'agreements']); // the widgets that load no Recharts (tests/e2e/embed.spec.ts checks it)
for (const widget of ['trade', 'meetings', 'sectors', 'timeline', 'agreements']) {
  const result = await attempt(() => firstLoadBytes(`/embed/${widget}`, async (page) => {
    await page.waitForTimeout(300);
    const text = await page.locator('body').innerText();
    if (/not found|unknown widget/i.test(text)) throw new Error('widget not built yet');
  }));
  const target = CHART_FREE.has(widget) ? 'JS <= 140 kB (chart-free)' : '';
  if (typeof result === 'string') row('Embed widget (gzip)', `/embed/${widget} JS; page + CSS`, result, target);
  else row('Embed widget (gzip)', `/embed/${widget} JS; page + CSS`, `${kB(result.js)} JS; ${kB(result.html + result.css)} page and styles`, target, CHART_FREE.has(widget) ? result.js <= 140 * 1024 : undefined);
}
}

// ---------------------------------------------------------------- Lighthouse
async function lighthouse(path) {
  const output = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const runs = [];
  try {
    for (let run = 0; run < LH_RUNS; run++) {
      const file = join(output, `run-${run}.json`);
      await new Promise((done, fail) => {
        const child = spawn(process.execPath, [
          join(root, 'node_modules/lighthouse/cli/index.js'), `${ORIGIN}${path}`,
          '--output=json', `--output-path=${file}`, '--quiet',
          '--only-categories=performance,accessibility,best-practices,seo',
          `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
        ], { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'pipe'] });
        let errors = '';
        child.stderr.on('data', (chunk) => (errors += chunk));
        child.on('exit', (code) => (code === 0 ? done() : fail(new Error(errors.trim().split('\n').pop() || `lighthouse exited ${code}`))));
      });
      const report = JSON.parse(readFileSync(file, 'utf8'));
      runs.push({
        performance: report.categories.performance.score,
        accessibility: report.categories.accessibility.score,
        bestPractices: report.categories['best-practices'].score,
        seo: report.categories.seo.score,
        lcp: report.audits['largest-contentful-paint'].numericValue,
        cls: report.audits['cumulative-layout-shift'].numericValue,
        tbt: report.audits['total-blocking-time'].numericValue,
      });
    }
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
  const of = (key) => median(runs.map((run) => run[key]));
  return { performance: of('performance'), accessibility: of('accessibility'), bestPractices: of('bestPractices'), seo: of('seo'), lcp: of('lcp'), cls: of('cls'), tbt: of('tbt') };
}
if (!args.has('--skip-lighthouse') && wanted('lighthouse')) {
  for (const path of ['/', '/trade', '/summits', '/agreements']) {
    log(`lighthouse ${path} (${LH_RUNS} runs) …`);
    const result = await attempt(() => lighthouse(path));
    const section = `Lighthouse ${path} (median of ${LH_RUNS}, mobile)`;
    if (typeof result === 'string') {
      row(section, 'scores', result);
      continue;
    }
    row(section, 'performance', result.performance.toFixed(2), '>= 0.95', result.performance >= 0.95);
    row(section, 'accessibility', result.accessibility.toFixed(2), '1.00', result.accessibility >= 1);
    row(section, 'best-practices', result.bestPractices.toFixed(2), '1.00', result.bestPractices >= 1);
    row(section, 'SEO', result.seo.toFixed(2), '1.00', result.seo >= 1);
    row(section, 'LCP / CLS / TBT', `${(result.lcp / 1000).toFixed(2)} s / ${result.cls.toFixed(3)} / ${result.tbt.toFixed(0)} ms`, 'LCP <= 2.0 s, CLS <= 0.01', result.lcp <= 2000 && result.cls <= 0.01);
  }
}

// ---------------------------------------------------------------- parse + validate in the browser
if (wanted('parse')) {
log('parse + validate …');
async function bundleParser() {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { write: false, minify: true, target: 'es2022', lib: { entry: join(root, 'tests/bench/browser-entry.ts'), formats: ['iife'], name: 'BilateralBench', fileName: 'bench' } },
  });
  const result = Array.isArray(output) ? output[0] : output;
  return result.output[0].code;
}
const parseResult = await attempt(async () => {
  const code = await bundleParser();
  return withPage(async (page) => {
    await page.goto(`${ORIGIN}/robots.txt`);
    await page.addScriptTag({ content: code });
    return page.evaluate(async () => {
      const { parseDatasetText, generateDataset } = window.BilateralBench;
      const time = (text, runs) => {
        const times = [];
        let ok = true;
        for (let run = 0; run < runs; run++) {
          const start = performance.now();
          ok = parseDatasetText(text).ok && ok;
          times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        return { median: times[Math.floor(times.length / 2)], ok };
      };
      const shipped = await (await fetch('/data/relations.json')).text();
      let agreements = 30_000;
      let big;
      for (;;) {
        big = JSON.stringify(generateDataset({ summits: 2_000, agreements, seed: 9 }));
        if (big.length >= 10 * 1024 * 1024) break;
        agreements = Math.ceil(agreements * ((10.05 * 1024 * 1024) / big.length));
      }
      return { shipped: { bytes: shipped.length, ...time(shipped, 7) }, big: { bytes: big.length, ...time(big, 3) } };
    });
  });
});
if (typeof parseResult === 'string') row('Dataset parse + validate', 'shipped / 10 MB', parseResult);
else {
  row('Dataset parse + validate', `shipped file (${kB(parseResult.shipped.bytes)})`, `${ms(parseResult.shipped.median)}${parseResult.shipped.ok ? '' : ' (INVALID)'}`);
  row('Dataset parse + validate', `generated ${(parseResult.big.bytes / 1024 / 1024).toFixed(1)} MB`, `${ms(parseResult.big.median)}${parseResult.big.ok ? '' : ' (INVALID)'}`, '<= 300 ms', parseResult.big.median <= 300);
}
}

// ---------------------------------------------------------------- UI timing helpers
/**
 * Records, in the page, each input's timestamp and the first frame after the latest DOM change
 * inside `scope` (the whole page by default).
 */
async function instrument(page, scope = 'body') {
  await page.evaluate((selector) => {
    const state = { start: 0, paint: 0, mutated: false };
    window.__bench = state;
    const onInput = (event) => {
      state.start = event.timeStamp;
      state.paint = 0;
      state.mutated = false;
    };
    for (const type of ['input', 'change', 'click']) document.addEventListener(type, onInput, true);
    new MutationObserver(() => {
      state.mutated = true;
      requestAnimationFrame(() => {
        state.paint = performance.now();
      });
    }).observe(document.querySelector(selector) ?? document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, scope);
}
/** Waits until the DOM has been quiet for `quietMs`, then returns input → paint of the last change. */
async function settled(page, quietMs = 250, limitMs = 30_000) {
  const started = Date.now();
  let last = -1;
  let quietSince = Date.now();
  for (;;) {
    await page.waitForTimeout(50);
    const state = await page.evaluate(() => ({ ...window.__bench }));
    if (state.paint !== last) {
      last = state.paint;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return state.mutated && state.paint ? state.paint - state.start : 0;
    }
    if (Date.now() - started > limitMs) throw new Error('the page did not settle');
  }
}
/** Event Timing (what INP is built on): the longest event of each interaction since the last call. */
async function observeEventTiming(page) {
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.interactionId) window.__events.push({ id: entry.interactionId, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
}
const takeEvents = (page) => page.evaluate(() => window.__events.splice(0));
async function searchBox(page) {
  const box = page.getByRole('searchbox').first();
  if (await box.count()) return box;
  const named = page.getByRole('textbox', { name: /search|filter|find/i }).first();
  if (await named.count()) return named;
  throw new Error('no search box on this view yet');
}
async function countRows(page) {
  const rows = await page.locator('main table tbody tr').count();
  if (rows) return rows;
  return page.getByRole('row').count();
}

// ---------------------------------------------------------------- agreements table at 100,000 rows
/**
 * Two numbers typed and deleted, 20 keystrokes: each one changes the rows shown (every prefix of
 * these numbers matches a different share of the generated agreements).
 */
const TYPED_NUMBERS = ['43217', '98765'];
/** The search text after each of those keystrokes. */
const typedQueries = () =>
  TYPED_NUMBERS.flatMap((number) => [...number].map((_, index) => number.slice(0, index + 1)).concat([...number].map((_, index) => number.slice(0, number.length - 1 - index))));
if (wanted('table')) {
log('agreements table, 100,000 rows …');
const tableResult = await attempt(() => withPage(async (page) => {
  await page.goto(`${ORIGIN}/agreements?${dataParam('agreements-100k.json')}`, { timeout: 120_000 });
  await appReady(page, 120_000);
  const box = await searchBox(page);
  await page.waitForLoadState('networkidle');
  const rowsBefore = await countRows(page);
  // The section holding the table and its count: the address and the controls also follow each
  // keystroke, in a later render that leaves the table as it is.
  await instrument(page, 'main section:has(table)');
  await box.click();
  const times = [];
  let rowsAfter = 0;
  for (const number of TYPED_NUMBERS) {
    for (const key of number) {
      await page.keyboard.type(key);
      times.push(await settled(page));
    }
    rowsAfter = await countRows(page);
    for (let index = 0; index < number.length; index++) {
      await page.keyboard.press('Backspace');
      times.push(await settled(page));
    }
  }
  const changed = times.filter((time) => time > 0);
  if (changed.length < times.length) throw new Error(`${times.length - changed.length} of ${times.length} keystrokes left the table unchanged`);
  return { median: median(times), worst: Math.max(...times), rowsBefore, rowsAfter, samples: times.length };
}));
const TABLE_TARGET = '<= 16 ms median, <= 50 ms worst';
if (typeof tableResult === 'string') row('Agreements table, 100,000 rows', 'filter (input → paint)', tableResult, TABLE_TARGET);
else {
  row('Agreements table, 100,000 rows', `filter, median / worst of ${tableResult.samples} keystrokes`, `${ms(tableResult.median)} / ${ms(tableResult.worst)}`, TABLE_TARGET, tableResult.median <= 16 && tableResult.worst <= 50);
  row('Agreements table, 100,000 rows', 'rows in the DOM (unfiltered / filtered)', `${tableResult.rowsBefore} / ${tableResult.rowsAfter}`);
}
// The same 20 searches through the table model alone (filtering, facet counts, sorting, paging: what
// the page computes before it draws), timed in Node: how much of the time above is the filtering.
const modelResult = await attempt(async () => {
  const { prepareAgreements } = await tsImport('../../src/features/agreements/lib/agreement-rows.ts', import.meta.url);
  const { createAgreementModel } = await tsImport('../../src/features/agreements/lib/table-model.ts', import.meta.url);
  const { DEFAULT_PAGE_SIZE, DEFAULT_SORT, EMPTY_FILTERS } = await tsImport('../../src/features/agreements/lib/view-params.ts', import.meta.url);
  const run = createAgreementModel(prepareAgreements(JSON.parse(generated['agreements-100k.json'])));
  const base = { ...EMPTY_FILTERS, sort: DEFAULT_SORT, page: 1, pageSize: DEFAULT_PAGE_SIZE };
  run(base);
  const times = typedQueries().map((q) => {
    const start = performance.now();
    run({ ...base, q });
    return performance.now() - start;
  });
  return { median: median(times), worst: Math.max(...times), samples: times.length };
});
const MODEL_MEASURE = 'filtering alone (table model in Node), median / worst of the same keystrokes';
if (typeof modelResult === 'string') row('Agreements table, 100,000 rows', MODEL_MEASURE, modelResult);
else row('Agreements table, 100,000 rows', MODEL_MEASURE, `${ms(modelResult.median)} / ${ms(modelResult.worst)}`);
}

// ---------------------------------------------------------------- timeline at 5,000 meetings
if (wanted('timeline')) {
log('timeline, 5,000 meetings …');
const timelineResult = await attempt(() => withPage(async (page) => {
  await page.goto(`${ORIGIN}/summits?${dataParam('meetings-5k.json')}`, { timeout: 120_000 });
  await appReady(page, 120_000);
  const box = await searchBox(page);
  const firstRender = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const dataset = performance.getEntriesByType('resource').find((entry) => entry.name.includes('meetings-5k.json'));
    return { sinceNavigation: performance.now() - (nav?.startTime ?? 0), afterData: dataset ? performance.now() - dataset.responseEnd : undefined };
  });
  await page.waitForLoadState('networkidle');
  const items = await page.locator('main li, main article').count();
  // The list of meetings: the address (written once typing pauses) redraws links elsewhere later.
  await instrument(page, 'main section[aria-label="Meetings by year"]');
  await box.click();
  const times = [];
  for (const key of 'moscow'.split('')) {
    await page.keyboard.type(key);
    times.push(await settled(page));
  }
  for (let index = 0; index < 6; index++) {
    await page.keyboard.press('Backspace');
    times.push(await settled(page));
  }
  const unchanged = times.filter((time) => time === 0).length;
  if (unchanged) throw new Error(`${unchanged} of ${times.length} keystrokes left the list unchanged`);
  return { firstRender, items, median: median(times), worst: Math.max(...times) };
}));
const OPENED = 'Timeline, 5,000 meetings opened with ?data=';
if (typeof timelineResult === 'string') row(OPENED, 'first render / filter', timelineResult);
else {
  row(OPENED, 'first render (navigation → view; after the data arrived)', `${ms(timelineResult.firstRender.sinceNavigation)}; ${timelineResult.firstRender.afterData === undefined ? 'n/a' : ms(timelineResult.firstRender.afterData)}`);
  row(OPENED, 'search typing, median / worst (input → paint)', `${ms(timelineResult.median)} / ${ms(timelineResult.worst)}`, '<= 50 ms', timelineResult.median <= 50);
  row(OPENED, 'list items in the DOM', timelineResult.items);
}

// The same timeline in a build that ships the dataset (so /summits is served drawn at build time),
// with the shipped 53 meetings and with 5,000: tests/bench/summits-timeline.ts.
log('timeline, shipped and 5,000 meetings built in …');
const { measureSummitsTimeline } = await tsImport('./summits-timeline.ts', import.meta.url);
const builtIn = await attempt(() => measureSummitsTimeline({ runs: 5, port: PORT + 1, chromePath: CHROME }));
if (typeof builtIn === 'string') row('Timeline, built in', 'first meeting painted / filters', builtIn);
else {
  for (const item of builtIn) {
    const section = `Timeline, ${item.meetings.toLocaleString('en')} meetings built in (5 runs)`;
    const firstTarget = item.meetings >= 5000 ? 400 : 220;
    row(section, 'first meeting painted, median / worst (ms after navigation)', `${ms(item.firstPaintMedian)} / ${ms(item.firstPaintWorst)}`, `<= ${firstTarget} ms`, item.firstPaintMedian <= firstTarget);
    for (const filter of item.filters) {
      row(section, `${filter.label}: on screen, median / worst`, `${ms(filter.paintedMedian)} / ${ms(filter.paintedWorst)}`, '<= 50 ms', filter.paintedMedian <= 50);
    }
  }
}
}

// ---------------------------------------------------------------- interactions at 4x CPU throttling
if (wanted('interactions')) log('interactions at 4x CPU throttling …');
/**
 * `scope` is where the result shows: typing and sorting change the table's section, while the
 * address (written once typing pauses) redraws the rest of the page later, with the same content.
 */
async function interactions(path, act, scope, count = 20) {
  return withPage(async (page, context) => {
    await page.goto(`${ORIGIN}${path}`);
    await appReady(page, 30_000);
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await observeEventTiming(page);
    await instrument(page, scope);
    await takeEvents(page);
    const inp = [];
    const visible = [];
    for (let index = 0; index < count; index++) {
      await act(page, index);
      visible.push(await settled(page, 300));
      const events = await takeEvents(page);
      inp.push(events.length ? Math.max(...events.map((event) => event.duration)) : 0);
    }
    return { inp: Math.max(...inp), visible: Math.max(...visible) };
  });
}
const INTERACTIONS = [
  ['filter (type in the agreements search)', '/agreements', async (page, index) => {
    const box = await searchBox(page);
    if (index === 0) await box.click();
    await page.keyboard.press(index % 5 === 4 ? 'Backspace' : 'KeyE');
  }, 'main section:has(table)'],
  ['sort (agreements column header)', '/agreements', async (page) => {
    const header = page.getByRole('columnheader').getByRole('button').first();
    if (!(await header.count())) throw new Error('no sortable column header yet');
    await header.click();
  }, 'main section:has(table)'],
  ['range change (trade: year "From")', '/trade', async (page, index) => {
    const from = page.getByLabel(/^From$/).first();
    if (!(await from.count())) throw new Error('no "From" year control yet');
    const tag = await from.evaluate((element) => element.tagName);
    if (tag === 'SELECT') {
      const values = await from.locator('option').evaluateAll((options) => options.map((option) => option.value));
      await from.selectOption(values[(index * 3) % values.length]);
    } else {
      await from.fill(String(2000 + (index % 20)));
      await from.press('Enter');
    }
  }],
  ['route change (main navigation)', '/', async (page, index) => {
    const names = ['Trade', 'Summits', 'Agreements', 'Sources', 'Overview'];
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: names[index % names.length], exact: true }).click();
  }],
];
for (const [name, path, act, scope] of wanted('interactions') ? INTERACTIONS : []) {
  const result = await attempt(() => interactions(path, act, scope));
  if (typeof result === 'string') row('Interactions, CPU 4x (worst of 20)', name, result, '<= 100 ms');
  else row('Interactions, CPU 4x (worst of 20)', name, `INP-style ${result.inp ? ms(result.inp) : '< 16 ms'}; result painted ${ms(result.visible)}`, '<= 100 ms', result.inp <= 100);
}

const chromiumVersion = browser.version();
await browser.close();
server.close();

// ---------------------------------------------------------------- the table
const headers = ['Section', 'Measure', 'Value', 'Target', ''];
const table = [headers, ...rows.map((entry) => [entry.section, entry.measure, entry.value, entry.target, entry.verdict])];
const widths = headers.map((_, column) => Math.max(...table.map((line) => line[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(`\nBilateral benchmark — ${new Date().toISOString()} — Chromium ${chromiumVersion} — ${DIST.replace(`${root}/`, '')} served gzip/brotli\n`);
console.log(line(headers));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const entry of table.slice(1)) console.log(line(entry));
