import {
  SECTORS,
  SUMMIT_KINDS,
  type Agreement,
  type Dataset,
  type Sector,
  type Source,
  type Summit,
  type SummitKind,
  type TradeRecord,
} from './vocabulary';
import { localized } from './localize';
import type { Language } from '../lib/i18n';

/** An inclusive range of years; either end may be open. */
export interface YearRange {
  from?: number | undefined;
  to?: number | undefined;
}

/** The first and last year of something. */
export interface YearSpan {
  first: number;
  last: number;
}

/**
 * The first and last of a list of years, or undefined for none. A loop rather than
 * Math.min(...years): passing a long list as arguments overflows the stack from about 125,000 items.
 */
export function spanOfYears(years: readonly number[]): YearSpan | undefined {
  let span: YearSpan | undefined;
  for (const year of years) {
    if (!span) span = { first: year, last: year };
    else if (year < span.first) span.first = year;
    else if (year > span.last) span.last = year;
  }
  return span;
}

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

export function inYearRange(year: number, range: YearRange): boolean {
  return (range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to);
}

/** Reporters that have trade figures, the one with most figures first (it leads the charts). */
export function tradeReporters(trade: readonly TradeRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const row of trade) counts.set(row.reporter, (counts.get(row.reporter) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/** One reporter's figures in year order. */
export function tradeSeries(trade: readonly TradeRecord[], reporter: string): TradeRecord[] {
  return trade.filter((row) => row.reporter === reporter).sort((a, b) => a.year - b.year);
}

export interface TradeHeadline {
  reporter: string;
  year: number;
  totalUsdBn: number;
  previousYear?: number;
  changePercent?: number;
}

/** The latest total of the leading reporter and its change on the year before, if that year is known. */
export function latestTrade(trade: readonly TradeRecord[]): TradeHeadline | undefined {
  const reporter = tradeReporters(trade)[0];
  if (reporter === undefined) return undefined;
  const series = tradeSeries(trade, reporter);
  const latest = series.at(-1);
  if (!latest) return undefined;
  const previous = series.find((row) => row.year === latest.year - 1);
  const headline: TradeHeadline = { reporter, year: latest.year, totalUsdBn: latest.totalUsdBn };
  if (previous && previous.totalUsdBn > 0) {
    headline.previousYear = previous.year;
    headline.changePercent = ((latest.totalUsdBn - previous.totalUsdBn) / previous.totalUsdBn) * 100;
  }
  return headline;
}

/**
 * Whether the leaders met: every record except a summit both attended with no bilateral meeting
 * confirmed (kind `co-attended`), which the timeline lists but meeting counts leave out.
 */
export const leadersMet = (summit: Summit): boolean => summit.kind !== 'co-attended';

/** The kinds of meeting the meetings charts count and offer: every kind but `co-attended`. */
export const MEETING_KINDS: readonly SummitKind[] = SUMMIT_KINDS.filter((kind) => kind !== 'co-attended');

export type MeetingsPerYearRow = { year: number; total: number } & Record<SummitKind, number>;

/** Meetings counted per calendar year of their start date, split by kind; years without meetings inside the span are kept as zeros. */
export function meetingsPerYear(summits: readonly Summit[]): MeetingsPerYearRow[] {
  const span = spanOfYears(summits.map((summit) => yearOf(summit.start)));
  if (!span) return [];
  const { first, last } = span;
  const rows: MeetingsPerYearRow[] = [];
  for (let year = first; year <= last; year++) {
    const row = { year, total: 0 } as MeetingsPerYearRow;
    for (const kind of SUMMIT_KINDS) row[kind] = 0;
    rows.push(row);
  }
  for (const summit of summits) {
    const row = rows[yearOf(summit.start) - first];
    if (row) {
      row[summit.kind] += 1;
      row.total += 1;
    }
  }
  return rows;
}

export interface SectorCount {
  sector: Sector;
  count: number;
}

/** Agreements counted per sector, in the format's sector order, sectors without agreements included. */
export function agreementsPerSector(agreements: readonly Agreement[]): SectorCount[] {
  return SECTORS.map((sector) => ({
    sector,
    count: agreements.filter((agreement) => agreement.sector === sector).length,
  }));
}

export const summitsInRange = (summits: readonly Summit[], range: YearRange): Summit[] =>
  summits.filter((summit) => inYearRange(yearOf(summit.start), range));

export const agreementsInRange = (agreements: readonly Agreement[], range: YearRange): Agreement[] =>
  agreements.filter((agreement) => inYearRange(yearOf(agreement.date), range));

/** Meetings in date order (earliest first); ties keep the dataset's order. */
export const summitsByDate = (summits: readonly Summit[]): Summit[] =>
  [...summits].sort((a, b) => a.start.localeCompare(b.start));

export function sourcesById(dataset: Dataset): Map<string, Source> {
  return new Map(dataset.sources.map((source) => [source.id, source]));
}

/** A party's name in the reader's language (falling back to the dataset's own name, then the id). */
export function partyName(dataset: Pick<Dataset, 'meta'>, id: string, language: Language = 'en'): string {
  const party = dataset.meta.parties.find((candidate) => candidate.id === id);
  return party ? localized(party, 'name', language).text : id;
}

/** The span of years the dataset covers across trade, meetings and agreements. */
export function datasetYearSpan(dataset: Dataset): YearSpan | undefined {
  return spanOfYears([
    ...dataset.trade.map((row) => row.year),
    ...dataset.summits.map((summit) => yearOf(summit.start)),
    ...dataset.agreements.map((agreement) => yearOf(agreement.date)),
  ]);
}
