import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/vocabulary';

/**
 * other-pair.json with one more record: a summit both leaders attended without a meeting of their
 * own (kind co-attended), which meeting counts leave out.
 */
export function withCoAttendedSummit(dataset: Dataset): Dataset {
  const summit: Dataset['summits'][number] = {
    id: '2022-09-summit',
    start: '2022-09-15',
    title: 'Both at a regional summit',
    kind: 'co-attended',
    host: 'third-country',
    summary: 'Both leaders attended; no meeting of their own is confirmed.',
    agreementIds: [],
    sourceIds: ['sy-press'],
    confidence: 'verified',
  };
  return { ...dataset, summits: [...dataset.summits, summit] };
}

/** Reads and validates a dataset from tests/fixtures/ (or any path), failing loudly if it is not valid. */
export function loadFixture(name: string): Dataset {
  const path = name.includes('/') ? name : `tests/fixtures/${name}`;
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} is not valid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.dataset;
}
