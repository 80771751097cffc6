import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetText, validateDataset } from '../../src/data/validate';
import {
  agreementsInRange,
  agreementsPerSector,
  datasetYearSpan,
  latestTrade,
  meetingsPerYear,
  sourcesById,
  summitsByDate,
  summitsInRange,
  tradeReporters,
  tradeSeries,
  yearOf,
} from '../../src/data/selectors';
import { SUMMIT_KINDS, type Dataset } from '../../src/data/vocabulary';
import { generateDataset } from '../bench/generate';

/** Runs per property: a thousand mutated datasets each. */
export const RUNS = 1000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const BASES: Json[] = [
  JSON.parse(readFileSync('tests/fixtures/other-pair.json', 'utf8')) as Json,
  JSON.parse(JSON.stringify(generateDataset({ summits: 12, agreements: 20, sources: 4, seed: 7 }))) as Json,
];

/** Every path in a JSON value, the root excluded. */
function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((item, index) => { out.push([...prefix, index]); pathsOf(item, [...prefix, index], out); });
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) { out.push([...prefix, key]); pathsOf(item, [...prefix, key], out); }
  }
  return out;
}

function parentOf(root: Json, path: Path): { parent: Json[] | { [key: string]: Json }; key: string | number } | undefined {
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? (node[key as number] as Json) : (node[key as string] as Json);
  }
  const key = path.at(-1);
  if (key === undefined || node === null || typeof node !== 'object') return undefined;
  return { parent: node, key };
}

/** Values that sit near the edges of the format: wrong types, markup, impossible dates, real and foreign ids. */
const edgeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null, true, 0, -1, -0.5, 1e308, 2101, 1899, '', ' ', 'x'.repeat(5000), '<script>window.__pwned=1</script>',
    '2023-02-30', '2021-06-01', '2024', 'javascript:alert(1)', 'https://example.org/', 'FR', 'SY', 'RU', 'CN', 'online',
    'third-country', 'src-1', 'fr-stats', 'sy-press', 'm-000001', 'a-000001', '2021-06-customs', 'energy', 'signed',
    'state-visit', 'verified', [], {}, [[[[]]]], { __proto__: 1 } as unknown as Json,
  ),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: Json }
  | { op: 'duplicate'; at: number }
  | { op: 'copy'; at: number; from: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: edgeValue }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('copy' as const), at: fc.nat(), from: fc.nat() }),
);

function mutate(base: Json, mutations: Mutation[]): Json {
  const root = structuredClone(base);
  for (const change of mutations) {
    const paths = pathsOf(root);
    if (paths.length === 0) break;
    const path = paths[change.at % paths.length] as Path;
    const target = parentOf(root, path);
    if (!target) continue;
    const { parent, key } = target;
    const current = Array.isArray(parent) ? parent[key as number] : parent[key as string];
    if (change.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
    } else if (change.op === 'replace' || change.op === 'copy') {
      const value: Json =
        change.op === 'replace' ? change.value : structuredClone(valueAt(root, paths[change.from % paths.length] as Path) ?? null);
      if (Array.isArray(parent)) parent[key as number] = value;
      else parent[key as string] = value;
    } else if (Array.isArray(parent) && current !== undefined) {
      parent.splice(key as number, 0, structuredClone(current));
    }
  }
  return root;
}

function valueAt(root: Json, path: Path): Json | undefined {
  const target = parentOf(root, path);
  if (!target) return undefined;
  return Array.isArray(target.parent) ? target.parent[target.key as number] : target.parent[target.key as string];
}

/** What the selectors must agree on for any dataset the validator accepts. */
function expectConsistent(dataset: Dataset) {
  const perYear = meetingsPerYear(dataset.summits);
  expect(perYear.reduce((sum, row) => sum + row.total, 0)).toBe(dataset.summits.length);
  perYear.forEach((row, index) => {
    expect(SUMMIT_KINDS.reduce((sum, kind) => sum + row[kind], 0)).toBe(row.total);
    if (index > 0) expect(row.year).toBe((perYear[index - 1]?.year ?? 0) + 1);
  });
  expect(agreementsPerSector(dataset.agreements).reduce((sum, row) => sum + row.count, 0)).toBe(dataset.agreements.length);

  const byDate = summitsByDate(dataset.summits);
  expect(byDate).toHaveLength(dataset.summits.length);
  for (let index = 1; index < byDate.length; index++) expect((byDate[index - 1]?.start ?? '') <= (byDate[index]?.start ?? '')).toBe(true);

  const parties = dataset.meta.parties.map((party) => party.id);
  for (const reporter of tradeReporters(dataset.trade)) {
    expect(parties).toContain(reporter);
    const years = tradeSeries(dataset.trade, reporter).map((row) => row.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
  }
  const headline = latestTrade(dataset.trade);
  expect(headline === undefined).toBe(dataset.trade.length === 0);
  if (headline?.changePercent !== undefined) expect(Number.isFinite(headline.changePercent)).toBe(true);

  const span = datasetYearSpan(dataset);
  if (span) {
    expect(span.first).toBeLessThanOrEqual(span.last);
    expect(summitsInRange(dataset.summits, { from: span.first, to: span.last })).toHaveLength(dataset.summits.length);
    expect(agreementsInRange(dataset.agreements, { from: span.first, to: span.last })).toHaveLength(dataset.agreements.length);
    const middle = Math.floor((span.first + span.last) / 2);
    const early = summitsInRange(dataset.summits, { to: middle }).length;
    const late = summitsInRange(dataset.summits, { from: middle + 1 }).length;
    expect(early + late).toBe(dataset.summits.length);
  }

  const sources = sourcesById(dataset);
  for (const record of [...dataset.trade, ...dataset.summits, ...dataset.agreements, ...dataset.claims]) {
    for (const id of record.sourceIds) expect(sources.has(id)).toBe(true);
  }
  const summits = new Map(dataset.summits.map((summit) => [summit.id, summit]));
  for (const agreement of dataset.agreements) {
    if (agreement.summitId !== undefined) expect(summits.get(agreement.summitId)?.agreementIds).toContain(agreement.id);
    expect(yearOf(agreement.date)).toBeGreaterThanOrEqual(1900);
  }
  // Accepting is stable: what was accepted once is accepted again, unchanged.
  const again = validateDataset(JSON.parse(JSON.stringify(dataset)));
  expect(again.ok).toBe(true);
}

function expectExplained(problems: readonly { path: string; message: string }[]) {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.path.length).toBeGreaterThan(0);
    expect(problem.message.trim().length).toBeGreaterThan(0);
  }
}

describe('property: mutated datasets are rejected with paths or give consistent output', () => {
  it(`never throws, over ${RUNS} random mutations of valid datasets`, () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat({ max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (baseIndex, mutations) => {
        const input = mutate(BASES[baseIndex] as Json, mutations);
        const result = parseDatasetText(JSON.stringify(input));
        if (result.ok) {
          accepted += 1;
          expectConsistent(result.dataset);
        } else {
          rejected += 1;
          expectExplained(result.problems);
        }
      }),
      { numRuns: RUNS },
    );
    expect(accepted + rejected).toBe(RUNS);
    // Both outcomes must really happen, or the property tests only half of what it claims.
    expect(accepted).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(100);
    if (process.env.PROPERTY_REPORT) console.log(`accepted ${accepted}, rejected ${rejected}`);
  }, 60_000);

  it(`never throws on arbitrary text, over ${RUNS} random files`, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 }), fc.jsonValue().map((value) => JSON.stringify({ schemaVersion: 1, meta: value }))),
        (text) => {
          const result = parseDatasetText(text);
          if (!result.ok) expectExplained(result.problems);
        },
      ),
      { numRuns: RUNS },
    );
  }, 60_000);
});
