import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { test, expect, openView } from './fixtures';

/**
 * The app deployed under a sub-path, as on a static host: a build with --base, served with the
 * single-page fallback, must load, navigate and reload deep links.
 */
const BASE = '/briefings/bilateral/';
const PORT = 4390;
const OUT = 'dist-base-path';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const root = new URL('../..', import.meta.url).pathname;
  execFileSync('npx', ['vite', 'build', '--base', BASE, '--outDir', OUT, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  server = spawn('npx', ['vite', 'preview', '--base', BASE, '--outDir', OUT, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}${BASE}`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('preview server did not start');
});

test.afterAll(() => {
  // The preview runs under an npx wrapper: end the whole process group.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('served under a sub-path, the app loads, navigates and reloads deep links', async ({ page, allowConsoleErrors }) => {
  void allowConsoleErrors;
  const origin = `http://127.0.0.1:${PORT}`;
  await openView(page, `${origin}${BASE}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
  await expect(page).toHaveURL(`${origin}${BASE}agreements`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The reload is answered by the page drawn at build time, which the app takes over under the sub-path too.
  await expect(page.locator('#root[data-prerendered-view="/agreements"]:not([inert])')).toBeAttached();
  await openView(page, `${origin}${BASE}sources?lang=ru`);
  await page.getByRole('link', { name: 'Обзор' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE.slice(0, -1)}/?\\?lang=ru$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Россия и Китай');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Россия и Китай');
});
