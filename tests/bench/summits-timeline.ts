/**
 * Benchmark of the summit timeline against production builds: time to the first meetings on
 * screen after navigation, and time from a filter change to the updated list on screen, for the
 * shipped dataset and for 5,000 generated meetings.
 *
 *   npx tsx tests/bench/summits-timeline.ts [--runs 5]
 *
 * `npm run bench` runs the same measurement (measureSummitsTimeline) and puts it in its table.
 *
 * Each dataset gets its own build (BILATERAL_DATASET=<file> vite build), as a site shipping that
 * dataset would have, so /summits is served prerendered from it. (A dataset opened with `?data=` is
 * drawn by the app alone; `npm run bench` measures that case.)
 *
 * How it measures (Chromium, Playwright, a fresh browser context per run, no service worker):
 * - first render: the Element Timing entry of the first meeting's title (`elementtiming=
 *   "summits-first-entry"`), i.e. when that text was painted, in ms since navigation start.
 * - filter change, once the app has taken the page over: in the page, the time from dispatching
 *   the input event (checkbox click, select change, search text) to the app's
 *   `bilateral:summits:list-committed` performance mark, and to just after the next paint (a
 *   message posted from the next animation frame), which is when it is on screen.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { generateDataset } from './generate';


const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** A static server for one build, answering like a static host. */
function serve(dist: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    let file = join(dist, path);
    // /summits is answered by the prerendered summits.html when there is one, else by index.html.
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** A production build that ships `datasetText` as its dataset. */
function buildWith(datasetText: string, folder: string): string {
  const datasetFile = join(folder, 'dataset.json');
  writeFileSync(datasetFile, datasetText);
  const dist = join(folder, 'dist');
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    env: { ...process.env, BILATERAL_DATASET: datasetFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('vite build failed');
  return dist;
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

/** Runs one filter change inside the page and times it to the commit mark and to the next paint. */
async function timeFilterChange(page: Page, action: Action): Promise<{ commit: number; painted: number; shown: number }> {
  return page.evaluate(async (act) => {
    const name = 'bilateral:summits:list-committed';
    // The mark is set while React commits, in the same task as the DOM changes, so a mutation
    // observer (a microtask after them) sees it before the browser draws the next frame. A
    // performance observer would hear of it only after that frame, and polling animation frames
    // would make the browser draw frames while the app renders, slowing what is measured.
    const before = performance.getEntriesByName(name).length;
    const committed = new Promise<PerformanceEntry>((done, fail) => {
      const observer = new MutationObserver(() => {
        const entry = performance.getEntriesByName(name)[before];
        if (!entry) return;
        observer.disconnect();
        done(entry);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => fail(new Error(`no ${name} mark within 10 s`)), 10_000);
    });
    const element = document.querySelector(act.selector) as HTMLInputElement | HTMLSelectElement;
    const start = performance.now();
    if (act.kind === 'click') (element as HTMLInputElement).click();
    else {
      const proto = act.kind === 'select' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, act.value);
      element.dispatchEvent(new Event(act.kind === 'select' ? 'change' : 'input', { bubbles: true }));
    }
    // (No named helper functions in here: the bundler's name helper does not exist in the page.)
    const mark = (await committed) as PerformanceMark;
    // After the next paint: a message posted from an animation frame is handled once that frame is painted.
    const painted = await new Promise<number>((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      }),
    );
    return { commit: mark.startTime - start, painted: painted - start, shown: (mark.detail as { shown: number }).shown };
  }, action);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One filter change: its median and worst time to the screen over the runs (ms). */
export interface FilterTiming {
  label: string;
  commitMedian: number;
  paintedMedian: number;
  paintedWorst: number;
}
export interface TimelineCase {
  name: string;
  meetings: number;
  /** When the first meeting was painted, in ms after navigation: median and worst of the runs. */
  firstPaintMedian: number;
  firstPaintWorst: number;
  filters: FilterTiming[];
}

/** Builds the app with the shipped dataset and with 5,000 generated meetings and times both. */
export async function measureSummitsTimeline({ runs = 5, port = 4419, chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium' } = {}): Promise<TimelineCase[]> {
  const shipped = readFileSync(new URL('../../data/relations.json', import.meta.url), 'utf8');
  const large = JSON.stringify(generateDataset({ summits: 5000, agreements: 2000 }));
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const cases = [
    { meetings: (JSON.parse(shipped) as { summits: unknown[] }).summits.length, text: shipped },
    { meetings: 5000, text: large },
  ];
  const actions: { label: string; action: Action }[] = [
    { label: 'kind: state visit on', action: { kind: 'click', selector: 'form[role=search] input[type=checkbox]:nth-of-type(1)' } },
    { label: 'from year', action: { kind: 'select', selector: 'form[role=search] select[id$="-from"]', value: '2019' } },
    { label: 'search text', action: { kind: 'type', selector: '#summits-search', value: 'meeting' } },
    { label: 'host select', action: { kind: 'select', selector: 'form[role=search] select', value: 'third-country' } },
    { label: 'clear search', action: { kind: 'type', selector: '#summits-search', value: '' } },
  ];
  const results: TimelineCase[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'bench-summits-'));
  try {
    for (const item of cases) {
      const server = await serve(buildWith(item.text, folder), port);
      const first: number[] = [];
      const filters: Record<string, { commit: number[]; painted: number[] }> = {};
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}/summits`);
        first.push(await firstEntryPaint(page));
        // Filters are timed once the app has taken the prerendered page over.
        await page.locator('#root:not([inert])').waitFor({ state: 'attached', timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        for (const { label, action } of actions) {
          const timing = await timeFilterChange(page, action);
          (filters[label] ??= { commit: [], painted: [] }).commit.push(timing.commit);
          filters[label]!.painted.push(timing.painted);
        }
        await context.close();
      }
      server.close();
      results.push({
        name: item.meetings === 5000 ? 'generated (5,000 meetings)' : `shipped (${item.meetings} meetings)`,
        meetings: item.meetings,
        firstPaintMedian: median(first),
        firstPaintWorst: Math.max(...first),
        filters: Object.entries(filters).map(([label, timing]) => ({
          label,
          commitMedian: median(timing.commit),
          paintedMedian: median(timing.painted),
          paintedWorst: Math.max(...timing.painted),
        })),
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await browser.close();
  }
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
  };
  const runs = Number(option('runs', '5'));
  const results = await measureSummitsTimeline({ runs, port: Number(option('port', '4419')) });
  const round = (value: number) => Math.round(value * 10) / 10;
  const table: Record<string, Record<string, number>> = {};
  for (const item of results) {
    const row: Record<string, number> = { 'first meeting painted (ms after navigation)': Math.round(item.firstPaintMedian) };
    for (const filter of item.filters) {
      row[`${filter.label}: commit (ms)`] = round(filter.commitMedian);
      row[`${filter.label}: on screen (ms)`] = round(filter.paintedMedian);
    }
    table[item.name] = row;
  }
  console.log(`Summit timeline, median of ${runs} runs`);
  console.table(table);
  console.log(JSON.stringify(results));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
