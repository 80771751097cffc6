import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useLanguage } from '../../../app/app-settings';
import type { Dataset, Sector } from '../../../data/vocabulary';
import { datasetYearSpan, leadersMet, partyName, sourcesById, spanOfYears, yearOf, type YearRange } from '../../../data/selectors';
import { linkTo, type ViewMode } from '../../../lib/url-params';
import { agreementSourceIds, agreementsBySector, statusesUsed, uncertainAgreements } from '../lib/agreements';
import { MEETING_GROUPS, kindsFromGroups, meetingSourceIds, meetingsByGroup, stateVisitMarkers, uncertainMeetings, type MeetingGroup } from '../lib/meetings';
import { brushIndexes, effectiveRange, rangeFromBrush, rangeSlug } from '../lib/range';
import { meetingsSummary, periodPhrase, sectorsSummary, tradeSummary } from '../lib/summaries';
import { meetingsTable, sectorsTable, sourceNames, tableJson, tradeTable } from '../lib/tables';
import { availableMeasures, measureUnit, rowsInRange, tradeChartData, tradeSourceIds, type TradeMeasure } from '../lib/trade-series';
import { ChartFrame } from './chart-frame';
import { MeetingsChart } from './meetings-chart';
import { SectorsChart } from './sectors-chart';
import { TradeChart, type RangeBrush } from './trade-chart';
import { useChartPalette } from './use-chart-theme';

export interface PanelProps {
  dataset: Dataset;
  range: YearRange;
  params: URLSearchParams;
  view: ViewMode;
  onViewChange: (view: ViewMode) => void;
  headingLevel?: 2 | 3;
}

const checkboxClass = 'size-4 accent-[var(--accent)]';

/** A Brush under the trade chart that sets the year range (see RangeBrush for why Brush is handed in). */
export interface YearRangeBrush {
  Brush: RangeBrush['Brush'];
  onRangeChange: (range: YearRange) => void;
}

/** Trade by year with its measure switch, summit markers and (when it may set the range) a Brush. */
export function TradePanel({ dataset, range, params, view, onViewChange, headingLevel, rangeBrush }: PanelProps & { rangeBrush?: YearRangeBrush }) {
  const { t } = useTranslation(['trade', 'common']);
  const language = useLanguage();
  const palette = useChartPalette();
  const [measure, setMeasure] = useState<TradeMeasure>('total');
  const [showMarkers, setShowMarkers] = useState(true);
  const measures = useMemo(() => availableMeasures(dataset.trade), [dataset.trade]);
  const activeMeasure = measures.includes(measure) ? measure : 'total';
  const data = useMemo(() => tradeChartData(dataset.trade, activeMeasure), [dataset.trade, activeMeasure]);
  const sources = useMemo(() => sourcesById(dataset), [dataset]);
  const years = data.rows.map((row) => row.year);
  const brushWindow = brushIndexes(years, range);
  const shownRows = rowsInRange(data.rows, range);
  const reporterNames = data.reporters.map((reporter) => partyName(dataset, reporter, language));
  const reporters = data.reporters.map((id, index) => ({ id, name: reporterNames[index] ?? id }));
  const unit = t(`trade:units.${measureUnit(activeMeasure)}`);
  const [nameA = '', nameB] = reporterNames;
  const unitLine = nameB ? t('trade:unitLine.two', { unit, a: nameA, b: nameB }) : t('trade:unitLine.one', { unit, reporter: nameA });
  const title = t('trade:charts.trade');
  const summary = tradeSummary(shownRows, activeMeasure, reporterNames, t, language);
  const table = tradeTable(shownRows, activeMeasure, reporters, t, sources);
  const sourceList = sourceNames(tradeSourceIds(shownRows), sources);
  const shownSpan = spanOfYears(shownRows.map((row) => row.year));
  const markers = showMarkers ? stateVisitMarkers(dataset.summits, range) : [];
  const markerLinks = new Map(markers.map((marker) => [marker.id, linkTo(`/summits/${marker.id}`, params)]));
  const span = useMemo(() => datasetYearSpan(dataset), [dataset]);
  const hasUncertain = shownRows.some((row) => row.points.some((point) => point && point.confidence !== 'verified'));

  const brush: RangeBrush | undefined =
    rangeBrush && span
      ? {
          Brush: rangeBrush.Brush,
          onChange: (startIndex, endIndex) => {
            const next = rangeFromBrush(years, startIndex, endIndex, range, span);
            if (next.from !== range.from || next.to !== range.to) rangeBrush.onRangeChange(next);
          },
        }
      : undefined;

  return (
    <ChartFrame
      chartId="trade-by-year"
      title={title}
      unitLine={unitLine}
      summary={summary}
      view={view}
      onViewChange={onViewChange}
      table={table}
      json={tableJson(table, { chart: 'trade-by-year', title, unit: unitLine, range: shownSpan ? { from: shownSpan.first, to: shownSpan.last } : null, sources: sourceList })}
      sources={sourceList}
      fileParts={[activeMeasure, rangeSlug(shownSpan)]}
      headingLevel={headingLevel}
      controls={
        <>
          <label className="flex max-w-full min-w-0 items-center gap-2">
            <span className="text-muted">{t('trade:controls.measure')}</span>
            <select
              value={activeMeasure}
              onChange={(event) => setMeasure(event.target.value as TradeMeasure)}
              className="min-w-0 flex-1 rounded-md border border-line bg-page px-2 py-1 text-ink"
            >
              {measures.map((option) => (
                <option key={option} value={option}>
                  {t(`trade:measures.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={showMarkers} onChange={(event) => setShowMarkers(event.target.checked)} className={checkboxClass} />
            {t('trade:controls.markers')}
          </label>
        </>
      }
      legend={
        brushWindow && (
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink" aria-label={t('trade:legend.label')}>
            {reporters.map((reporter, index) => (
              <li key={reporter.id} className="flex items-center gap-1.5">
                <svg width="28" height="10" aria-hidden="true" className="shrink-0">
                  <line x1="1" x2="27" y1="5" y2="5" stroke={palette.reporters[index === 0 ? 0 : 1]} strokeWidth="2.5" strokeDasharray={index === 0 ? undefined : '7 4'} />
                </svg>
                {t('trade:legend.reporter', { reporter: reporter.name })}
              </li>
            ))}
            {reporters.length > 1 && shownRows.some((row) => row.gap !== null) && (
              <li className="flex items-center gap-1.5">
                <svg width="16" height="10" aria-hidden="true" className="shrink-0">
                  <rect width="16" height="10" fill={palette.gap} fillOpacity="0.3" />
                </svg>
                {t('trade:legend.gap')}
              </li>
            )}
            {hasUncertain && (
              <li className="flex items-center gap-1.5">
                <svg width="12" height="12" aria-hidden="true" className="shrink-0">
                  <circle cx="6" cy="6" r="4.5" fill={palette.background} stroke={palette.ink} strokeWidth="2" />
                </svg>
                {t('trade:legend.uncertain')}
              </li>
            )}
            {markers.length > 0 && (
              <li className="flex items-center gap-1.5">
                <svg width="12" height="12" aria-hidden="true" className="shrink-0">
                  <path d="M6 0 l6 6 l-6 6 l-6 -6 Z" fill={palette.marker} />
                </svg>
                {t('trade:legend.markers')}
              </li>
            )}
          </ul>
        )
      }
    >
      {brushWindow ? (
        <TradeChart
          data={data}
          reporterNames={reporterNames}
          brushWindow={brushWindow}
          brush={brush}
          markers={markers}
          markerLinks={markerLinks}
          sources={sources}
          palette={palette}
          title={title}
          summary={summary}
        />
      ) : (
        <p className="rounded-md border border-dashed border-line px-4 py-10 text-center text-muted">{summary}</p>
      )}
    </ChartFrame>
  );
}

/** Leader meetings per year, stacked by kind, with a legend that turns kinds on and off. */
export function MeetingsPanel({
  dataset,
  range,
  params,
  view,
  onViewChange,
  headingLevel,
  groups,
  onGroupsChange,
}: PanelProps & { groups: readonly MeetingGroup[]; onGroupsChange: (groups: MeetingGroup[]) => void }) {
  const { t } = useTranslation(['trade', 'common']);
  const palette = useChartPalette();
  // Meetings are counted over the years the dataset records meetings for, not every year it has any figure.
  const meetings = useMemo(() => dataset.summits.filter(leadersMet), [dataset.summits]);
  const span = useMemo(() => spanOfYears(meetings.map((summit) => yearOf(summit.start))), [meetings]);
  const shownSpan = effectiveRange(range, span);
  const rows = useMemo(() => meetingsByGroup(meetings, range, span, groups), [meetings, range, span, groups]);
  const uncertain = uncertainMeetings(meetings, rows);
  const sources = sourcesById(dataset);
  const sourceList = sourceNames(meetingSourceIds(meetings, rows), sources);
  const coAttended = dataset.summits.length - meetings.length;
  const title = t('trade:charts.meetings');
  const summary = meetingsSummary(rows, shownSpan, t);
  const table = meetingsTable(rows, groups, uncertain, t);
  const unitLine = t('trade:unitLine.meetings');
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const toggle = (group: MeetingGroup) => {
    const next = groups.includes(group) ? groups.filter((item) => item !== group) : [...groups, group];
    if (next.length > 0) onGroupsChange(MEETING_GROUPS.filter((item) => next.includes(item)));
  };

  return (
    <ChartFrame
      chartId="meetings-per-year"
      title={title}
      unitLine={unitLine}
      summary={summary}
      view={view}
      onViewChange={onViewChange}
      table={table}
      json={tableJson(table, { chart: 'meetings-per-year', title, range: shownSpan ? { from: shownSpan.first, to: shownSpan.last } : null, sources: sourceList })}
      sources={sourceList}
      fileParts={[rangeSlug(shownSpan)]}
      headingLevel={headingLevel}
      legend={
        <div className="mt-2">
          <ul className="flex flex-wrap gap-2" aria-label={t('trade:legend.kinds')}>
            {MEETING_GROUPS.map((group) => {
              const on = groups.includes(group);
              return (
                <li key={group}>
                  <button
                    type="button"
                    aria-pressed={on}
                    disabled={on && groups.length === 1}
                    onClick={() => toggle(group)}
                    className={`flex items-center gap-1.5 rounded-md border px-2 py-1 text-xs font-medium ${on ? 'border-line text-ink' : 'border-dashed border-line text-muted line-through'}`}
                  >
                    <span aria-hidden="true" className="inline-block size-3 rounded-sm border" style={{ background: on ? palette.groups[group] : 'transparent', borderColor: palette.groups[group] }} />
                    {t(`trade:groups.${group}`)}
                  </button>
                </li>
              );
            })}
          </ul>
          {uncertain.size > 0 && <p className="mt-1 text-xs text-muted">{t('trade:meetings.starNote')}</p>}
          {coAttended > 0 && <p className="mt-1 text-xs text-muted">{t('trade:meetings.coAttendedNote', { count: coAttended })}</p>}
        </div>
      }
      links={
        <Link to={linkTo('/summits', params, { keepRange: true, extra: { kind: kindsFromGroups(groups).join(',') } })}>
          {t('trade:links.summits', { count: total, period: shownSpan ? periodPhrase(t, shownSpan) : '' })}
        </Link>
      }
    >
      {rows.length > 0 ? (
        <MeetingsChart rows={rows} groups={groups} uncertain={uncertain} palette={palette} title={title} summary={summary} />
      ) : (
        <p className="rounded-md border border-dashed border-line px-4 py-10 text-center text-muted">{summary}</p>
      )}
    </ChartFrame>
  );
}

/** Agreements per sector in the range, optionally split by status; a bar or label opens those agreements. */
export function SectorsPanel({ dataset, range, params, view, onViewChange, headingLevel }: PanelProps) {
  const { t } = useTranslation(['trade', 'common']);
  const palette = useChartPalette();
  const navigate = useNavigate();
  const [byStatus, setByStatus] = useState(false);
  const span = useMemo(() => spanOfYears(dataset.agreements.map((agreement) => yearOf(agreement.date))), [dataset.agreements]);
  const shownSpan = effectiveRange(range, span);
  const rows = useMemo(() => agreementsBySector(dataset.agreements, range), [dataset.agreements, range]);
  const statuses = byStatus ? statusesUsed(rows) : undefined;
  const uncertain = uncertainAgreements(dataset.agreements, range);
  const sources = sourcesById(dataset);
  const sourceList = sourceNames(agreementSourceIds(dataset.agreements, range), sources);
  const title = t('trade:charts.sectors');
  const summary = sectorsSummary(rows, shownSpan, t);
  const table = sectorsTable(rows, statuses, uncertain, t);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const sectorLink = (sector: Sector) => linkTo('/agreements', params, { keepRange: true, extra: { sector } });

  return (
    <ChartFrame
      chartId="agreements-by-sector"
      title={title}
      unitLine={t('trade:unitLine.sectors')}
      summary={summary}
      view={view}
      onViewChange={onViewChange}
      table={table}
      json={tableJson(table, { chart: 'agreements-by-sector', title, range: shownSpan ? { from: shownSpan.first, to: shownSpan.last } : null, sources: sourceList })}
      sources={sourceList}
      fileParts={[byStatus ? 'by-status' : undefined, rangeSlug(shownSpan)]}
      headingLevel={headingLevel}
      controls={
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={byStatus} onChange={(event) => setByStatus(event.target.checked)} className={checkboxClass} />
          {t('trade:controls.byStatus')}
        </label>
      }
      legend={
        <div className="mt-2 text-xs text-ink">
          {statuses && (
            <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t('trade:legend.statuses')}>
              {statuses.map((status) => (
                <li key={status} className="flex items-center gap-1.5">
                  <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: palette.statuses[status] }} />
                  {t(`common:statuses.${status}`)}
                </li>
              ))}
            </ul>
          )}
          {uncertain.size > 0 && <p className="mt-1 text-muted">{t('trade:sectors.starNote')}</p>}
        </div>
      }
      links={
        <Link to={linkTo('/agreements', params, { keepRange: true })}>
          {t('trade:links.agreements', { count: total, period: shownSpan ? periodPhrase(t, shownSpan) : '' })}
        </Link>
      }
    >
      {total > 0 ? (
        <SectorsChart
          rows={rows}
          statuses={statuses}
          uncertain={uncertain}
          sectorLink={sectorLink}
          onOpenSector={(sector) => void navigate(sectorLink(sector))}
          palette={palette}
          title={title}
          summary={summary}
        />
      ) : (
        <p className="rounded-md border border-dashed border-line px-4 py-10 text-center text-muted">{summary}</p>
      )}
    </ChartFrame>
  );
}
