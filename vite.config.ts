/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

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

export default defineConfig({
  plugins: [react(), tailwindcss(), shippedDataset()],
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
