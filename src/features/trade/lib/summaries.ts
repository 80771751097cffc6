import type { Language } from '../../../lib/i18n';
import { formatChange, formatNumber, formatUsdBn } from '../../../lib/format';
import type { Sector } from '../../../data/vocabulary';
import type { YearSpan } from '../../../data/selectors';
import { measureUnit, type TradeMeasure, type TradeRow } from './trade-series';
import type { MeetingsRow } from './meetings';
import type { SectorRow } from './agreements';

import type { Translate } from '../../../lib/i18n';

/** A value of a measure in the reader's locale: "US$244.8bn" or "+12.3%". */
export function formatMeasure(value: number, measure: TradeMeasure, language: Language): string {
  return measureUnit(measure) === 'percent' ? formatChange(value, language) : formatUsdBn(value, language);
}

/** "between 2013 and 2024" or "in 2020", in the reader's language. */
export function periodPhrase(t: Translate, range: YearSpan): string {
  return range.first === range.last
    ? t('trade:period.single', { year: range.first })
    : t('trade:period.span', { from: range.first, to: range.last });
}

/**
 * One sentence on the first reporter's series in the rows shown, e.g. "Total trade rose from US$89.2bn in
 * 2013 to US$244.8bn in 2024 (reported by China); peak US$244.8bn in 2024." It adds the largest gap
 * between the two reporters when both have figures.
 */
export function tradeSummary(
  rows: readonly TradeRow[],
  measure: TradeMeasure,
  reporterNames: readonly string[],
  t: Translate,
  language: Language,
): string {
  const measureName = t(`trade:measures.${measure}`);
  const points = rows.map((row) => row.points[0]).filter((point) => point !== undefined);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return t('trade:summary.trade.empty', { measure: measureName });
  const format = (value: number) => formatMeasure(value, measure, language);
  const reporter = reporterNames[0] ?? '';
  const peak = points.reduce((best, point) => (point.value > best.value ? point : best), first);

  let extra = '';
  const gaps = rows.filter((row) => row.gap !== null);
  if (gaps.length > 0) {
    const widest = gaps.reduce((best, row) => (Math.abs(row.gap ?? 0) > Math.abs(best.gap ?? 0) ? row : best));
    const gap = Math.abs(widest.gap ?? 0);
    extra = t('trade:summary.trade.gap', {
      gap: measureUnit(measure) === 'percent' ? t('trade:units.points', { value: formatNumber(gap, language) }) : formatUsdBn(gap, language),
      year: widest.year,
      other: reporterNames[1] ?? '',
    });
  }

  if (first === last) {
    return t('trade:summary.trade.single', { measure: measureName, value: format(first.value), year: first.year, reporter, extra });
  }
  const direction = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'flat';
  return t(`trade:summary.trade.${direction}`, {
    measure: measureName,
    start: format(first.value),
    end: format(last.value),
    from: first.year,
    to: last.year,
    peak: format(peak.value),
    peakYear: peak.year,
    reporter,
    extra,
  });
}

/** "37 leader meetings between 2013 and 2024; busiest year 2019, with 6." */
export function meetingsSummary(rows: readonly MeetingsRow[], range: YearSpan | undefined, t: Translate): string {
  const count = rows.reduce((sum, row) => sum + row.total, 0);
  if (!range) return t('trade:summary.meetings.none');
  if (count === 0) return t('trade:summary.meetings.empty', { period: periodPhrase(t, range) });
  const busiest = rows.reduce((best, row) => (row.total > best.total ? row : best));
  const period = periodPhrase(t, range);
  if (rows.length === 1) return t('trade:summary.meetings.single', { count, period });
  return t('trade:summary.meetings.span', { count, period, year: busiest.year, max: busiest.total });
}

/** "24 agreements between 2013 and 2024; most in energy (9)." */
export function sectorsSummary(rows: readonly SectorRow[], range: YearSpan | undefined, t: Translate): string {
  const count = rows.reduce((sum, row) => sum + row.count, 0);
  if (!range) return t('trade:summary.sectors.none');
  if (count === 0) return t('trade:summary.sectors.empty', { period: periodPhrase(t, range) });
  const top = rows.reduce((best, row) => (row.count > best.count ? row : best));
  const ties = rows.filter((row) => row.count === top.count).map((row) => row.sector);
  return t('trade:summary.sectors.span', {
    count,
    period: periodPhrase(t, range),
    sector: ties.map((sector: Sector) => t(`common:sectors.${sector}`)).join(t('trade:summary.listSeparator')),
    top: top.count,
  });
}
