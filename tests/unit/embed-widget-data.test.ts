import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures';
import {
  agreementList,
  effectiveSpan,
  meetingsByYear,
  sectorsWidgetData,
  sourceLine,
  spanLabel,
  timelineYears,
  tradeWidgetData,
  widgetYearSpan,
} from '../../src/features/embed/lib/widget-data';
import { parseWidgetParams } from '../../src/features/embed/lib/widget-params';

const dataset = loadFixture('other-pair.json');

describe('widget data', () => {
  it('trade: the leading reporter inside the range', () => {
    const data = tradeWidgetData(dataset.trade, { from: 2021, to: 2022 });
    expect(data.reporter).toBe('FR');
    expect(data.rows.map((row) => [row.year, row.totalUsdBn])).toEqual([
      [2021, 12],
      [2022, 11.25],
    ]);
    expect(data.fullSpan).toEqual({ first: 2020, last: 2023 });
    expect(spanLabel(data.span)).toBe('2021–2022');
  });

  it('meetings: per year of the range, zero years kept, filtered by kind', () => {
    const all = meetingsByYear(dataset.summits, {}, []);
    expect(all.rows.map((row) => [row.year, row.total])).toEqual([
      [2021, 1],
      [2022, 0],
      [2023, 1],
      [2024, 1],
    ]);
    const virtual = meetingsByYear(dataset.summits, { from: 2022 }, ['virtual']);
    expect(virtual.rows.map((row) => row.total)).toEqual([0, 1, 0]);
    expect(virtual.used).toHaveLength(1);
    expect(meetingsByYear(dataset.summits, { from: 2030 }, []).rows).toEqual([]);
  });

  it('sectors: counts in the range and statuses', () => {
    const { rows, used } = sectorsWidgetData(dataset.agreements, {}, ['memorandum']);
    expect(used).toHaveLength(1);
    expect(rows.find((row) => row.sector === 'agriculture')?.count).toBe(1);
    expect(rows.find((row) => row.sector === 'trade-finance')?.count).toBe(0);
  });

  it('timeline: latest first, filtered by kind, host and text', () => {
    const years = timelineYears(dataset.summits, {}, { kinds: [], hosts: [], q: '' }, 'en');
    expect(years.map((group) => group.year)).toEqual([2024, 2023, 2021]);
    const earlier = { ...dataset.summits[2]!, id: '2024-01-earlier', start: '2024-01-15', end: undefined };
    const twoIn2024 = timelineYears([...dataset.summits, earlier], {}, { kinds: [], hosts: [], q: '' }, 'en');
    expect(twoIn2024[0]?.summits.map((summit) => summit.id)).toEqual(['2024-06-geneva', '2024-01-earlier']);
    expect(timelineYears(dataset.summits, {}, { kinds: [], hosts: ['online'], q: '' }, 'en').flatMap((group) => group.summits.map((s) => s.id))).toHaveLength(1);
    expect(timelineYears(dataset.summits, {}, { kinds: [], hosts: [], q: 'GRAIN' }, 'en')[0]?.year).toBe(2023);
    expect(timelineYears(dataset.summits, { to: 2022 }, { kinds: ['virtual'], hosts: [], q: '' }, 'en')).toEqual([]);
  });

  it('agreements: filtered and sorted, latest first by default', () => {
    const sort = { field: 'date', direction: 'desc' } as const;
    expect(agreementList(dataset.agreements, {}, { sectors: [], statuses: [], q: '', sort }, 'en').map((a) => a.date)).toEqual(['2022-09-15', '2021-06-02']);
    expect(
      agreementList(dataset.agreements, {}, { sectors: [], statuses: [], q: '', sort: { field: 'title', direction: 'asc' } }, 'en').map((a) => a.title),
    ).toEqual(['Customs cooperation agreement', 'Grain supply memorandum']);
    expect(agreementList(dataset.agreements, {}, { sectors: ['energy'], statuses: [], q: '', sort }, 'en')).toEqual([]);
  });

  it('source line: publishers of the records shown, most cited first, the rest counted', () => {
    expect(sourceLine(dataset, dataset.agreements)).toEqual({
      publishers: ['Freedonia Statistics Office (fictional)', 'Sylvania Gazette (fictional)'],
      more: 0,
    });
    expect(sourceLine(dataset, dataset.agreements, 1)).toEqual({ publishers: ['Freedonia Statistics Office (fictional)'], more: 1 });
    expect(sourceLine(dataset, [])).toEqual({ publishers: [], more: 0 });
  });

  it('year spans per widget and the effective range', () => {
    expect(widgetYearSpan(dataset, 'trade')).toEqual({ first: 2020, last: 2023 });
    expect(widgetYearSpan(dataset, 'timeline')).toEqual({ first: 2021, last: 2024 });
    expect(widgetYearSpan(dataset, 'agreements')).toEqual({ first: 2021, last: 2022 });
    expect(effectiveSpan({ from: 1990, to: 2022 }, { first: 2020, last: 2023 })).toEqual({ first: 2020, last: 2022 });
    expect(effectiveSpan({ from: 2030 }, { first: 2020, last: 2023 })).toBeUndefined();
    expect(spanLabel({ first: 2022, last: 2022 })).toBe('2022');
  });
});

describe('widget parameters', () => {
  it('reads only the filters of the widget and notes bad values', () => {
    const params = new URLSearchParams('from=2021&kind=virtual,bogus&sector=energy&view=table&sort=title:asc');
    const timeline = parseWidgetParams(params, 'timeline', ['FR', 'SY', 'online']);
    expect(timeline.value.kinds).toEqual(['virtual']);
    expect(timeline.value.sectors).toEqual([]);
    expect(timeline.value.view).toBe('chart');
    expect(timeline.notes).toEqual([{ param: 'kind', value: 'bogus', problem: 'unknown-value' }]);
    const agreements = parseWidgetParams(params, 'agreements', []);
    expect(agreements.value.sectors).toEqual(['energy']);
    expect(agreements.value.sort).toEqual({ field: 'title', direction: 'asc' });
    expect(agreements.notes).toEqual([]);
    expect(parseWidgetParams(params, 'trade', []).value.view).toBe('table');
  });
});
