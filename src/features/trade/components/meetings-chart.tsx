import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { useTranslation } from '../../../lib/use-translation';
import { useLanguage } from '../../../app/app-settings';
import { formatNumber } from '../../../lib/format';
import type { ChartPalette } from '../lib/palette';
import { yearTicks } from '../lib/range';
import { MEETING_GROUPS, type MeetingGroup, type MeetingsRow } from '../lib/meetings';
import { plainTick } from './axis-tick';
import { NO_GRID_LINES, useElementWidth, type TooltipState } from './use-chart-theme';

export interface MeetingsChartProps {
  rows: readonly MeetingsRow[];
  groups: readonly MeetingGroup[];
  /** Per year, how many of the meetings counted are not fully verified. */
  uncertain: ReadonlyMap<number, number>;
  palette: ChartPalette;
  title: string;
  summary: string;
  width?: number;
  height?: number;
}

/** Leader meetings per year, stacked by kind; a star on the total marks years with meetings not fully verified. */
export function MeetingsChart({ rows, groups, uncertain, palette, title, summary, ...size }: MeetingsChartProps) {
  const { t } = useTranslation(['trade', 'common']);
  const [containerRef, measured] = useElementWidth<HTMLDivElement>();
  const width = size.width ?? measured;
  const narrow = width > 0 && width < 520;
  const height = size.height ?? (narrow ? 260 : 300);
  const shown = MEETING_GROUPS.filter((group) => groups.includes(group));
  const first = rows[0]?.year ?? 0;
  const last = rows.at(-1)?.year ?? first;
  const ticks = yearTicks(first, last, Math.max(2, Math.floor((width - 50) / 48)));
  const data = rows.map((row) => ({ ...row }));

  return (
    <div ref={containerRef} className="w-full" style={{ minHeight: height }}>
      {width > 0 && (
        <BarChart width={width} height={height} data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} title={title} desc={summary} accessibilityLayer>
          <CartesianGrid stroke={palette.grid} vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} />
          <XAxis dataKey="year" ticks={ticks} tick={plainTick(palette.ink, String)} stroke={palette.muted} interval={0} />
          <YAxis width={32} allowDecimals={false} interval={0} tick={plainTick(palette.ink, String)} stroke={palette.muted} />
          {shown.map((group) => (
            <Bar key={group} dataKey={group} stackId="meetings" name={t(`trade:groups.${group}`)} fill={palette.groups[group]} stroke={palette.background} strokeWidth={1} isAnimationActive={false} />
          ))}
          <StackTotals rows={rows} groups={shown} uncertain={uncertain} color={palette.ink} />
          <Tooltip
            content={(content) => <MeetingsTooltip content={content} groups={shown} uncertain={uncertain} palette={palette} />}
            cursor={{ fill: palette.grid, fillOpacity: 0.35 }}
            isAnimationActive={false}
          />
        </BarChart>
      )}
    </div>
  );
}

/**
 * The total above each stack, placed from the chart's own scales so it always belongs to its year
 * (a label list on the top segment misses years where that segment is empty). A star marks years
 * with meetings that are not fully verified.
 */
function StackTotals({
  rows,
  groups,
  uncertain,
  color,
}: {
  rows: readonly MeetingsRow[];
  groups: readonly MeetingGroup[];
  uncertain: ReadonlyMap<number, number>;
  color: string;
}) {
  const language = useLanguage();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <g aria-hidden="true">
      {rows.map((row) => {
        const shownTotal = groups.reduce((sum, group) => sum + row[group], 0);
        const x = xScale(row.year, { position: 'middle' });
        const y = yScale(shownTotal);
        if (shownTotal === 0 || x === undefined || y === undefined) return null;
        return (
          <text key={row.year} x={x} y={y - 4} textAnchor="middle" fill={color} fontSize={11}>
            {formatNumber(shownTotal, language, 0)}
            {(uncertain.get(row.year) ?? 0) > 0 ? '*' : ''}
          </text>
        );
      })}
    </g>
  );
}

function MeetingsTooltip({
  content,
  groups,
  uncertain,
  palette,
}: {
  content: TooltipState;
  groups: readonly MeetingGroup[];
  uncertain: ReadonlyMap<number, number>;
  palette: ChartPalette;
}) {
  const { t } = useTranslation('trade');
  const row = content.payload?.[0]?.payload as MeetingsRow | undefined;
  if (!content.active || !row) return null;
  const notVerified = uncertain.get(row.year) ?? 0;
  return (
    <div className="rounded-md border border-line bg-page p-3 text-xs text-ink shadow-md">
      <p className="text-sm font-semibold">{row.year}</p>
      <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
        {groups.map((group) => (
          <div key={group} className="contents">
            <dt className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-2.5 rounded-sm" style={{ background: palette.groups[group] }} />
              {t(`groups.${group}`)}
            </dt>
            <dd className="text-right tabular-nums">{row[group]}</dd>
          </div>
        ))}
        <dt className="font-semibold">{t('table.total')}</dt>
        <dd className="text-right font-semibold tabular-nums">{row.total}</dd>
      </dl>
      {notVerified > 0 && <p className="mt-1.5 text-muted">{t('meetings.uncertain', { count: notVerified })}</p>}
    </div>
  );
}
