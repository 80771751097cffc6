/**
 * Scale benchmark of the agreements table: 100,000 generated agreements.
 *
 *   npx tsx tests/bench/agreements-scale.ts [--dist dist] [--rows 100000] [--port 4419]
 *
 * 1. Times the pure table model (TanStack Table filtering, faceting, sorting, paging) in Node.
 * 2. Builds nothing: serves an already built app folder (--dist) with `vite preview`, writes the
 *    generated dataset into it, opens /agreements?data=<that file> in headless Chromium and measures,
 *    per keystroke in the search box and per sector toggle, the time from the key/click event to the
 *    updated table (DOM mutation of the count and rows), plus the number of rows in the DOM.
 * Prints one JSON object with medians and worst cases.
 */
import { spawn } from 'node:child_process';
import { writeFileSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { generateDataset } from './generate';
import { prepareAgreements } from '../../src/features/agreements/lib/agreement-rows';
import { createAgreementModel } from '../../src/features/agreements/lib/table-model';
import { DEFAULT_SORT, EMPTY_FILTERS, type AgreementView } from '../../src/features/agreements/lib/view-params';

const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1]! : fallback;
};
const rows = Number(arg('rows', '100000'));
const dist = arg('dist', 'dist');
const port = Number(arg('port', '4419'));
// Every prefix of this query matches a different number of generated rows, so each keystroke changes the table.
const QUERY = '43217';

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  return { n: values.length, median: Math.round(median * 10) / 10, worst: Math.round((sorted.at(-1) ?? NaN) * 10) / 10 };
};

function modelTimes() {
  const dataset = generateDataset({ summits: 50, agreements: rows, seed: 7 });
  const prepared = prepareAgreements(dataset);
  const run = createAgreementModel(prepared, 'en');
  const base: AgreementView = { ...EMPTY_FILTERS, sort: DEFAULT_SORT, page: 1, pageSize: 50 };
  run(base);
  const typing: number[] = [];
  for (let i = 1; i <= QUERY.length; i++) {
    const start = performance.now();
    run({ ...base, q: QUERY.slice(0, i) });
    typing.push(performance.now() - start);
  }
  const toggles: number[] = [];
  for (const sectors of [['energy'], ['energy', 'agriculture'], ['agriculture'], []] as const) {
    const start = performance.now();
    run({ ...base, sectors: [...sectors] });
    toggles.push(performance.now() - start);
  }
  return { dataset, typing: stats(typing), sectorToggle: stats(toggles) };
}

async function browserTimes(datasetJson: string) {
  const file = `bench-agreements-${rows}.json`;
  writeFileSync(`${dist}/${file}`, datasetJson);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { stdio: 'ignore', detached: true });
  try {
    for (let attempt = 0; attempt < 60; attempt++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const origin = `http://127.0.0.1:${port}`;
    const loadStart = Date.now();
    await page.goto(`${origin}/agreements?data=${encodeURIComponent(`${origin}/${file}`)}`);
    await page.getByRole('table').waitFor({ timeout: 180_000 });
    const loadMs = Date.now() - loadStart;

    // In the page: time from an input/click event to the next change of the results section.
    // Plain script text: tsx would wrap named functions in a helper the page does not have.
    await page.evaluate(`(() => {
      const results = document.querySelector('section[aria-labelledby="agreements-results"]');
      const bench = { start: 0, done: null };
      bench.arm = () => {
        bench.done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now() - bench.start);
          });
          observer.observe(results, { childList: true, subtree: true, characterData: true, attributes: true });
        });
      };
      const mark = (event) => { bench.start = event.timeStamp; };
      document.addEventListener('keydown', mark, true);
      document.addEventListener('click', mark, true);
      window.__bench = bench;
    })()`);
    const measure = async (act: () => Promise<void>) => {
      await page.evaluate('window.__bench.arm()');
      await act();
      return page.evaluate<number>('Promise.race([window.__bench.done, new Promise((resolve) => setTimeout(() => resolve(NaN), 15000))])');
    };
    const box = page.getByRole('searchbox', { name: 'Search titles and summaries' });
    await box.focus();
    const typing: number[] = [];
    for (const key of QUERY) typing.push(await measure(() => page.keyboard.press(key === ' ' ? 'Space' : key)));
    for (let i = 0; i < QUERY.length; i++) typing.push(await measure(() => page.keyboard.press('Backspace')));
    const toggles: number[] = [];
    const energy = page.getByRole('checkbox', { name: /^Energy \(/ });
    const agriculture = page.getByRole('checkbox', { name: /^Agriculture \(/ });
    for (const box2 of [energy, agriculture, energy, agriculture, energy, energy]) toggles.push(await measure(() => box2.click()));
    const rowsInDom = await page.locator('tbody tr').count();
    const countText = await page.getByRole('status').filter({ hasText: /agreements/ }).innerText();
    await browser.close();
    return { loadMs, typing: stats(typing.filter((v) => !Number.isNaN(v))), sectorToggle: stats(toggles.filter((v) => !Number.isNaN(v))), rowsInDom, countText, raw: { typing, toggles } };
  } finally {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // Already gone.
    }
    rmSync(`${dist}/${file}`, { force: true });
  }
}

const model = modelTimes();
const browser = process.argv.includes('--no-browser') ? undefined : await browserTimes(JSON.stringify(model.dataset));
console.log(JSON.stringify({ rows, model: { typing: model.typing, sectorToggle: model.sectorToggle }, browser }, null, 2));
