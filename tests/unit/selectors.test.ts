import { describe, expect, it } from 'vitest';
import { agreementsPerSector, datasetYearSpan, latestTrade, meetingsPerYear, spanOfYears, summitsInRange, tradeReporters, tradeSeries } from '../../src/data/selectors';
import type { Summit, TradeRecord } from '../../src/data/vocabulary';
import { loadFixture } from './fixtures';

const dataset = loadFixture('other-pair.json');

describe('trade selectors', () => {
  it('puts the reporter with most figures first', () => {
    expect(tradeReporters(dataset.trade)).toEqual(['FR', 'SY']);
    expect(tradeReporters([])).toEqual([]);
  });
  it('gives one reporter in year order', () => {
    const rows = [...dataset.trade].reverse();
    expect(tradeSeries(rows, 'FR').map((row) => row.year)).toEqual([2020, 2021, 2022, 2023]);
  });
  it('computes the latest total and its change', () => {
    const headline = latestTrade(dataset.trade);
    expect(headline).toMatchObject({ reporter: 'FR', year: 2023, totalUsdBn: 14, previousYear: 2022 });
    expect(headline?.changePercent).toBeCloseTo(24.44, 2);
  });
  it('leaves out the change when the year before is missing', () => {
    const rows: TradeRecord[] = [{ year: 2010, reporter: 'X', totalUsdBn: 5, sourceIds: ['s'], confidence: 'verified' }];
    expect(latestTrade(rows)).toEqual({ reporter: 'X', year: 2010, totalUsdBn: 5 });
    expect(latestTrade([])).toBeUndefined();
  });
});

describe('meetingsPerYear', () => {
  it('counts by kind and keeps empty years in the span', () => {
    const rows = meetingsPerYear(dataset.summits);
    expect(rows.map((row) => [row.year, row.total])).toEqual([[2021, 1], [2022, 0], [2023, 1], [2024, 1]]);
    expect(rows[0]).toMatchObject({ 'state-visit': 1, virtual: 0 });
    expect(rows[2]).toMatchObject({ virtual: 1 });
  });
  it('is empty without meetings', () => {
    expect(meetingsPerYear([])).toEqual([]);
  });
  it('counts a dataset of 200,000 meetings', () => {
    const [first] = dataset.summits;
    const many = Array.from({ length: 200_000 }, (_, index): Summit => ({ ...first!, id: `m${index}`, start: `${1990 + (index % 35)}-01-01` }));
    const rows = meetingsPerYear(many);
    expect(rows.map((row) => row.year)).toEqual(Array.from({ length: 35 }, (_, index) => 1990 + index));
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(200_000);
  });
  it('filters by an inclusive year range', () => {
    const ids = (list: Summit[]) => list.map((summit) => summit.id);
    expect(ids(summitsInRange(dataset.summits, { from: 2023 }))).toEqual(['2023-03-online', '2024-06-geneva']);
    expect(ids(summitsInRange(dataset.summits, { from: 2022, to: 2023 }))).toEqual(['2023-03-online']);
  });
});

describe('agreementsPerSector', () => {
  it('lists every sector in order with its count', () => {
    const rows = agreementsPerSector(dataset.agreements);
    expect(rows).toHaveLength(7);
    expect(rows.find((row) => row.sector === 'agriculture')?.count).toBe(1);
    expect(rows.find((row) => row.sector === 'energy')?.count).toBe(0);
  });
});

it('datasetYearSpan covers trade, meetings and agreements', () => {
  expect(datasetYearSpan(dataset)).toEqual({ first: 2020, last: 2024 });
});

describe('spanOfYears', () => {
  it('gives the first and last year of any number of years', () => {
    expect(spanOfYears([2019, 2013, 2024, 2016])).toEqual({ first: 2013, last: 2024 });
    expect(spanOfYears([2020])).toEqual({ first: 2020, last: 2020 });
    expect(spanOfYears([])).toBeUndefined();
    const years = Array.from({ length: 200_000 }, (_, index) => 1900 + (index % 150));
    expect(spanOfYears(years)).toEqual({ first: 1900, last: 2049 });
  });
});
