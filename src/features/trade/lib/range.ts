import type { YearRange, YearSpan } from '../../../data/selectors';

/** The inclusive years a range covers inside a span: open ends take the span's ends. Undefined when nothing is left. */
export function effectiveRange(range: YearRange, span: YearSpan | undefined): YearSpan | undefined {
  if (!span) return undefined;
  const first = Math.max(range.from ?? span.first, span.first);
  const last = Math.min(range.to ?? span.last, span.last);
  return first <= last ? { first, last } : undefined;
}

/** "2013-2024", "2020" or "no-years": the range part of a download's file name. */
export function rangeSlug(range: YearSpan | undefined): string {
  if (!range) return 'no-years';
  return range.first === range.last ? String(range.first) : `${range.first}-${range.last}`;
}

/** The Brush indexes (into a year-sorted list) that show the range; undefined when no year is inside it. */
export function brushIndexes(years: readonly number[], range: YearRange): { startIndex: number; endIndex: number } | undefined {
  let startIndex = -1;
  let endIndex = -1;
  years.forEach((year, index) => {
    if ((range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to)) {
      if (startIndex === -1) startIndex = index;
      endIndex = index;
    }
  });
  return startIndex === -1 ? undefined : { startIndex, endIndex };
}

/**
 * The range after the Brush moved to [startIndex, endIndex]. An end of the Brush resting on the first or
 * last year keeps the current end when it already reaches at least that far (so touching one traveller does
 * not cut meetings or agreements that lie outside the years with trade figures), and an end that reaches
 * the dataset's span is written as open (no parameter).
 */
export function rangeFromBrush(
  years: readonly number[],
  startIndex: number,
  endIndex: number,
  current: YearRange,
  span: YearSpan,
): YearRange {
  const first = years[0];
  const last = years.at(-1);
  const start = years[Math.max(0, Math.min(startIndex, endIndex))];
  const end = years[Math.min(years.length - 1, Math.max(startIndex, endIndex))];
  if (first === undefined || last === undefined || start === undefined || end === undefined) return current;
  let from: number | undefined = start;
  let to: number | undefined = end;
  if (start === first && (current.from === undefined || current.from <= first)) from = current.from;
  if (end === last && (current.to === undefined || current.to >= last)) to = current.to;
  if (from !== undefined && from <= span.first) from = undefined;
  if (to !== undefined && to >= span.last) to = undefined;
  return { from, to };
}

/**
 * Up to `maxTicks` whole years between first and last, on a step of 1, 2, 5, 10 ... years, always
 * including the first year so the axis starts labelled.
 */
export function yearTicks(first: number, last: number, maxTicks: number): number[] {
  if (last < first) return [];
  const count = last - first + 1;
  const limit = Math.max(2, Math.floor(maxTicks));
  const steps = [1, 2, 5, 10, 20, 25, 50, 100];
  const step = steps.find((candidate) => Math.ceil(count / candidate) <= limit) ?? Math.ceil(count / limit);
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(year);
  return ticks;
}

/**
 * Round value-axis ticks (steps of 1, 2, 2.5 or 5 times a power of ten) covering [min, max] and zero,
 * at most about `count` of them: "0, 50, 100, 150, 200, 250" rather than "0, 65, 130, 195, 260".
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low) return [0, 1];
  const rough = (high - low) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick < high + step; tick += step) {
    ticks.push(Math.round(tick * 1e9) / 1e9);
    if (tick >= high) break;
  }
  return ticks;
}
