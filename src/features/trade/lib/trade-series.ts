import type { Confidence, TradeRecord } from '../../../data/vocabulary';
import { tradeReporters, tradeSeries, type YearRange } from '../../../data/selectors';

export const TRADE_MEASURES = ['total', 'exports', 'imports', 'balance', 'change'] as const;
export type TradeMeasure = (typeof TRADE_MEASURES)[number];

/** Whether a measure is in USD bn or a percentage. */
export const measureUnit = (measure: TradeMeasure): 'usd-bn' | 'percent' => (measure === 'change' ? 'percent' : 'usd-bn');

/** One value on the chart, with what it rests on. */
export interface TradePoint {
  reporter: string;
  year: number;
  value: number;
  /** The record's confidence, or `derived` when Bilateral computed the value from verified figures. */
  confidence: Confidence;
  /** True when the value is not a published figure but computed here (balance, change not published). */
  computed: boolean;
  sourceIds: string[];
  note?: string | undefined;
}

/** One year of the trade chart: a point per reporter (in reporter order), and the gap between the first two. */
export interface TradeRow {
  year: number;
  points: (TradePoint | undefined)[];
  /** Values per reporter, null where missing: what the lines draw. */
  values: (number | null)[];
  /** Change on the previous year per reporter (published, or computed from the totals). */
  changes: (TradePoint | undefined)[];
  /** First reporter minus second, where both have a value. */
  gap: number | null;
  /** [lower, upper] of the two reporters' values, for the shaded gap band. */
  gapRange: [number, number] | null;
}

export interface TradeChartData {
  reporters: string[];
  measure: TradeMeasure;
  /** Every year with a figure from any reporter, in order (the Brush moves over these). */
  rows: TradeRow[];
}

/** The reporters charted: the one with most figures first, at most two (the two parties). */
export function chartReporters(trade: readonly TradeRecord[]): string[] {
  return tradeReporters(trade).slice(0, 2);
}

function weaker(confidence: Confidence): Confidence {
  return confidence === 'verified' ? 'derived' : confidence;
}

/** The value of one measure from one record, given the same reporter's record of the year before. */
export function measurePoint(record: TradeRecord, previous: TradeRecord | undefined, measure: TradeMeasure): TradePoint | undefined {
  const base = { reporter: record.reporter, year: record.year, sourceIds: record.sourceIds, note: record.note };
  switch (measure) {
    case 'total':
      return { ...base, value: record.totalUsdBn, confidence: record.confidence, computed: false };
    case 'exports':
      return record.exportsUsdBn === undefined
        ? undefined
        : { ...base, value: record.exportsUsdBn, confidence: record.confidence, computed: false };
    case 'imports':
      return record.importsUsdBn === undefined
        ? undefined
        : { ...base, value: record.importsUsdBn, confidence: record.confidence, computed: false };
    case 'balance':
      if (record.exportsUsdBn === undefined || record.importsUsdBn === undefined) return undefined;
      return { ...base, value: round(record.exportsUsdBn - record.importsUsdBn), confidence: weaker(record.confidence), computed: true };
    case 'change':
      if (record.yoyPercent !== undefined) return { ...base, value: record.yoyPercent, confidence: record.confidence, computed: false };
      if (!previous || previous.totalUsdBn <= 0) return undefined;
      return {
        ...base,
        value: round(((record.totalUsdBn - previous.totalUsdBn) / previous.totalUsdBn) * 100),
        confidence: weaker(previous.confidence === 'verified' ? record.confidence : previous.confidence),
        computed: true,
        sourceIds: [...new Set([...previous.sourceIds, ...record.sourceIds])],
      };
  }
}

/** Rounds away binary-fraction tails (10.5 - 4.5 = 6, not 5.999…) at a precision far below the data's. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** The trade chart's rows for one measure: every year any charted reporter has a figure for. */
export function tradeChartData(trade: readonly TradeRecord[], measure: TradeMeasure): TradeChartData {
  const reporters = chartReporters(trade);
  const byReporter = reporters.map((reporter) => new Map(tradeSeries(trade, reporter).map((row) => [row.year, row])));
  const years = [...new Set(trade.filter((row) => reporters.includes(row.reporter)).map((row) => row.year))].sort((a, b) => a - b);
  const rows = years.map((year): TradeRow => {
    const points = byReporter.map((records) => {
      const record = records.get(year);
      return record ? measurePoint(record, records.get(year - 1), measure) : undefined;
    });
    const changes = byReporter.map((records) => {
      const record = records.get(year);
      return record ? measurePoint(record, records.get(year - 1), 'change') : undefined;
    });
    const values = points.map((point) => point?.value ?? null);
    const [a, b] = values;
    const both = a !== null && a !== undefined && b !== null && b !== undefined;
    return {
      year,
      points,
      changes,
      values,
      gap: both ? round(a - b) : null,
      gapRange: both ? [Math.min(a, b), Math.max(a, b)] : null,
    };
  });
  return { reporters, measure, rows };
}

/** The rows inside a year range. */
export function rowsInRange<T extends { year: number }>(rows: readonly T[], range: YearRange): T[] {
  return rows.filter((row) => (range.from === undefined || row.year >= range.from) && (range.to === undefined || row.year <= range.to));
}

/** Whether the measure has at least one value in these rows (e.g. no exports split in the dataset). */
export const hasValues = (rows: readonly TradeRow[]): boolean => rows.some((row) => row.values.some((value) => value !== null));

/** Which measures the dataset can show at all. */
export function availableMeasures(trade: readonly TradeRecord[]): TradeMeasure[] {
  return TRADE_MEASURES.filter((measure) => hasValues(tradeChartData(trade, measure).rows));
}

/** Source ids behind the points shown, in first-use order. */
export function tradeSourceIds(rows: readonly TradeRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) for (const point of row.points) for (const id of point?.sourceIds ?? []) ids.add(id);
  return [...ids];
}
