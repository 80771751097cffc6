/** Bundled into a script the benchmark runs inside headless Chromium (same parser the app uses). */
export { parseDatasetText } from '../../src/data/validate';
export { generateDataset } from './generate';
