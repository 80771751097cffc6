/**
 * Pure data shaping for the widgets: each takes the dataset and the parsed query and returns what
 * the widget shows. The widgets themselves only render.
 */
import {
  SUMMIT_KINDS,
  type Agreement,
  type AgreementStatus,
  type Dataset,
  type Sector,
  type Summit,
  type SummitKind,
  type TradeRecord,
} from '../../../data/vocabulary';
import {
  agreementsInRange,
  agreementsPerSector,
  inYearRange,
  spanOfYears,
  summitsInRange,
  tradeReporters,
  tradeSeries,
  yearOf,
  type SectorCount,
  type YearRange,
  type YearSpan,
} from '../../../data/selectors';
import { localized } from '../../../data/localize';
import type { Language } from '../../../lib/i18n';
import type { WidgetName } from './widgets';
import { matchesAllTokens, searchTokens, searchableText } from '../../../lib/search-text';

/** The range as it applies: open ends filled from the span, clipped to it. */
export function effectiveSpan(range: YearRange, span: YearSpan | undefined): YearSpan | undefined {
  if (!span) return undefined;
  const first = Math.max(range.from ?? span.first, span.first);
  const last = Math.min(range.to ?? span.last, span.last);
  return first <= last ? { first, last } : undefined;
}

/** "2013–2024", or "2020" for one year. */
export const spanLabel = (span: YearSpan | undefined): string =>
  !span ? '' : span.first === span.last ? String(span.first) : `${span.first}–${span.last}`;

// Trade ---------------------------------------------------------------------------------------

export interface TradeWidgetData {
  reporter: string | undefined;
  rows: TradeRecord[];
  span: YearSpan | undefined;
  /** Every year with a figure, for the range controls. */
  fullSpan: YearSpan | undefined;
}

/** The leading reporter's figures (the one with most years) inside the range. */
export function tradeWidgetData(trade: readonly TradeRecord[], range: YearRange): TradeWidgetData {
  const reporter = tradeReporters(trade)[0];
  const series = reporter === undefined ? [] : tradeSeries(trade, reporter);
  const rows = series.filter((row) => inYearRange(row.year, range));
  return {
    reporter,
    rows,
    span: spanOfYears(rows.map((row) => row.year)),
    fullSpan: spanOfYears(series.map((row) => row.year)),
  };
}

// Meetings ------------------------------------------------------------------------------------

export type MeetingsYearRow = { year: number; total: number } & Record<SummitKind, number>;

/** Meetings per year of the range by kind (only the kinds asked for; all when none), zero years kept. */
export function meetingsByYear(summits: readonly Summit[], range: YearRange, kinds: readonly SummitKind[]): { rows: MeetingsYearRow[]; used: Summit[] } {
  const span = effectiveSpan(range, spanOfYears(summits.map((summit) => yearOf(summit.start))));
  if (!span) return { rows: [], used: [] };
  const shown = kinds.length > 0 ? kinds : SUMMIT_KINDS;
  const used = summitsInRange(summits, { from: span.first, to: span.last }).filter((summit) => shown.includes(summit.kind));
  const rows: MeetingsYearRow[] = [];
  for (let year = span.first; year <= span.last; year++) {
    const row = { year, total: 0 } as MeetingsYearRow;
    for (const kind of SUMMIT_KINDS) row[kind] = 0;
    rows.push(row);
  }
  for (const summit of used) {
    const row = rows[yearOf(summit.start) - span.first];
    if (row) {
      row[summit.kind] += 1;
      row.total += 1;
    }
  }
  return { rows, used };
}

// Sectors -------------------------------------------------------------------------------------

/** Agreements per sector in the range, restricted to the statuses asked for (all when none). */
export function sectorsWidgetData(
  agreements: readonly Agreement[],
  range: YearRange,
  statuses: readonly AgreementStatus[],
): { rows: SectorCount[]; used: Agreement[] } {
  const used = agreementsInRange(agreements, range).filter((agreement) => statuses.length === 0 || statuses.includes(agreement.status));
  return { rows: agreementsPerSector(used), used };
}

// Timeline ------------------------------------------------------------------------------------

export interface TimelineFilters {
  kinds: readonly SummitKind[];
  hosts: readonly string[];
  q: string;
}

function matches(record: Summit | Agreement, q: string, language: Language): boolean {
  const tokens = searchTokens(q);
  if (tokens.length === 0) return true;
  const haystack = searchableText([
    record.title,
    record.summary,
    localized(record, 'title', language).text,
    localized(record, 'summary', language).text,
    'city' in record ? record.city : undefined,
    'country' in record ? record.country : undefined,
    'event' in record ? record.event : undefined,
  ]);
  return matchesAllTokens(haystack, tokens);
}

export interface TimelineYear {
  year: number;
  summits: Summit[];
}

/** Meetings in the range matching the filters, grouped by year, latest first (years and the meetings within each). */
export function timelineYears(summits: readonly Summit[], range: YearRange, filters: TimelineFilters, language: Language): TimelineYear[] {
  const shown = summitsInRange(summits, range)
    .filter((summit) => filters.kinds.length === 0 || filters.kinds.includes(summit.kind))
    .filter((summit) => filters.hosts.length === 0 || filters.hosts.includes(summit.host))
    .filter((summit) => matches(summit, filters.q, language))
    .sort((a, b) => b.start.localeCompare(a.start));
  const byYear = new Map<number, Summit[]>();
  for (const summit of shown) {
    const year = yearOf(summit.start);
    const list = byYear.get(year) ?? [];
    list.push(summit);
    byYear.set(year, list);
  }
  return [...byYear.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, summits: list }));
}

// Agreements ----------------------------------------------------------------------------------

export const AGREEMENT_SORT_FIELDS = ['date', 'title', 'sector', 'status'] as const;
export type AgreementSortField = (typeof AGREEMENT_SORT_FIELDS)[number];

export interface AgreementFilters {
  sectors: readonly Sector[];
  statuses: readonly AgreementStatus[];
  q: string;
  sort: { field: AgreementSortField; direction: 'asc' | 'desc' };
}

/** Agreements in the range matching the filters, sorted (latest first by default). */
export function agreementList(agreements: readonly Agreement[], range: YearRange, filters: AgreementFilters, language: Language): Agreement[] {
  const { field, direction } = filters.sort;
  const key = (agreement: Agreement): string =>
    field === 'title' ? localized(agreement, 'title', language).text.toLocaleLowerCase() : field === 'date' ? agreement.date : agreement[field];
  const sign = direction === 'asc' ? 1 : -1;
  return agreementsInRange(agreements, range)
    .filter((agreement) => filters.sectors.length === 0 || filters.sectors.includes(agreement.sector))
    .filter((agreement) => filters.statuses.length === 0 || filters.statuses.includes(agreement.status))
    .filter((agreement) => matches(agreement, filters.q, language))
    .sort((a, b) => sign * key(a).localeCompare(key(b)) || b.date.localeCompare(a.date));
}

// Sources -------------------------------------------------------------------------------------

export interface SourceLine {
  /** Distinct publishers of the sources used, most cited first. */
  publishers: string[];
  /** How many more publishers there are beyond those listed. */
  more: number;
}

/** The publishers behind the records a widget shows, for its one-line source credit. */
export function sourceLine(dataset: Pick<Dataset, 'sources'>, records: readonly { sourceIds: readonly string[] }[], listed = 3): SourceLine {
  const byId = new Map(dataset.sources.map((source) => [source.id, source]));
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const id of new Set(record.sourceIds)) {
      const publisher = byId.get(id)?.publisher;
      if (publisher) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
    }
  }
  const publishers = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  return { publishers: publishers.slice(0, listed), more: Math.max(0, publishers.length - listed) };
}

// Builder -------------------------------------------------------------------------------------

/** The years a widget has data for (what its range controls offer). */
export function widgetYearSpan(dataset: Pick<Dataset, 'trade' | 'summits' | 'agreements'>, widget: WidgetName): YearSpan | undefined {
  if (widget === 'trade') return tradeWidgetData(dataset.trade, {}).fullSpan;
  if (widget === 'meetings' || widget === 'timeline') return spanOfYears(dataset.summits.map((summit) => yearOf(summit.start)));
  return spanOfYears(dataset.agreements.map((agreement) => yearOf(agreement.date)));
}
