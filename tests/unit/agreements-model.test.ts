import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agreementsDataset } from './agreements-fixture';
import { prepareAgreements, type AgreementRow } from '../../src/features/agreements/lib/agreement-rows';
import { SECTORS, STATUSES } from '../../src/data/vocabulary';
import { createAgreementModel } from '../../src/features/agreements/lib/table-model';
import { generateDataset } from '../bench/generate';
import {
  DEFAULT_SORT,
  EMPTY_FILTERS,
  hasActiveFilters,
  parseAgreementView,
  sortParam,
  type AgreementView,
} from '../../src/features/agreements/lib/view-params';
import { createSearchCorpus, createTextMatcher, matchesAllTokens, normalizeForSearch, searchTokens } from '../../src/lib/search-text';
import { validateDataset } from '../../src/data/validate';

const dataset = agreementsDataset();
const prepared = prepareAgreements(dataset);
const base: AgreementView = { ...EMPTY_FILTERS, sort: DEFAULT_SORT, page: 1, pageSize: 50 };
const run = createAgreementModel(prepared, 'en');
const ids = (view: Partial<AgreementView>) => run({ ...base, ...view }).rows.map((row) => row.id);

describe('search text', () => {
  it('ignores case and diacritics in both the text and the query', () => {
    expect(normalizeForSearch('Réacteur NUCLÉAIRE')).toBe('reacteur nucleaire');
    expect(normalizeForSearch('Ёлка')).toBe('елка');
    expect(searchTokens('  Gas   «pipeline» gas ')).toEqual(['gas', 'pipeline']);
  });

  it('answers any sequence of queries like a plain scan, from memory or by narrowing an earlier answer', () => {
    // 'pipeline ga' + 's port' and 'eas' + 't': words that only occur across two records must not match.
    // The filler makes narrowing look through both many earlier matches ('z' → 'zz') and few ('ga' → 'gas').
    const filler = Array.from({ length: 200 }, (_, index) => (index % 2 ? 'zz filler' : 'z'));
    const texts = ['gas pipeline east', 'grain port', 'gas port', 'pipeline ga', 's port', ...filler, 'eastern gas route', '', 'eas', 't', 'x'];
    const plain = (tokens: string[]) => texts.map((text) => (matchesAllTokens(text, tokens) ? 1 : 0));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('g', 'ga', 'gas', 'gas p', 'gas po', 'east', 'eas gas', 'pipe', 'port', 'x', 't', 'ga s', 'z', 'zz', 'filler', 'zz gas'), { maxLength: 12 }), (queries) => {
        // Remembering two answers at most, so eviction is exercised too.
        const matcher = createTextMatcher(createSearchCorpus(texts), 2);
        for (const query of queries) {
          const { matches, positions } = matcher(searchTokens(query));
          const expected = plain(searchTokens(query));
          expect([...matches]).toEqual(expected);
          expect([...positions]).toEqual(expected.flatMap((match, position) => (match ? [position] : [])));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the agreements table model', () => {
  it('shows every agreement newest first by default (ties keep the dataset order)', () => {
    expect(ids({})).toEqual(['a-reactor', 'a-port', 'a-pipeline', '2022-09-grain', '2021-06-customs', 'a-bank']);
  });

  it('searches title, summary and translations: words in any order, any case, accents optional', () => {
    expect(ids({ q: 'PIPELINE gas' })).toEqual(['a-pipeline']);
    expect(ids({ q: 'reacteur' })).toEqual(['a-reactor']);
    expect(ids({ q: 'RÉACTEUR' })).toEqual(['a-reactor']);
    expect(ids({ q: 'нордлихт газа' })).toEqual(['a-pipeline']);
    expect(ids({ q: 'currencies settlements' })).toEqual(['a-bank']);
    expect(ids({ q: 'gas reactor' })).toEqual([]);
  });

  it('filters by several sectors and statuses, the year range, a meeting and a cited source', () => {
    expect(ids({ sectors: ['energy', 'trade-finance'] })).toEqual(['a-reactor', 'a-pipeline', '2021-06-customs', 'a-bank']);
    expect(ids({ sectors: ['energy', 'trade-finance'], statuses: ['contract', 'signed'] })).toEqual(['a-pipeline', '2021-06-customs', 'a-bank']);
    expect(ids({ from: 2022, to: 2023 })).toEqual(['a-pipeline', '2022-09-grain']);
    expect(ids({ from: 2024 })).toEqual(['a-reactor', 'a-port']);
    expect(ids({ summit: '2021-06-fredonia-city' })).toEqual(['2021-06-customs']);
    expect(ids({ source: 'fr-stats' })).toEqual(['a-pipeline', '2022-09-grain', 'a-bank']);
  });

  it('sorts by each column in both directions', () => {
    expect(ids({ sort: { field: 'date', direction: 'asc' } })).toEqual(['a-bank', '2021-06-customs', '2022-09-grain', 'a-pipeline', 'a-reactor', 'a-port']);
    expect(ids({ sort: { field: 'title', direction: 'asc' } })).toEqual(['a-bank', '2021-06-customs', 'a-pipeline', '2022-09-grain', 'a-port', 'a-reactor']);
    expect(ids({ sort: { field: 'title', direction: 'desc' } })[0]).toBe('a-reactor');
    expect(ids({ sort: { field: 'sources', direction: 'desc' } })[0]).toBe('a-pipeline');
    // Agreements without a meeting go last in either direction.
    expect(ids({ sort: { field: 'meeting', direction: 'desc' } })[0]).toBe('2021-06-customs');
    expect(ids({ sort: { field: 'meeting', direction: 'asc' } })[0]).toBe('2021-06-customs');
    const bySector = run({ ...base, sort: { field: 'sector', direction: 'asc' } }).rows.map((row) => row.sector);
    expect(bySector).toEqual(['agriculture', 'energy', 'energy', 'infrastructure-logistics', 'trade-finance', 'trade-finance']);
  });

  it('counts each sector and status under the other filters, not its own', () => {
    const result = run({ ...base, sectors: ['energy'], statuses: ['contract'] });
    expect(result.rows.map((row) => row.id)).toEqual(['a-pipeline']);
    // Sector counts apply the status filter only.
    expect(result.facets.sector).toMatchObject({ energy: 1, 'trade-finance': 0, agriculture: 0 });
    // Status counts apply the sector filter only.
    expect(result.facets.status).toMatchObject({ contract: 1, memorandum: 1, signed: 0 });
    const searched = run({ ...base, q: 'agreement' });
    expect(searched.facets.sector).toMatchObject({ 'trade-finance': 2, energy: 0 });
  });

  it('filters and counts facets like a plain filter, whatever views came before', () => {
    // One model through a random sequence of views: the search remembers earlier answers and the
    // counts are kept per state, so a filter set, changed or cleared earlier must not leak into a
    // later answer.
    const big = prepareAgreements(generateDataset({ summits: 30, agreements: 1500, seed: 5 }));
    const model = createAgreementModel(big, 'en');
    const words = ['12', '3', 'agreement', 'energy', 'port 4', 'zzz'];
    const viewArbitrary = fc.record({
      sectors: fc.subarray([...SECTORS], { maxLength: 3 }),
      statuses: fc.subarray([...STATUSES], { maxLength: 2 }),
      q: fc.constantFrom('', ...words),
      from: fc.option(fc.integer({ min: 1950, max: 2025 }), { nil: undefined }),
      summit: fc.option(fc.constantFrom(...big.rows.slice(0, 40).flatMap((row) => (row.summit ? [row.summit.id] : []))), { nil: undefined }),
    });
    const passes = (row: AgreementRow, view: Partial<AgreementView>, skip?: 'sector' | 'status') => {
      const tokens = searchTokens(view.q ?? '');
      return (
        (skip === 'sector' || !view.sectors?.length || view.sectors.includes(row.sector)) &&
        (skip === 'status' || !view.statuses?.length || view.statuses.includes(row.status)) &&
        (view.from === undefined || row.year >= view.from) &&
        (!view.summit || row.agreement.summitId === view.summit) &&
        tokens.every((token) => row.search.includes(token))
      );
    };
    fc.assert(
      fc.property(fc.array(viewArbitrary, { minLength: 1, maxLength: 6 }), (views) => {
        for (const view of views) {
          const result = model({ ...base, ...view });
          // The default order is the prepared order (newest first), so a plain filter keeps it.
          expect(result.rows.map((row) => row.index)).toEqual(big.rows.filter((row) => passes(row, view)).map((row) => row.index));
          for (const sector of SECTORS) expect(result.facets.sector[sector]).toBe(big.rows.filter((row) => row.sector === sector && passes(row, view, 'sector')).length);
          for (const status of STATUSES) expect(result.facets.status[status]).toBe(big.rows.filter((row) => row.status === status && passes(row, view, 'status')).length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('pages the sorted rows and clamps a page past the end', () => {
    const first = run({ ...base, pageSize: 25 });
    expect(first.pageRows).toHaveLength(6);
    const big = prepareAgreements(generateDataset({ summits: 50, agreements: 120, seed: 3 }));
    const runBig = createAgreementModel(big, 'en');
    const page2 = runBig({ ...base, pageSize: 50, page: 2 });
    expect(page2.pageRows.map((row) => row.id)).toEqual(page2.rows.slice(50, 100).map((row) => row.id));
    const tooFar = runBig({ ...base, pageSize: 50, page: 9 });
    expect(tooFar.page).toBe(3);
    expect(tooFar.pageRows).toHaveLength(20);
  });
});

describe('the agreements URL', () => {
  it('reads every filter and drops bad values with notes', () => {
    const { value, notes } = parseAgreementView(
      new URLSearchParams('sector=energy,bogus,agriculture&status=signed&from=2024&to=2020&q=gas&summit=x1&source=s!&sort=title:desc&page=2&size=33'),
    );
    expect(value).toMatchObject({ sectors: ['energy', 'agriculture'], statuses: ['signed'], from: 2020, to: 2024, q: 'gas', summit: 'x1', page: 2, pageSize: 25 });
    expect(value.source).toBeUndefined();
    expect(value.sort).toEqual({ field: 'title', direction: 'desc' });
    expect(notes.map((note) => note.param).sort()).toEqual(['sector', 'size', 'source', 'to']);
    expect(parseAgreementView(new URLSearchParams('sort=colour:up')).value.sort).toEqual(DEFAULT_SORT);
  });

  it('writes the default sort as no parameter and knows when filters are active', () => {
    expect(sortParam(DEFAULT_SORT)).toBeUndefined();
    expect(sortParam({ field: 'date', direction: 'asc' })).toBe('date:asc');
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, q: '  ' })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, source: 'fr-stats' })).toBe(true);
  });
});

describe('the generated scale dataset', () => {
  it('is a valid dataset and is the same for the same seed', () => {
    const generated = generateDataset({ summits: 50, agreements: 500, seed: 11 });
    const result = validateDataset(JSON.parse(JSON.stringify(generated)));
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(generateDataset({ summits: 50, agreements: 500, seed: 11 }).agreements[42]).toEqual(generated.agreements[42]);
  });
});
