import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures';
import { citationsBySource, citationTotal, filterSources, sourceRows } from '../../src/features/sources/lib/citations';
import { claimDifference, claimGroups, tradeFiguresFor } from '../../src/features/sources/lib/claims';
import type { Claim, Dataset } from '../../src/data/vocabulary';

const fixture = loadFixture('other-pair.json');

const claims: Claim[] = [
  { id: 'c1', topic: 'trade-2022', statement: 'Trade approached 10 billion dollars.', value: 10, unit: 'USD bn', year: 2022, sourceIds: ['sy-press'] },
  { id: 'c2', topic: 'trade-2022', statement: 'Customs put trade at 13.1 billion.', value: 13.1, unit: 'USD bn', year: 2022, sourceIds: ['fr-stats', 'fr-stats'] },
  { id: 'c3', topic: 'meeting-count', statement: 'The leaders met for the third time.', value: 3, unit: 'meetings', year: 2022, sourceIds: ['sy-press'] },
];
const dataset: Dataset = { ...fixture, claims };

describe('source citations', () => {
  it('counts the trade figures, meetings, agreements and claims that cite each source (once per record)', () => {
    const index = citationsBySource(dataset);
    const counts = (id: string) => {
      const citations = index.get(id)!;
      return { trade: citations.trade.length, summits: citations.summits.length, agreements: citations.agreements.length, claims: citations.claims.length };
    };
    const expected = (id: string) => ({
      trade: fixture.trade.filter((row) => row.sourceIds.includes(id)).length,
      summits: fixture.summits.filter((row) => row.sourceIds.includes(id)).length,
      agreements: fixture.agreements.filter((row) => row.sourceIds.includes(id)).length,
      claims: claims.filter((row) => row.sourceIds.includes(id)).length,
    });
    expect(counts('fr-stats')).toEqual(expected('fr-stats'));
    expect(counts('sy-press')).toEqual(expected('sy-press'));
    expect(counts('fr-stats').claims).toBe(1);
    expect(counts('sy-press')).toMatchObject({ summits: 3, claims: 2 });
    expect(citationTotal(index.get('sy-press')!)).toBe(Object.values(expected('sy-press')).reduce((a, b) => a + b, 0));
  });

  it('finds sources by title, publisher or address, in any word order and case', () => {
    const rows = sourceRows(dataset);
    expect(filterSources(rows, '').map((row) => row.source.id)).toEqual(['fr-stats', 'sy-press']);
    expect(filterSources(rows, 'GAZETTE sylvania').map((row) => row.source.id)).toEqual(['sy-press']);
    expect(filterSources(rows, 'example.org').map((row) => row.source.id)).toEqual(['fr-stats']);
    expect(filterSources(rows, 'nothing-like-this')).toEqual([]);
  });
});

describe('claims beside the dataset', () => {
  it('groups claims by topic and marks topics whose figures differ', () => {
    const groups = claimGroups(dataset);
    expect(groups.map((group) => [group.topic, group.items.map((item) => item.claim.id), group.disagrees])).toEqual([
      ['trade-2022', ['c1', 'c2'], true],
      ['meeting-count', ['c3'], false],
    ]);
    expect(claimGroups(dataset, 'customs').map((group) => group.topic)).toEqual(['trade-2022']);
  });

  it("gives a group the dataset's heading for its topic, and finds claims by that heading in any language", () => {
    const withHeading: Dataset = {
      ...dataset,
      topics: [{ id: 'meeting-count', title: 'How often the leaders met', translations: { ru: { title: 'Как часто встречались лидеры' } } }],
    };
    const groups = claimGroups(withHeading);
    expect(groups.map((group) => [group.topic, group.heading?.title])).toEqual([
      ['trade-2022', undefined],
      ['meeting-count', 'How often the leaders met'],
    ]);
    expect(claimGroups(withHeading, 'how often').map((group) => group.topic)).toEqual(['meeting-count']);
    expect(claimGroups(withHeading, 'встречались').map((group) => group.topic)).toEqual(['meeting-count']);
    expect(claimGroups(dataset, 'how often')).toEqual([]);
  });

  it("puts the dataset's trade figures of the claim's year beside US-dollar claims only", () => {
    const figures2022 = fixture.trade.filter((row) => row.year === 2022);
    expect(figures2022.length).toBeGreaterThan(0);
    expect(tradeFiguresFor(claims[0]!, fixture.trade)).toHaveLength(figures2022.length);
    expect(tradeFiguresFor(claims[2]!, fixture.trade)).toEqual([]);
    expect(tradeFiguresFor({ ...claims[0]!, year: 1999 }, fixture.trade)).toEqual([]);
  });

  it('measures the difference from the dataset figure', () => {
    expect(claimDifference(200, 244.8).absolute).toBeCloseTo(-44.8);
    expect(claimDifference(200, 244.8).percent).toBeCloseTo(-18.3, 1);
    expect(claimDifference(5, 0).percent).toBeUndefined();
  });
});
