import type { CsvRow } from '../../../lib/csv';
import type { Source } from '../../../data/vocabulary';
import { measureUnit, type TradeMeasure, type TradePoint, type TradeRow } from './trade-series';
import { MEETING_GROUPS, type MeetingGroup, type MeetingsRow } from './meetings';
import type { SectorRow } from './agreements';
import type { AgreementStatus } from '../../../data/vocabulary';
import type { Translate } from '../../../lib/i18n';

/**
 * How a column's raw value is shown. The raw values go into CSV and JSON unchanged; the table formats
 * them for the reader's locale, so the three carry the same numbers.
 */
export type ColumnFormat = 'year' | 'usd-bn' | 'percent' | 'count' | 'confidence' | 'sector' | 'text';

export interface TableColumn {
  key: string;
  header: string;
  format: ColumnFormat;
  /** For a confidence column: the column whose note is shown under it in the table (it stays its own CSV column). */
  noteKey?: string;
  /** Shown inside another column in the table (a note), but a column of its own in CSV and JSON. */
  folded?: boolean;
}

export interface ChartTable {
  columns: TableColumn[];
  rows: CsvRow[];
}

/** The publishers of the sources with these ids (each once): short enough to read in a cell. */
export function sourceNames(ids: readonly string[], sources: ReadonlyMap<string, Source>): string[] {
  return ids.map((id) => sources.get(id)?.publisher ?? id).filter((name, index, all) => all.indexOf(name) === index);
}

function pointCells(prefix: string, point: TradePoint | undefined, t: Translate, sources: ReadonlyMap<string, Source>): CsvRow {
  if (!point) return { [`${prefix}_value`]: null, [`${prefix}_confidence`]: null, [`${prefix}_note`]: null, [`${prefix}_sources`]: null };
  const notes = [point.computed ? t('trade:notes.computed') : undefined, point.note].filter(Boolean);
  return {
    [`${prefix}_value`]: point.value,
    [`${prefix}_confidence`]: point.confidence,
    [`${prefix}_note`]: notes.length > 0 ? notes.join(' ') : null,
    [`${prefix}_sources`]: sourceNames(point.sourceIds, sources).join('; '),
  };
}

/** The trade chart's numbers as a table: per reporter value, change, confidence, note, sources; then the gap. */
export function tradeTable(
  rows: readonly TradeRow[],
  measure: TradeMeasure,
  reporters: readonly { id: string; name: string }[],
  t: Translate,
  sources: ReadonlyMap<string, Source>,
): ChartTable {
  const unit = measureUnit(measure);
  const unitLabel = t(`trade:units.${unit}`);
  const columns: TableColumn[] = [{ key: 'year', header: t('trade:table.year'), format: 'year' }];
  for (const { id, name } of reporters) {
    columns.push({ key: `${id}_value`, header: t('trade:table.value', { measure: t(`trade:measures.${measure}`), reporter: name, unit: unitLabel }), format: unit });
    if (measure !== 'change') columns.push({ key: `${id}_change`, header: t('trade:table.change', { reporter: name }), format: 'percent' });
    columns.push({ key: `${id}_confidence`, header: t('trade:table.confidence', { reporter: name }), format: 'confidence', noteKey: `${id}_note` });
    columns.push({ key: `${id}_note`, header: t('trade:table.note', { reporter: name }), format: 'text', folded: true });
    columns.push({ key: `${id}_sources`, header: t('trade:table.sources', { reporter: name }), format: 'text' });
  }
  const [a, b] = reporters;
  if (a && b) columns.push({ key: 'gap', header: t('trade:table.gap', { a: a.name, b: b.name, unit: unit === 'percent' ? t('trade:units.percentPoints') : unitLabel }), format: unit === 'percent' ? 'count' : 'usd-bn' });

  const tableRows = rows.map((row) => {
    const cells: CsvRow = { year: row.year };
    reporters.forEach(({ id }, index) => {
      Object.assign(cells, pointCells(id, row.points[index], t, sources));
      if (measure !== 'change') cells[`${id}_change`] = row.changes[index]?.value ?? null;
    });
    if (a && b) cells.gap = row.gap;
    return cells;
  });
  return { columns, rows: tableRows };
}

/** Meetings per year: a column per group shown, the total, and how many are not fully verified. */
export function meetingsTable(
  rows: readonly MeetingsRow[],
  groups: readonly MeetingGroup[],
  uncertain: ReadonlyMap<number, number>,
  t: Translate,
): ChartTable {
  const shown = MEETING_GROUPS.filter((group) => groups.includes(group));
  const columns: TableColumn[] = [
    { key: 'year', header: t('trade:table.year'), format: 'year' },
    ...shown.map((group): TableColumn => ({ key: group, header: t(`trade:groups.${group}`), format: 'count' })),
    { key: 'total', header: t('trade:table.total'), format: 'count' },
    { key: 'uncertain', header: t('trade:table.uncertainMeetings'), format: 'count' },
  ];
  return {
    columns,
    rows: rows.map((row) => {
      const cells: CsvRow = { year: row.year };
      for (const group of shown) cells[group] = row[group];
      cells.total = row.total;
      cells.uncertain = uncertain.get(row.year) ?? 0;
      return cells;
    }),
  };
}

/** Agreements per sector: the count, optionally per status, and how many are not fully verified. */
export function sectorsTable(
  rows: readonly SectorRow[],
  statuses: readonly AgreementStatus[] | undefined,
  uncertain: ReadonlyMap<string, number>,
  t: Translate,
): ChartTable {
  const columns: TableColumn[] = [
    { key: 'sector', header: t('trade:table.sector'), format: 'sector' },
    ...(statuses ?? []).map((status): TableColumn => ({ key: status, header: t(`common:statuses.${status}`), format: 'count' })),
    { key: 'count', header: t('trade:table.agreements'), format: 'count' },
    { key: 'uncertain', header: t('trade:table.uncertainAgreements'), format: 'count' },
  ];
  return {
    columns,
    rows: rows.map((row) => {
      const cells: CsvRow = { sector: row.sector };
      for (const status of statuses ?? []) cells[status] = row[status];
      cells.count = row.count;
      cells.uncertain = uncertain.get(row.sector) ?? 0;
      return cells;
    }),
  };
}

/** The JSON download: what the chart is, for which years, and its rows with the same keys as the CSV columns. */
export function tableJson(
  table: ChartTable,
  meta: { chart: string; title: string; unit?: string; range: { from: number; to: number } | null; sources: readonly string[] },
) {
  return {
    chart: meta.chart,
    title: meta.title,
    ...(meta.unit ? { unit: meta.unit } : {}),
    range: meta.range,
    sources: meta.sources,
    columns: table.columns.map(({ key, header }) => ({ key, header })),
    rows: table.rows,
  };
}
