import { describe, expect, it } from 'vitest';
import { appParamsOf, linkTo, parseList, parseSort, parseText, parseView, parseYearRange, withParams } from '../../src/lib/url-params';

const params = (query: string) => new URLSearchParams(query);

describe('parseYearRange', () => {
  it('reads both years', () => {
    expect(parseYearRange(params('from=2013&to=2024'))).toEqual({ value: { from: 2013, to: 2024 }, notes: [] });
  });
  it('ignores bad years with a note and keeps the good one', () => {
    const result = parseYearRange(params('from=abc&to=2020'));
    expect(result.value).toEqual({ from: undefined, to: 2020 });
    expect(result.notes).toEqual([{ param: 'from', value: 'abc', problem: 'not-a-year' }]);
    expect(parseYearRange(params('to=3000')).notes[0]?.problem).toBe('year-out-of-range');
  });
  it('swaps a reversed range and says so', () => {
    const result = parseYearRange(params('from=2020&to=2015'));
    expect(result.value).toEqual({ from: 2015, to: 2020 });
    expect(result.notes[0]?.problem).toBe('range-reversed');
  });
});

describe('parseList', () => {
  const kinds = ['state-visit', 'virtual'] as const;
  it('keeps known values once, drops unknown ones with a note', () => {
    const result = parseList(params('kind=virtual,moon,virtual,state-visit'), 'kind', kinds);
    expect(result.value).toEqual(['virtual', 'state-visit']);
    expect(result.notes).toEqual([{ param: 'kind', value: 'moon', problem: 'unknown-value' }]);
  });
  it('refuses a 10 kB value', () => {
    const result = parseList(params(`kind=${'x'.repeat(10_000)}`), 'kind', kinds);
    expect(result.value).toEqual([]);
    expect(result.notes[0]?.problem).toBe('too-long');
    expect(result.notes[0]?.value.length).toBeLessThanOrEqual(41);
  });
});

describe('other parameters', () => {
  it('reads sort, view and text leniently', () => {
    expect(parseSort(params('sort=date:desc'), ['date', 'title']).value).toEqual({ field: 'date', direction: 'desc' });
    expect(parseSort(params('sort=date:sideways'), ['date'] as const).notes[0]?.problem).toBe('bad-sort');
    expect(parseView(params('view=table')).value).toBe('table');
    expect(parseView(params('view=pie'))).toEqual({ value: 'chart', notes: [{ param: 'view', value: 'pie', problem: 'unknown-value' }] });
    expect(parseText(params(`q=${'a'.repeat(500)}`), 'q').value).toBe('');
  });
});

describe('links between views', () => {
  it('keep app-wide parameters and, when asked, the year range', () => {
    const current = params('lang=ru&from=2015&to=2020&kind=virtual&theme=dark');
    expect(linkTo('/summits', current)).toBe('/summits?lang=ru&theme=dark');
    expect(linkTo('/agreements', current, { keepRange: true, extra: { sector: 'energy' } })).toBe(
      '/agreements?lang=ru&theme=dark&from=2015&to=2020&sector=energy',
    );
  });
  it('appParamsOf keeps only the app-wide parameters', () => {
    expect(appParamsOf(params('lang=ru&from=2015&q=gas&data=https%3A%2F%2Fexample.org%2Fd.json&theme=dark')).toString()).toBe(
      'lang=ru&theme=dark&data=https%3A%2F%2Fexample.org%2Fd.json',
    );
    expect(appParamsOf(params('q=gas&sector=energy')).toString()).toBe('');
  });
  it('withParams sets and removes values', () => {
    expect(withParams(params('a=1&b=2'), { a: undefined, c: ['x', 'y'], d: 5 }).toString()).toBe('b=2&c=x%2Cy&d=5');
  });
});
