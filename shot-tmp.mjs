import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const srv = spawn('npx', ['vite', 'preview', '--outDir', process.argv[2], '--host', '127.0.0.1', '--port', '4454', '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, q, name] of [[1280, '', 'en1280'], [1280, '?lang=ru', 'ru1280'], [1024, '?lang=ru', 'ru1024'], [1024, '?lang=zh', 'zh1024']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  await page.goto(`http://127.0.0.1:4454/agreements${q}`); await page.getByRole('table').waitFor(); await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/benchtmp/ag-${name}.png` });
  const cols = await page.evaluate(() => [...document.querySelectorAll('table thead th')].map(th => Math.round(th.getBoundingClientRect().width)).join(','));
  const tw = await page.evaluate(() => Math.round(document.querySelector('table').getBoundingClientRect().width));
  console.log(name, 'table', tw, 'cols', cols);
  await page.close();
}
await browser.close(); srv.kill();
