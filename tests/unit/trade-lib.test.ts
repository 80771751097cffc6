import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures';
import { testI18n } from './messages';
import type { Agreement, Dataset, Summit, TradeRecord } from '../../src/data/vocabulary';
import { brushIndexes, effectiveRange, niceTicks, rangeFromBrush, rangeSlug, yearTicks } from '../../src/features/trade/lib/range';
import { partyName } from '../../src/data/selectors';
import { availableMeasures, chartReporters, rowsInRange, tradeChartData, tradeSourceIds } from '../../src/features/trade/lib/trade-series';
import {
  groupsFromKinds,
  kindsFromGroups,
  meetingsByGroup,
  meetingsOfKinds,
  stateVisitMarkers,
  uncertainMeetings,
  yearFraction,
} from '../../src/features/trade/lib/meetings';
import { agreementsBySector, statusesUsed, uncertainAgreements } from '../../src/features/trade/lib/agreements';
import { meetingsSummary, sectorsSummary, tradeSummary } from '../../src/features/trade/lib/summaries';
import { meetingsTable, sectorsTable, tableJson, tradeTable } from '../../src/features/trade/lib/tables';
import { toCsv } from '../../src/lib/csv';
import type { Translate } from '../../src/lib/i18n';

const other = loadFixture('other-pair.json');
const en = testI18n('en');
const ru = testI18n('ru');
const zh = testI18n('zh');
const tEn: Translate = (key, options) => en.t(key, options);
const tRu: Translate = (key, options) => ru.t(key, options);
const tZh: Translate = (key, options) => zh.t(key, options);
const sources = new Map(other.sources.map((source) => [source.id, source]));

const record = (year: number, reporter: string, totalUsdBn: number, extra: Partial<TradeRecord> = {}): TradeRecord => ({
  year,
  reporter,
  totalUsdBn,
  sourceIds: ['s1'],
  confidence: 'verified',
  ...extra,
});

const summit = (id: string, start: string, kind: Summit['kind'], confidence: Summit['confidence'] = 'verified'): Summit => ({
  id,
  start,
  kind,
  title: id,
  host: 'A',
  summary: 'x',
  agreementIds: [],
  sourceIds: ['s1'],
  confidence,
});

const agreement = (id: string, date: string, sector: Agreement['sector'], status: Agreement['status'], confidence: Agreement['confidence'] = 'verified'): Agreement => ({
  id,
  date,
  sector,
  status,
  title: id,
  summary: 'x',
  sourceIds: ['s2'],
  confidence,
});

describe('year ranges', () => {
  it('fills open ends from the span and reports empty ranges', () => {
    expect(effectiveRange({}, { first: 2013, last: 2024 })).toEqual({ first: 2013, last: 2024 });
    expect(effectiveRange({ from: 2016 }, { first: 2013, last: 2024 })).toEqual({ first: 2016, last: 2024 });
    expect(effectiveRange({ from: 2030 }, { first: 2013, last: 2024 })).toBeUndefined();
    expect(effectiveRange({}, undefined)).toBeUndefined();
  });

  it('names files after the range', () => {
    expect(rangeSlug({ first: 2013, last: 2024 })).toBe('2013-2024');
    expect(rangeSlug({ first: 2020, last: 2020 })).toBe('2020');
    expect(rangeSlug(undefined)).toBe('no-years');
  });

  it('maps a range to Brush indexes and back', () => {
    const years = [2020, 2021, 2022, 2023];
    expect(brushIndexes(years, {})).toEqual({ startIndex: 0, endIndex: 3 });
    expect(brushIndexes(years, { from: 2021, to: 2022 })).toEqual({ startIndex: 1, endIndex: 2 });
    expect(brushIndexes(years, { from: 2024 })).toBeUndefined();
    const span = { first: 2019, last: 2024 };
    expect(rangeFromBrush(years, 1, 2, {}, span)).toEqual({ from: 2021, to: 2022 });
    // Resting on the ends keeps open ends open, so meetings of 2019 and 2024 stay in.
    expect(rangeFromBrush(years, 0, 3, {}, span)).toEqual({ from: undefined, to: undefined });
    expect(rangeFromBrush(years, 0, 2, { from: 2019, to: 2023 }, span)).toEqual({ from: undefined, to: 2022 });
    // Reversed indexes are put in order.
    expect(rangeFromBrush(years, 2, 1, {}, span)).toEqual({ from: 2021, to: 2022 });
  });

  it('spaces year ticks and value ticks', () => {
    expect(yearTicks(2013, 2024, 20)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(yearTicks(2000, 2025, 5)).toEqual([2000, 2010, 2020]);
    expect(yearTicks(2020, 2020, 5)).toEqual([2020]);
    expect(niceTicks(0, 244.8, 6)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(niceTicks(-3.2, 6, 5)).toEqual([-5, -2.5, 0, 2.5, 5, 7.5]);
    expect(niceTicks(0, 0, 5)).toEqual([0, 1]);
  });
});

describe('trade series (other pair)', () => {
  it('charts the reporter with most figures first, with party names from the dataset', () => {
    expect(chartReporters(other.trade)).toEqual(['FR', 'SY']);
    expect(partyName(other, 'SY', 'en')).toBe('Sylvania');
  });

  it('joins both reporters by year with the gap where both have a figure', () => {
    const data = tradeChartData(other.trade, 'total');
    expect(data.rows.map((row) => row.year)).toEqual([2020, 2021, 2022, 2023]);
    const y2022 = data.rows[2]!;
    expect(y2022.values).toEqual([11.25, 10.9]);
    expect(y2022.gap).toBeCloseTo(0.35);
    expect(y2022.gapRange).toEqual([10.9, 11.25]);
    expect(data.rows[0]!.values).toEqual([10.5, null]);
    expect(data.rows[0]!.gap).toBeNull();
  });

  it('computes the year-on-year change from totals and marks it as computed', () => {
    const data = tradeChartData(other.trade, 'change');
    expect(data.rows[0]!.values[0]).toBeNull();
    expect(data.rows[1]!.points[0]).toMatchObject({ value: expect.closeTo(14.2857, 3), computed: true, confidence: 'derived' });
    // 2022 rests on a derived total: the change keeps the weaker confidence.
    expect(data.rows[2]!.points[0]?.confidence).toBe('derived');
    expect(data.rows[1]!.changes[0]?.value).toBeCloseTo(14.2857, 3);
  });

  it('prefers a published change over a computed one', () => {
    const data = tradeChartData([record(2020, 'A', 10), record(2021, 'A', 12, { yoyPercent: 19.9 })], 'change');
    expect(data.rows[1]!.points[0]).toMatchObject({ value: 19.9, computed: false, confidence: 'verified' });
  });

  it('leaves missing exports and imports as gaps, and balance only where both exist', () => {
    const exports = tradeChartData(other.trade, 'exports');
    expect(exports.rows.map((row) => row.values[0])).toEqual([6, 7, null, 8]);
    const balance = tradeChartData(other.trade, 'balance');
    expect(balance.rows.map((row) => row.values[0])).toEqual([1.5, 2, null, 2]);
    expect(balance.rows[0]!.points[0]).toMatchObject({ computed: true, confidence: 'derived' });
  });

  it('offers only measures the dataset has', () => {
    expect(availableMeasures(other.trade)).toEqual(['total', 'exports', 'imports', 'balance', 'change']);
    expect(availableMeasures([record(2020, 'A', 10)])).toEqual(['total']);
    expect(availableMeasures([])).toEqual([]);
  });

  it('filters rows by range, including a single year and an empty range', () => {
    const rows = tradeChartData(other.trade, 'total').rows;
    expect(rowsInRange(rows, { from: 2022, to: 2022 }).map((row) => row.year)).toEqual([2022]);
    expect(rowsInRange(rows, { from: 2030 })).toEqual([]);
    expect(tradeSourceIds(rowsInRange(rows, { from: 2022, to: 2022 }))).toEqual(['fr-stats', 'sy-press']);
  });
});

describe('meetings per year', () => {
  const summits = [
    summit('a', '2013-03-22', 'state-visit'),
    summit('b', '2013-09-05', 'multilateral'),
    summit('c', '2014-05-20', 'official-visit', 'unverified'),
    summit('d', '2016-06-25', 'working-visit'),
    summit('e', '2016-12-30', 'virtual', 'partial'),
  ];
  const span = { first: 2013, last: 2016 };

  it('stacks by four groups, official and working visits together, zero years kept', () => {
    const rows = meetingsByGroup(summits, {}, span);
    expect(rows.map((row) => [row.year, row['state-visit'], row['official-working'], row.multilateral, row.virtual, row.total])).toEqual([
      [2013, 1, 0, 1, 0, 2],
      [2014, 0, 1, 0, 0, 1],
      [2015, 0, 0, 0, 0, 0],
      [2016, 0, 1, 0, 1, 2],
    ]);
  });

  it('counts only the groups shown, and only the years of the range', () => {
    const rows = meetingsByGroup(summits, { from: 2016 }, span, ['official-working']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ year: 2016, total: 1, virtual: 0, summitIds: ['d'] });
    expect(meetingsByGroup(summits, { from: 2020 }, span)).toEqual([]);
    expect(meetingsByGroup([], {}, undefined)).toEqual([]);
  });

  it('counts only the kinds asked for, though their group stacks official and working visits together', () => {
    const kinds = ['official-visit'] as const;
    const rows = meetingsByGroup(meetingsOfKinds(summits, kinds), {}, span, groupsFromKinds(kinds));
    expect(rows.map((row) => [row.year, row['official-working'], row.total])).toEqual([
      [2013, 0, 0],
      [2014, 1, 1],
      [2015, 0, 0],
      [2016, 0, 0],
    ]);
    expect(meetingsOfKinds(summits, [])).toEqual(summits);
  });

  it('marks years with meetings not fully verified', () => {
    const rows = meetingsByGroup(summits, {}, span);
    expect([...uncertainMeetings(summits, rows)]).toEqual([
      [2014, 1],
      [2016, 1],
    ]);
  });

  it('translates between groups and the URL kind list', () => {
    expect(groupsFromKinds([])).toEqual(['state-visit', 'official-working', 'multilateral', 'virtual']);
    expect(groupsFromKinds(['working-visit'])).toEqual(['official-working']);
    expect(kindsFromGroups(['state-visit', 'official-working'])).toEqual(['state-visit', 'official-visit', 'working-visit']);
    expect(kindsFromGroups(['state-visit', 'official-working', 'multilateral', 'virtual'])).toEqual([]);
  });

  it('places state visits inside their year on the trade axis', () => {
    expect(yearFraction('2013-01-01')).toBeGreaterThan(2012.5);
    expect(yearFraction('2013-12-31')).toBeLessThan(2013.5);
    expect(stateVisitMarkers(summits, {}).map((marker) => marker.id)).toEqual(['a']);
    expect(stateVisitMarkers(summits, { from: 2014 })).toEqual([]);
    expect(stateVisitMarkers(other.summits, {}).map((marker) => marker.id)).toEqual(['2021-06-fredonia-city']);
  });
});

describe('agreements by sector', () => {
  const agreements = [
    agreement('a', '2014-05-21', 'energy', 'contract'),
    agreement('b', '2019-06-05', 'energy', 'memorandum', 'unverified'),
    agreement('c', '2019-06-05', 'agriculture', 'signed'),
  ];

  it('counts per sector and status within the range, most first, every sector present', () => {
    const rows = agreementsBySector(agreements, {});
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({ sector: 'energy', count: 2, contract: 1, memorandum: 1, signed: 0 });
    expect(rows[1]).toMatchObject({ sector: 'agriculture', count: 1 });
    expect(statusesUsed(rows)).toEqual(['signed', 'contract', 'memorandum']);
    const single = agreementsBySector(agreements, { from: 2014, to: 2014 });
    expect(single.filter((row) => row.count > 0)).toEqual([expect.objectContaining({ sector: 'energy', count: 1 })]);
    expect(agreementsBySector(agreements, { from: 2030 }).every((row) => row.count === 0)).toBe(true);
    expect([...uncertainAgreements(agreements, {})]).toEqual([['energy', 1]]);
  });
});

describe('summaries', () => {
  const trade = tradeChartData(other.trade, 'total');
  const names = ['Freedonia', 'Sylvania'];

  it('say how trade moved, its peak and the reporters’ gap', () => {
    expect(tradeSummary(trade.rows, 'total', names, tEn, 'en')).toBe(
      'Total trade rose from US$10.5bn in 2020 to US$14bn in 2023 (as reported by Freedonia); peak US$14bn in 2023; figures reported by Sylvania differ by up to US$350m (2022).',
    );
    const fell = tradeChartData([record(2020, 'A', 12), record(2021, 'A', 9.5)], 'total');
    expect(tradeSummary(fell.rows, 'total', ['A'], tEn, 'en')).toBe(
      'Total trade fell from US$12bn in 2020 to US$9.5bn in 2021 (as reported by A); peak US$12bn in 2020.',
    );
  });

  it('handle a single year, an empty range and a percentage measure', () => {
    expect(tradeSummary(rowsInRange(trade.rows, { from: 2021, to: 2021 }), 'total', names, tEn, 'en')).toBe(
      'Total trade was US$12bn in 2021 (as reported by Freedonia).',
    );
    expect(tradeSummary([], 'exports', names, tEn, 'en')).toBe('No figures for this measure (Exports) in the years shown.');
    const change = tradeChartData(other.trade, 'change');
    expect(tradeSummary(change.rows, 'change', names, tEn, 'en')).toMatch(/^Change on the previous year \(%\) rose from \+14\.3% in 2021 to \+24\.4% in 2023/);
  });

  it('are written in Russian and Chinese with the locale’s numbers', () => {
    expect(tradeSummary(trade.rows, 'total', names, tRu, 'ru').replace(/\s/g, ' ')).toContain('вырос с 10,5 млрд $ в 2020 г. до 14 млрд $ в 2023 г.');
    expect(tradeSummary(trade.rows, 'total', names, tZh, 'zh')).toContain('从2020年的US$105亿增至2023年的US$140亿');
  });

  it('count meetings and agreements with plurals', () => {
    const rows = meetingsByGroup(other.summits, {}, { first: 2021, last: 2024 });
    expect(meetingsSummary(rows, { first: 2021, last: 2024 }, tEn)).toBe('3 leader meetings between 2021 and 2024; busiest year 2021, with 1.');
    const one = meetingsByGroup(other.summits, { from: 2023, to: 2023 }, { first: 2021, last: 2024 });
    expect(meetingsSummary(one, { first: 2023, last: 2023 }, tEn)).toBe('1 leader meeting in 2023.');
    expect(meetingsSummary([], undefined, tEn)).toBe('No leader meetings in the years shown.');
    expect(meetingsSummary(meetingsByGroup(other.summits, { from: 2022, to: 2022 }, { first: 2021, last: 2024 }), { first: 2022, last: 2022 }, tEn)).toBe('No leader meetings of the kinds shown in 2022.');
    expect(meetingsSummary(rows, { first: 2021, last: 2024 }, tRu)).toBe('3 встречи лидеров за 2021–2024 гг.; больше всего — в 2021 г. (1).');
    const sectors = agreementsBySector(other.agreements, {});
    expect(sectorsSummary(sectors, { first: 2021, last: 2022 }, tEn)).toBe('2 agreements between 2021 and 2022; most in Trade and finance, Agriculture (1).');
    expect(sectorsSummary(agreementsBySector(other.agreements, { from: 2030 }), { first: 2030, last: 2030 }, tEn)).toBe('No agreements in 2030.');
  });
});

describe('tables and downloads', () => {
  const reporters = [
    { id: 'FR', name: 'Freedonia' },
    { id: 'SY', name: 'Sylvania' },
  ];

  it('hold exactly the rows and numbers shown, with confidence, notes and sources', () => {
    const rows = rowsInRange(tradeChartData(other.trade, 'total').rows, { from: 2021, to: 2022 });
    const table = tradeTable(rows, 'total', reporters, tEn, sources);
    expect(table.rows.map((row) => row.year)).toEqual([2021, 2022]);
    expect(table.rows[1]).toMatchObject({
      FR_value: 11.25,
      FR_confidence: 'derived',
      FR_note: 'Sum of quarterly figures.',
      SY_value: 10.9,
      SY_confidence: 'unverified',
      gap: expect.closeTo(0.35, 6),
    });
    expect(table.rows[0]).toMatchObject({ SY_value: null, gap: null });
    expect(table.columns.map((column) => column.header)).toContain('Total trade, Freedonia (USD bn)');
    const csv = toCsv(table.rows, table.columns);
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^2022,11\.25,/);
    expect(lines[0]).toContain('Gap Freedonia − Sylvania (USD bn)');
  });

  it('drop the change column for the change measure and describe the JSON download', () => {
    const rows = tradeChartData(other.trade, 'change').rows;
    const table = tradeTable(rows, 'change', reporters.slice(0, 1), tEn, sources);
    expect(table.columns.map((column) => column.key)).toEqual(['year', 'FR_value', 'FR_confidence', 'FR_note', 'FR_sources']);
    const json = tableJson(table, { chart: 'trade-by-year', title: 'Trade by year', unit: '%', range: { from: 2020, to: 2023 }, sources: ['X'] });
    expect(json.rows).toHaveLength(4);
    expect(json.columns[0]).toEqual({ key: 'year', header: 'Year' });
    expect(json.range).toEqual({ from: 2020, to: 2023 });
  });

  it('give meetings and sectors tables the groups and statuses shown', () => {
    const rows = meetingsByGroup(other.summits, {}, { first: 2021, last: 2024 }, ['virtual']);
    const meetings = meetingsTable(rows, ['virtual'], uncertainMeetings(other.summits, rows), tEn);
    expect(meetings.columns.map((column) => column.key)).toEqual(['year', 'virtual', 'total', 'uncertain']);
    expect(meetings.rows.find((row) => row.year === 2023)).toEqual({ year: 2023, virtual: 1, total: 1, uncertain: 1 });
    const sectorRows = agreementsBySector(other.agreements, {});
    const sectors = sectorsTable(sectorRows, statusesUsed(sectorRows), new Map(), tEn);
    expect(sectors.columns.map((column) => column.key)).toEqual(['sector', 'signed', 'memorandum', 'count', 'uncertain']);
    expect(sectors.rows[0]).toEqual({ sector: 'trade-finance', signed: 1, memorandum: 0, count: 1, uncertain: 0 });
  });
});

describe('the shipped dataset', () => {
  it('builds every chart, and the sector counts add up to all agreements', () => {
    const dataset: Dataset = loadFixture('data/relations.json');
    for (const measure of availableMeasures(dataset.trade)) expect(tradeChartData(dataset.trade, measure).rows.length).toBeGreaterThan(0);
    expect(agreementsBySector(dataset.agreements, {}).reduce((sum, row) => sum + row.count, 0)).toBe(dataset.agreements.length);
  });
});
