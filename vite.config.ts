/// <reference types="vitest/config" />
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The dataset served as data/relations.json; BILATERAL_DATASET=<file> ships another file in the same format. */
const DATASET_FILE = process.env.BILATERAL_DATASET ?? fileURLToPath(new URL('./data/relations.json', import.meta.url));
const DATASET_PATH = 'data/relations.json';

/**
 * The dataset lives in data/ (not public/) so that it is edited and validated as a source file,
 * yet the app fetches it at run time: served by the dev server and copied into dist/ on build.
 */
function shippedDataset(): Plugin {
  return {
    name: 'bilateral-shipped-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.endsWith(`/${DATASET_PATH}`)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(DATASET_FILE));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATASET_PATH, source: readFileSync(DATASET_FILE) });
    },
  };
}

/** public/fallback-check.js in index.html, with the comment before it (see src/app/prerendered.ts). */
const FALLBACK_CHECK = /\s*<!--[^>]*-->\s*<script src="[^"]*\/fallback-check\.js"><\/script>/;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Puts the stylesheet into the page itself: a prerendered page is then painted as soon as its HTML
 * has arrived, without a second request on the critical path (Lighthouse's phone paints it about
 * 0.15 s sooner). The styles are the whole
 * app's (8 kB gzip), so every view the app draws afterwards has them too; the separate file is
 * removed. The page's policy allows inline styles (charts set style attributes anyway).
 */
function inlineStylesheet(html: string, outDir: string, base: string): string {
  const links = [...html.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+\.css)"[^>]*>/g)];
  if (links.length !== 1) throw new Error(`index.html should link one stylesheet, not ${links.length}`);
  const [tag, href] = links[0] as unknown as [string, string];
  const file = join(outDir, href.slice(base.length));
  const css = readFileSync(file, 'utf8');
  if (css.includes('</style')) throw new Error(`${href} cannot be inlined: it contains "</style"`);
  rmSync(file);
  return html.replace(tag, () => `<style>${css}</style>`);
}

/**
 * Draws the views listed in src/app/prerendered.ts into dist/<view>.html (e.g. dist/summits.html,
 * served for /summits by static hosts and `vite preview`; the overview into index.html), so a
 * first visit shows the content before the app's code has run. The app takes the markup over when
 * it fits (src/main.tsx).
 */
function prerenderedViews(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'bilateral-prerendered-views',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // Before vite-plugin-pwa lists the files to precache (closeBundle), so the pages are precached too.
    async writeBundle(options) {
      if (config.build.ssr || config.build.lib || !options.dir) return;
      const outDir = options.dir;
      const template = inlineStylesheet(readFileSync(join(outDir, 'index.html'), 'utf8'), outDir, config.base);
      const datasetText = readFileSync(DATASET_FILE, 'utf8');
      const server = await createServer({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { prerenderView } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as typeof import('./src/app/prerender');
        const { PRERENDERED_VIEWS, prerenderedFile } = (await server.ssrLoadModule('/src/app/prerendered.ts')) as typeof import('./src/app/prerendered');
        for (const view of PRERENDERED_VIEWS) {
          const page = await prerenderView(view, datasetText);
          const root = `<div id="root" inert data-prerendered-view="${escapeHtml(view)}" data-prerendered-fingerprint="${escapeHtml(page.fingerprint)}">${page.html}</div>`;
          let html = template
            .replace(/<title>([^<]*)<\/title>/, (_, app: string) => `<title>${page.heading} · ${app}</title>`)
            .replace('<div id="root"></div>', () => root);
          // Only index.html is answered for other addresses; the other pages need no check (and no
          // script holding back their first paint).
          if (prerenderedFile(view) !== 'index.html') html = html.replace(FALLBACK_CHECK, '');
          if (!html.includes('data-prerendered-view')) throw new Error('index.html has no empty <div id="root"></div> to draw into');
          writeFileSync(join(outDir, prerenderedFile(view)), html);
        }
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * Offline: the service worker precaches the app shell and keeps the last dataset it fetched
 * (network first, so a reader online always gets the newest file). It is generated and registered
 * by an external script (CSP forbids inline script) only in production builds.
 */
const pwa = VitePWA({
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  injectRegister: 'script-defer',
  manifest: {
    name: 'Bilateral',
    short_name: 'Bilateral',
    description: 'Russia–China trade, leader meetings and agreements, every figure sourced.',
    theme_color: '#1d4ed8',
    background_color: '#ffffff',
    display: 'standalone',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,txt}'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        // The shipped dataset and any `?data=` JSON: network first, the cached copy when offline.
        urlPattern: ({ url, request }) => request.method === 'GET' && url.pathname.endsWith('.json') && !url.pathname.endsWith('manifest.json'),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'bilateral-datasets',
          networkTimeoutSeconds: 20,
          expiration: { maxEntries: 8 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
  devOptions: { enabled: false },
});

export default defineConfig({
  plugins: [react(), tailwindcss(), shippedDataset(), prerenderedViews(), pwa],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    css: false,
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
