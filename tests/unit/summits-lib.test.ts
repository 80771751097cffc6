import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SUMMIT_KINDS, type Summit } from '../../src/data/vocabulary';
import { validateDataset } from '../../src/data/validate';
import {
  adjacentSummits,
  agreementsBySummit,
  claimsForSummit,
  countsPerYear,
  filterSummits,
  groupByYear,
  hasActiveFilters,
  numberSources,
  parseSummitParams,
  placeOf,
  EMPTY_FILTERS,
} from '../../src/features/summits/lib/timeline';
import { chunkSlots, chunksInBand, chunkYears, initialChunkKeys } from '../../src/features/summits/lib/chunks';
import { memoize } from '../../src/lib/memoize';
import { normalizeForSearch } from '../../src/lib/search-text';
import { generateDataset } from '../bench/generate';
import { loadFixture } from './fixtures';

const base: Omit<Summit, 'id' | 'start' | 'title' | 'kind' | 'host' | 'summary'> = {
  agreementIds: [],
  sourceIds: ['s1'],
  confidence: 'verified',
};
const summit = (fields: Partial<Summit> & Pick<Summit, 'id' | 'start'>): Summit => ({
  ...base,
  title: `Meeting ${fields.id}`,
  kind: 'state-visit',
  host: 'RU',
  summary: 'Talks.',
  ...fields,
});

const SUMMITS: Summit[] = [
  summit({ id: 'b', start: '2014-05-20', end: '2014-05-21', city: 'Shanghai', country: 'China', host: 'CN', kind: 'state-visit', title: 'Gas deal visit', sourceIds: ['s2', 's1'] }),
  summit({ id: 'a', start: '2013-03-22', city: 'Moscow', country: 'Russia', host: 'RU', kind: 'state-visit', title: 'First visit abroad' }),
  summit({ id: 'c', start: '2014-11-09', city: 'Beijing', host: 'third-country', kind: 'multilateral', event: 'APEC leaders’ meeting', summary: 'Met at APEC.' }),
  summit({ id: 'd', start: '2019-07-01', city: 'Brasília', country: 'Brazil', host: 'third-country', kind: 'multilateral', event: 'BRICS summit', sourceIds: ['s3'] }),
  summit({
    id: 'e',
    start: '2022-12-30',
    host: 'online',
    kind: 'virtual',
    title: 'New Year video call',
    translations: { ru: { title: 'Новогодняя видеовстреча', summary: 'Обсудили ёлочные поставки.' }, zh: { title: '新年视频会晤' } },
  }),
];

const ids = (list: readonly Summit[]) => list.map((item) => item.id);

describe('normalizeForSearch', () => {
  it('drops case and diacritics', () => {
    expect(normalizeForSearch('São Paulo')).toBe('sao paulo');
    expect(normalizeForSearch('BRASÍLIA')).toBe('brasilia');
    expect(normalizeForSearch('Ёлочные')).toBe('елочные');
    expect(normalizeForSearch('Crème Brûlée')).toBe('creme brulee');
  });
  it('leaves Chinese text alone', () => {
    expect(normalizeForSearch('新年视频会晤')).toBe('新年视频会晤');
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => normalizeForSearch(normalizeForSearch(text)) === normalizeForSearch(text)));
  });
});

describe('filterSummits', () => {
  it('returns everything without filters', () => {
    expect(ids(filterSummits(SUMMITS, EMPTY_FILTERS))).toEqual(['b', 'a', 'c', 'd', 'e']);
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
  });
  it('filters by several kinds', () => {
    expect(ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, kinds: ['multilateral', 'virtual'] }))).toEqual(['c', 'd', 'e']);
  });
  it('filters by host', () => {
    expect(ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, hosts: ['third-country'] }))).toEqual(['c', 'd']);
    expect(ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, hosts: ['RU', 'CN'] }))).toEqual(['b', 'a']);
  });
  it('filters by an inclusive year range, either end open', () => {
    expect(ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, from: 2014, to: 2019 }))).toEqual(['b', 'c', 'd']);
    expect(ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, from: 2019 }))).toEqual(['d', 'e']);
    expect(ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, to: 2013 }))).toEqual(['a']);
  });
  it('searches places, events, titles and summaries ignoring case and accents', () => {
    const search = (q: string) => ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, q }));
    expect(search('brasilia')).toEqual(['d']);
    expect(search('BRASÍLIA')).toEqual(['d']);
    expect(search('apec')).toEqual(['c']);
    expect(search('gas deal')).toEqual(['b']);
    expect(search('met at')).toEqual(['c']);
    expect(search('russia')).toEqual(['a']);
  });
  it('searches translated titles and summaries', () => {
    const search = (q: string) => ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, q }));
    expect(search('видеовстреча')).toEqual(['e']);
    expect(search('ЕЛОЧНЫЕ')).toEqual(['e']);
    expect(search('新年')).toEqual(['e']);
  });
  it('reads punctuation in the query as a break between words', () => {
    const search = (q: string) => ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, q }));
    expect(search('Moscow, Russia')).toEqual(['a']);
    expect(search('Brazil; (BRICS)')).toEqual(['d']);
  });
  it('needs every word of the query, in any order', () => {
    expect(ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, q: '  summit   brics ' }))).toEqual(['d']);
    expect(ids(filterSummits(SUMMITS, { ...EMPTY_FILTERS, q: 'brics apec' }))).toEqual([]);
  });
  it('combines filters', () => {
    expect(ids(filterSummits(SUMMITS, { kinds: ['multilateral'], hosts: ['third-country'], from: 2015, q: 'summit' }))).toEqual(['d']);
  });
  it('never returns a meeting that fails a filter, and keeps every one that passes', () => {
    const dataset = generateDataset({ summits: 300, agreements: 50, seed: 7 });
    fc.assert(
      fc.property(
        fc.subarray([...SUMMIT_KINDS]),
        fc.option(fc.integer({ min: 1990, max: 2026 }), { nil: undefined }),
        (kinds, from) => {
          const result = filterSummits(dataset.summits, { ...EMPTY_FILTERS, kinds: [...kinds], from });
          const expected = dataset.summits.filter(
            (item) => (kinds.length === 0 || kinds.includes(item.kind)) && (from === undefined || Number(item.start.slice(0, 4)) >= from),
          );
          expect(ids(result)).toEqual(ids(expected));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('groupByYear and countsPerYear', () => {
  it('groups oldest first, meetings in date order', () => {
    const groups = groupByYear(SUMMITS, 'asc');
    expect(groups.map((group) => group.year)).toEqual([2013, 2014, 2019, 2022]);
    expect(ids(groups[1]!.summits)).toEqual(['b', 'c']);
  });
  it('groups newest first, meetings in reverse date order', () => {
    const groups = groupByYear(SUMMITS, 'desc');
    expect(groups.map((group) => group.year)).toEqual([2022, 2019, 2014, 2013]);
    expect(ids(groups[2]!.summits)).toEqual(['c', 'b']);
  });
  it('returns no groups for no meetings', () => {
    expect(groupByYear([], 'asc')).toEqual([]);
    expect(countsPerYear([])).toEqual([]);
  });
  it('counts meetings per year, empty years as zero', () => {
    const counts = countsPerYear(SUMMITS);
    expect(counts[0]).toEqual({ year: 2013, count: 1 });
    expect(counts[1]).toEqual({ year: 2014, count: 2 });
    expect(counts.find((row) => row.year === 2016)).toEqual({ year: 2016, count: 0 });
    expect(counts.at(-1)).toEqual({ year: 2022, count: 1 });
    expect(counts.reduce((sum, row) => sum + row.count, 0)).toBe(SUMMITS.length);
  });
});

describe('drawing long timelines in chunks', () => {
  const many = Array.from({ length: 23 }, (_, index) => summit({ id: `m${index}`, start: `${2000 + Math.floor(index / 12)}-01-${String((index % 12) + 1).padStart(2, '0')}` }));
  const years = chunkYears(groupByYear(many, 'asc'), 5);

  it('cuts each year into chunks that keep every meeting once, in order', () => {
    expect(years.map((year) => [year.year, year.count, year.chunks.map((chunk) => chunk.summits.length)])).toEqual([
      [2000, 12, [5, 5, 2]],
      [2001, 11, [5, 5, 1]],
    ]);
    expect(years.flatMap((year) => year.chunks.flatMap((chunk) => ids(chunk.summits)))).toEqual(ids(many));
  });

  it('draws whole chunks from the top until the budget is spent', () => {
    expect([...initialChunkKeys(years, 5)]).toEqual(['2000:0']);
    expect([...initialChunkKeys(years, 6)]).toEqual(['2000:0', '2000:1']);
    expect([...initialChunkKeys(years, 13)]).toEqual(['2000:0', '2000:1', '2000:2', '2001:0']);
  });

  it('stands one placeholder in for each run of undrawn chunks', () => {
    const drawn = new Set(['2000:1']);
    const slots = chunkSlots(years[0]!.chunks, (key) => drawn.has(key));
    expect(slots).toEqual([
      { kind: 'placeholder', keys: ['2000:0'], size: 5 },
      { kind: 'drawn', chunk: years[0]!.chunks[1] },
      { kind: 'placeholder', keys: ['2000:2'], size: 2 },
    ]);
    expect(chunkSlots(years[1]!.chunks, () => false)).toEqual([{ kind: 'placeholder', keys: ['2001:0', '2001:1', '2001:2'], size: 11 }]);
    expect(chunkSlots(years[1]!.chunks, () => true).map((slot) => slot.kind)).toEqual(['drawn', 'drawn', 'drawn']);
  });

  it('picks the chunks of a placeholder that overlap the band near the screen', () => {
    const keys = ['a', 'b', 'c', 'd'];
    const box = { top: 1000, bottom: 1400 }; // four chunks of 100 px
    expect(chunksInBand(keys, box, { top: 1000, bottom: 1050 })).toEqual(['a']);
    expect(chunksInBand(keys, box, { top: 1150, bottom: 1250 })).toEqual(['b', 'c']);
    expect(chunksInBand(keys, box, { top: 1350, bottom: 1400 })).toEqual(['d']);
    expect(chunksInBand(keys, box, { top: 900, bottom: 2000 })).toEqual(keys);
    // A placeholder that has not been laid out yet: draw its first chunk.
    expect(chunksInBand(keys, { top: 0, bottom: 0 }, { top: 0, bottom: 0 })).toEqual(['a']);
  });
});

describe('memoize', () => {
  it('computes once per key and returns the same result after', () => {
    let calls = 0;
    const label = memoize(
      (year: number, count: number) => {
        calls += 1;
        return `${year}: ${count} meetings`;
      },
      (year, count) => `${year}:${count}`,
    );
    expect([label(2019, 3), label(2019, 4), label(2020, 3), label(2019, 3)]).toEqual([
      '2019: 3 meetings',
      '2019: 4 meetings',
      '2020: 3 meetings',
      '2019: 3 meetings',
    ]);
    expect(calls).toBe(3);
  });
});

describe('adjacentSummits', () => {
  it('finds the previous and next meeting by date', () => {
    expect(ids(Object.values(adjacentSummits(SUMMITS, 'b')))).toEqual(['a', 'c']);
  });
  it('has no previous for the first and no next for the last', () => {
    expect(adjacentSummits(SUMMITS, 'a')).toEqual({ next: SUMMITS[0] });
    expect(adjacentSummits(SUMMITS, 'e')).toEqual({ previous: SUMMITS[3] });
    expect(adjacentSummits(SUMMITS, 'nope')).toEqual({});
  });
});

describe('URL parameters', () => {
  const hosts = ['RU', 'CN', 'third-country', 'online'];
  it('reads kinds, hosts, range, text and order', () => {
    const parsed = parseSummitParams(new URLSearchParams('kind=virtual,multilateral&host=RU&from=2014&to=2020&q=Gas&sort=date:desc'), hosts);
    expect(parsed.filters).toEqual({ kinds: ['virtual', 'multilateral'], hosts: ['RU'], from: 2014, to: 2020, q: 'Gas' });
    expect(parsed.order).toBe('desc');
    expect(parsed.notes).toEqual([]);
  });
  it('drops unknown values with a note', () => {
    const parsed = parseSummitParams(new URLSearchParams('kind=picnic,virtual&host=XX&from=abc&sort=title:asc'), hosts);
    expect(parsed.filters.kinds).toEqual(['virtual']);
    expect(parsed.filters.hosts).toEqual([]);
    expect(parsed.filters.from).toBeUndefined();
    expect(parsed.order).toBe('asc');
    expect(parsed.notes.map((note) => note.param)).toEqual(['kind', 'host', 'from', 'sort']);
  });
});

describe('links between records', () => {
  it('counts agreements linked from either side once', () => {
    const dataset = loadFixture('other-pair.json');
    const map = agreementsBySummit(dataset);
    const [first] = dataset.summits;
    const linked = map.get(first!.id) ?? [];
    expect(linked.map((agreement) => agreement.id)).toContain('2021-06-customs');
    expect(new Set(linked).size).toBe(linked.length);
  });
  it('finds agreements that only name the meeting on their side', () => {
    const map = agreementsBySummit({
      summits: [summit({ id: 'x', start: '2020-01-01' })],
      agreements: [{ id: 'ag', title: 'T', date: '2020-01-01', summitId: 'x', sector: 'energy', status: 'signed', summary: 'S', sourceIds: ['s1'], confidence: 'verified' }],
    });
    expect(map.get('x')?.map((agreement) => agreement.id)).toEqual(['ag']);
  });
  it('finds claims that mention a meeting', () => {
    const claim = (id: string, summitId?: string) => ({ id, topic: 't', statement: 'S', sourceIds: ['s1'], ...(summitId ? { summitId } : {}) });
    const claims = [claim('c1', 'a'), claim('c2'), claim('c3', 'b'), claim('c4', 'a')];
    expect(claimsForSummit(claims, 'a').map((item) => item.id)).toEqual(['c1', 'c4']);
    expect(claimsForSummit(claims, 'no-such-meeting')).toEqual([]);
  });
  it('numbers sources in order of first citation', () => {
    const numbering = numberSources(SUMMITS);
    expect(numbering.order).toEqual(['s2', 's1', 's3']);
    expect(numbering.numberOf.get('s1')).toBe(2);
  });
  it('writes the place from the parts that are known', () => {
    expect(placeOf({ city: 'Moscow', country: 'Russia' })).toBe('Moscow, Russia');
    expect(placeOf({ city: 'Beijing' })).toBe('Beijing');
    expect(placeOf({})).toBe('');
  });
});

describe('generateDataset', () => {
  it('produces a valid dataset with the asked-for sizes and consistent references', () => {
    const dataset = generateDataset({ summits: 5000, agreements: 2000 });
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(dataset.summits).toHaveLength(5000);
    expect(dataset.agreements).toHaveLength(2000);
    const summitIds = new Set(dataset.summits.map((item) => item.id));
    for (const agreement of dataset.agreements) if (agreement.summitId) expect(summitIds.has(agreement.summitId)).toBe(true);
    const linked = dataset.summits.reduce((sum, item) => sum + item.agreementIds.length, 0);
    expect(linked).toBe(dataset.agreements.filter((agreement) => agreement.summitId).length);
  });
  it('is deterministic for a seed', () => {
    expect(generateDataset({ summits: 20, agreements: 5, seed: 9 })).toEqual(generateDataset({ summits: 20, agreements: 5, seed: 9 }));
  });
});
