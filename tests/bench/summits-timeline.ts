/**
 * Benchmark of the summit timeline against a production build: time to the first meetings on
 * screen after navigation, and time from a filter change to the updated list on screen, for the
 * shipped dataset and for 5,000 generated meetings.
 *
 *   npx vite build --outDir dist-summits
 *   npx tsx tests/bench/summits-timeline.ts [--dist dist-summits] [--runs 5]
 *
 * How it measures (Chromium, Playwright, a fresh browser context per run, no service worker):
 * - first render: the Element Timing entry of the first meeting's title (`elementtiming=
 *   "summits-first-entry"`), i.e. when that text was painted, in ms since navigation start.
 * - filter change: in the page, the time from dispatching the input event (checkbox click, select
 *   change, search text) to the app's `bilateral:summits:list-committed` performance mark, and to
 *   the end of the next frame after it (two animation frames), which is when it is on screen.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { generateDataset } from './generate';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const dist = resolve(option('dist', 'dist-summits'));
const runs = Number(option('runs', '5'));
const port = Number(option('port', '4419'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** A static server for the build; /data/relations.json is whichever dataset the case asks for. */
function serve(datasetText: () => string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    if (path.endsWith('/data/relations.json')) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(datasetText());
      return;
    }
    let file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

async function firstEntryPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        setTimeout(() => fail(new Error('No Element Timing entry for the first meeting within 30 s')), 30_000);
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((item) => (item as PerformanceEntry & { identifier?: string }).identifier === 'summits-first-entry');
          if (entry) done((entry as PerformanceEntry & { renderTime: number }).renderTime || entry.startTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );
}

type Action = { kind: 'click'; selector: string } | { kind: 'select'; selector: string; value: string } | { kind: 'type'; selector: string; value: string };

/** Runs one filter change inside the page and times it to the commit mark and to the next frame. */
async function timeFilterChange(page: Page, action: Action): Promise<{ commit: number; painted: number; shown: number }> {
  return page.evaluate(async (act) => {
    const name = 'bilateral:summits:list-committed';
    const before = performance.getEntriesByName(name).length;
    const element = document.querySelector(act.selector) as HTMLInputElement | HTMLSelectElement;
    const start = performance.now();
    if (act.kind === 'click') (element as HTMLInputElement).click();
    else {
      const proto = act.kind === 'select' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, act.value);
      element.dispatchEvent(new Event(act.kind === 'select' ? 'change' : 'input', { bubbles: true }));
    }
    // (No named helper functions in here: the bundler's name helper does not exist in the page.)
    for (let i = 0; i < 600 && performance.getEntriesByName(name).length === before; i++) {
      await new Promise((done) => requestAnimationFrame(done));
    }
    const mark = performance.getEntriesByName(name).at(-1) as PerformanceMark;
    await new Promise((done) => requestAnimationFrame(done));
    const painted = await new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
    return { commit: mark.startTime - start, painted: painted - start, shown: (mark.detail as { shown: number }).shown };
  }, action);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main() {
  const shipped = readFileSync(process.env.BILATERAL_DATASET ?? 'data/relations.json', 'utf8');
  const large = JSON.stringify(generateDataset({ summits: 5000, agreements: 2000 }));
  let current = shipped;
  const server = await serve(() => current);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const cases = [
    { name: `shipped (${(JSON.parse(shipped) as { summits: unknown[] }).summits.length} meetings)`, text: shipped },
    { name: 'generated (5,000 meetings)', text: large },
  ];
  const actions: { label: string; action: Action }[] = [
    { label: 'kind: state visit on', action: { kind: 'click', selector: 'form[role=search] input[type=checkbox]:nth-of-type(1)' } },
    { label: 'search text', action: { kind: 'type', selector: '#summits-search', value: 'meeting' } },
    { label: 'host select', action: { kind: 'select', selector: 'form[role=search] select', value: 'third-country' } },
    { label: 'clear search', action: { kind: 'type', selector: '#summits-search', value: '' } },
  ];
  const results: Record<string, Record<string, number>> = {};
  for (const item of cases) {
    current = item.text;
    const first: number[] = [];
    const filters: Record<string, { commit: number[]; painted: number[] }> = {};
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/summits`);
      first.push(await firstEntryPaint(page));
      for (const { label, action } of actions) {
        const timing = await timeFilterChange(page, action);
        (filters[label] ??= { commit: [], painted: [] }).commit.push(timing.commit);
        filters[label]!.painted.push(timing.painted);
      }
      await context.close();
    }
    const row: Record<string, number> = { 'first meeting painted (ms after navigation)': Math.round(median(first)) };
    for (const [label, timing] of Object.entries(filters)) {
      row[`${label}: commit (ms)`] = Math.round(median(timing.commit) * 10) / 10;
      row[`${label}: on screen (ms)`] = Math.round(median(timing.painted) * 10) / 10;
    }
    results[item.name] = row;
  }
  await browser.close();
  server.close();
  console.log(`Summit timeline, median of ${runs} runs, ${dist}`);
  console.table(results);
  console.log(JSON.stringify(results));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
