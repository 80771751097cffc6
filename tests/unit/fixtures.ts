import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/vocabulary';

/** Reads and validates a dataset from tests/fixtures/ (or any path), failing loudly if it is not valid. */
export function loadFixture(name: string): Dataset {
  const path = name.includes('/') ? name : `tests/fixtures/${name}`;
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} is not valid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.dataset;
}
