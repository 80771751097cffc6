/**
 * Thin adapter over the dashboard's own charts (src/features/trade/), so an embedded chart is the
 * same drawing, palette, summary and table as in the full view. Only this file knows their props:
 * if the trade feature changes them, this is the one place to follow.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useLanguage } from '../../../app/app-settings';
import type { Dataset, SummitKind } from '../../../data/vocabulary';
import { leadersMet, partyName, sourcesById, spanOfYears, yearOf, type YearRange } from '../../../data/selectors';
import type { ViewMode } from '../../../lib/url-params';
import { DataTable } from '../../trade/components/data-table';
import { MeetingsChart } from '../../trade/components/meetings-chart';
import { TradeChart } from '../../trade/components/trade-chart';
import { useChartPalette } from '../../trade/components/use-chart-theme';
import { groupsFromKinds, meetingsByGroup, meetingsOfKinds, uncertainMeetings } from '../../trade/lib/meetings';
import { brushIndexes, effectiveRange } from '../../trade/lib/range';
import { meetingsSummary, tradeSummary } from '../../trade/lib/summaries';
import { meetingsTable, tradeTable } from '../../trade/lib/tables';
import { rowsInRange, tradeChartData } from '../../trade/lib/trade-series';

const emptyBox = 'rounded-md border border-dashed border-line px-4 py-10 text-center text-muted';

/** Trade turnover by year, a line per reporter (chart) or the figures with confidence and sources (table). */
export function EmbedTrade({ dataset, range, view, title }: { dataset: Dataset; range: YearRange; view: ViewMode; title: string }) {
  const { t } = useTranslation(['trade', 'common']);
  const language = useLanguage();
  const palette = useChartPalette();
  const data = useMemo(() => tradeChartData(dataset.trade, 'total'), [dataset.trade]);
  const sources = useMemo(() => sourcesById(dataset), [dataset]);
  const shownRows = rowsInRange(data.rows, range);
  const reporterNames = data.reporters.map((reporter) => partyName(dataset, reporter, language));
  const summary = tradeSummary(shownRows, 'total', reporterNames, t, language);
  const brushWindow = brushIndexes(
    data.rows.map((row) => row.year),
    range,
  );
  if (!brushWindow) return <p className={emptyBox}>{summary}</p>;
  const uncertainShown = shownRows.some((row) => row.points.some((point) => point && point.confidence !== 'verified'));
  if (view === 'table') {
    const reporters = data.reporters.map((id, index) => ({ id, name: reporterNames[index] ?? id }));
    return (
      <>
        <p className="mb-2 text-sm text-muted">{summary}</p>
        <DataTable table={tradeTable(shownRows, 'total', reporters, t, sources)} caption={title} />
      </>
    );
  }
  return (
    <figure data-embed-chart="" className="m-0">
      <figcaption className="mb-2 text-sm text-muted">{summary}</figcaption>
      <TradeChart
        data={data}
        reporterNames={reporterNames}
        brushWindow={brushWindow}
        markers={[]}
        markerLinks={new Map()}
        sources={sources}
        palette={palette}
        title={title}
        summary={summary}
      />
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink" aria-label={t('trade:legend.label')}>
        {reporterNames.map((name, index) => (
          <li key={name} className="flex items-center gap-1.5">
            <svg width="28" height="10" aria-hidden="true" className="shrink-0">
              <line x1="1" x2="27" y1="5" y2="5" stroke={palette.reporters[index === 0 ? 0 : 1]} strokeWidth="2.5" strokeDasharray={index === 0 ? undefined : '7 4'} />
            </svg>
            {t('trade:legend.reporter', { reporter: name })}
          </li>
        ))}
        {uncertainShown && (
          <li className="flex items-center gap-1.5">
            <svg width="12" height="12" aria-hidden="true" className="shrink-0">
              <circle cx="6" cy="6" r="4.5" fill={palette.background} stroke={palette.ink} strokeWidth="2" />
            </svg>
            {t('trade:legend.uncertain')}
          </li>
        )}
      </ul>
    </figure>
  );
}

/** Leader meetings per year stacked by kind (chart), or the counts (table). */
export function EmbedMeetings({
  dataset,
  range,
  kinds,
  view,
  title,
}: {
  dataset: Dataset;
  range: YearRange;
  kinds: readonly SummitKind[];
  view: ViewMode;
  title: string;
}) {
  const { t } = useTranslation(['trade', 'common', 'embed']);
  const palette = useChartPalette();
  const meetings = useMemo(() => dataset.summits.filter(leadersMet), [dataset.summits]);
  const span = useMemo(() => spanOfYears(meetings.map((summit) => yearOf(summit.start))), [meetings]);
  // Only the kinds asked for are counted (as the widget's sources credit them), though a group
  // such as official and working visits is drawn when any of its kinds is asked for.
  const rows = useMemo(
    () => meetingsByGroup(meetingsOfKinds(meetings, kinds), range, span, groupsFromKinds(kinds)),
    [meetings, kinds, range, span],
  );
  const groups = groupsFromKinds(kinds);
  const uncertain = uncertainMeetings(meetings, rows);
  const summary = meetingsSummary(rows, effectiveRange(range, span), t);
  if (rows.length === 0) return <p className={emptyBox}>{summary}</p>;
  if (view === 'table') {
    return (
      <>
        <p className="mb-2 text-sm text-muted">{summary}</p>
        <DataTable table={meetingsTable(rows, groups, uncertain, t)} caption={title} />
      </>
    );
  }
  return (
    <figure data-embed-chart="" className="m-0">
      <figcaption className="mb-2 text-sm text-muted">{summary}</figcaption>
      <MeetingsChart rows={rows} groups={groups} uncertain={uncertain} palette={palette} title={title} summary={summary} />
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink" aria-label={t('embed:legendKinds')}>
        {groups.map((group) => (
          <li key={group} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: palette.groups[group] }} />
            {t(`trade:groups.${group}`)}
          </li>
        ))}
      </ul>
      {uncertain.size > 0 && <p className="mt-1 text-xs text-muted">{t('trade:meetings.starNote')}</p>}
    </figure>
  );
}
