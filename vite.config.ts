/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
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
  plugins: [react(), tailwindcss(), shippedDataset(), pwa],
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
