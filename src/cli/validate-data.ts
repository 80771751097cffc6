/**
 * `npm run validate-data [file]`: checks a dataset file against format version 1 and its
 * integrity rules, prints every problem with its JSON path, and exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDatasetText } from '../data/validate.ts';

const file = resolve(process.argv[2] ?? 'data/relations.json');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const result = parseDatasetText(text);
if (result.ok) {
  const { dataset } = result;
  const years = new Set(dataset.trade.map((row) => row.year)).size;
  console.log(
    `${file} is a valid dataset: ${dataset.sources.length} sources, ${dataset.trade.length} trade figures over ${years} years, ` +
      `${dataset.summits.length} meetings and summits, ${dataset.agreements.length} agreements, ${dataset.claims.length} claims, ${dataset.topics.length} topic headings.`,
  );
} else {
  console.error(`${file} has ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${problem.path}: ${problem.message}`);
  process.exit(1);
}
