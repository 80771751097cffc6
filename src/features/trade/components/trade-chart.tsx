import { useEffect, useState } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis, usePlotArea, useXAxisScale, type Brush } from 'recharts';
import { useHref, useLinkClickHandler } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useLanguage } from '../../../app/app-settings';
import { formatDateRange, formatNumber } from '../../../lib/format';
import type { Source } from '../../../data/vocabulary';
import { localized } from '../../../data/localize';
import type { ChartPalette } from '../lib/palette';
import { niceTicks, yearTicks } from '../lib/range';
import { formatMeasure } from '../lib/summaries';
import { sourceNames } from '../lib/tables';
import { measureUnit, type TradeChartData, type TradePoint, type TradeRow } from '../lib/trade-series';
import type { SummitMarker } from '../lib/meetings';
import { NO_GRID_LINES, useElementWidth, type TooltipState } from './use-chart-theme';
import { plainTick } from './axis-tick';

export interface TradeChartProps {
  data: TradeChartData;
  reporterNames: readonly string[];
  /** The years shown: indexes into data.rows (the Brush's position). */
  brushWindow: { startIndex: number; endIndex: number };
  /** A Brush under the chart that sets the years shown, where the view lets the reader set the range. */
  brush?: RangeBrush | undefined;
  markers: readonly SummitMarker[];
  /** Links of the markers, by summit id. */
  markerLinks: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
  palette: ChartPalette;
  title: string;
  summary: string;
  /** Fixed size (tests, images); otherwise the chart takes its container's width. */
  width?: number;
  height?: number;
}

/**
 * Recharts' Brush comes from the view that has one (the charts view): the overview draws this chart
 * without it, and importing it here would put its code (about 4 kB gzip) in the overview's first load.
 */
export interface RangeBrush {
  Brush: typeof Brush;
  onChange: (startIndex: number, endIndex: number) => void;
}

const uncertain = (point: TradePoint | undefined) => point !== undefined && point.confidence !== 'verified';

/** Trade by year: a line per reporter, the gap between them shaded, state visits marked, a Brush for the years. */
export function TradeChart(props: TradeChartProps) {
  const { data, reporterNames, brushWindow, brush, markers, markerLinks, sources, palette, title, summary } = props;
  const { t } = useTranslation(['trade', 'common']);
  const language = useLanguage();
  const [containerRef, measured] = useElementWidth<HTMLDivElement>();
  const width = props.width ?? measured;
  const narrow = width > 0 && width < 520;
  const height = props.height ?? (narrow ? 300 : 360);
  const [activeMarker, setActiveMarker] = useState<{ marker: SummitMarker; x: number } | undefined>();
  // A handle dragged past the other leaves Recharts' keyboard moves confused about which end is
  // which; the Brush is drawn afresh after each drag, from the range in order.
  const [brushDrawing, setBrushDrawing] = useState(0);

  const first = data.rows[brushWindow.startIndex]?.year ?? 0;
  const last = data.rows[brushWindow.endIndex]?.year ?? first;
  const ticks = yearTicks(first, last, Math.max(2, Math.floor((width - 60) / 56)));
  const unit = measureUnit(data.measure);
  const zeroLine = data.measure === 'balance' || data.measure === 'change';
  const shownValues = data.rows
    .slice(brushWindow.startIndex, brushWindow.endIndex + 1)
    .flatMap((row) => row.values)
    .filter((value): value is number => value !== null);
  const valueTicks = niceTicks(Math.min(0, ...shownValues), Math.max(0, ...shownValues), narrow ? 5 : 7);

  // Recharts gives both Brush handles one name for the pair and their position in pixels. Screen
  // readers get each handle's end of the range and its year instead, applied whenever Recharts
  // draws the handles or writes those attributes back.
  const firstYear = data.rows[0]?.year;
  const lastYear = data.rows.at(-1)?.year;
  const startLabel = t('trade:brush.start');
  const endLabel = t('trade:brush.end');
  useEffect(() => {
    const container = containerRef.current;
    if (!container || firstYear === undefined || lastYear === undefined) return;
    const set = (element: Element, name: string, value: string) => {
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    };
    const describeHandles = () => {
      const handles = [...container.querySelectorAll('.recharts-brush-traveller')];
      if (handles.length !== 2) return;
      // The handle further left is the first year, even after one was dragged past the other.
      const x = (handle: Element) => Number(handle.querySelector('rect')?.getAttribute('x') ?? 0);
      const [start, end] = handles.sort((a, b) => x(a) - x(b)) as [Element, Element];
      for (const [handle, label, year] of [
        [start, startLabel, first],
        [end, endLabel, last],
      ] as const) {
        set(handle, 'aria-label', label);
        set(handle, 'aria-valuemin', String(firstYear));
        set(handle, 'aria-valuemax', String(lastYear));
        set(handle, 'aria-valuenow', String(year));
        set(handle, 'aria-valuetext', String(year));
      }
    };
    describeHandles();
    const observer = new MutationObserver(describeHandles);
    observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'aria-valuenow'] });
    return () => observer.disconnect();
  }, [containerRef, first, last, firstYear, lastYear, startLabel, endLabel]);

  return (
    <div ref={containerRef} className="relative w-full" style={{ minHeight: height }}>
      {width > 0 && (
        <ComposedChart
          width={width}
          height={height}
          data={data.rows}
          margin={{ top: 24, right: narrow ? 8 : 16, bottom: 4, left: 0 }}
          title={title}
          desc={summary}
          accessibilityLayer
        >
          <CartesianGrid stroke={palette.grid} vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} />
          <XAxis
            dataKey="year"
            type="number"
            domain={[first - 0.5, last + 0.5]}
            allowDataOverflow
            ticks={ticks}
            interval={0}
            niceTicks="none"
            tick={plainTick(palette.ink, String)}
            stroke={palette.muted}
          />
          <YAxis
            width={narrow ? 44 : 56}
            tick={plainTick(palette.ink, (value) => formatNumber(value, language, 1))}
            stroke={palette.muted}
            ticks={valueTicks}
            niceTicks="none"
            interval={0}
            domain={[valueTicks[0] ?? 0, valueTicks.at(-1) ?? 'auto']}
            allowDataOverflow
            label={{ value: t(`trade:units.${unit}`), position: 'insideTopLeft', offset: 0, dy: -22, dx: 4, fill: palette.muted, fontSize: 12 }}
          />
          {zeroLine && <ReferenceLine y={0} stroke={palette.muted} />}
          <Area
            dataKey={(row: TradeRow) => row.gapRange}
            name={t('trade:legend.gap')}
            fill={palette.gap}
            fillOpacity={0.18}
            stroke="none"
            isAnimationActive={false}
            activeDot={false}
            legendType="none"
            tooltipType="none"
          />
          {data.reporters.map((reporter, index) => (
            <Line
              key={reporter}
              dataKey={(row: TradeRow) => row.values[index] ?? null}
              name={reporterNames[index] ?? reporter}
              stroke={palette.reporters[index === 0 ? 0 : 1]}
              strokeWidth={2.5}
              strokeDasharray={index === 0 ? undefined : '7 4'}
              connectNulls={false}
              isAnimationActive={false}
              dot={(dot: { cx?: number | null; cy?: number | null; payload?: unknown }) => {
                const row = dot.payload as TradeRow | undefined;
                const point = row?.points[index];
                const key = `${reporter}-${row?.year ?? dot.cx}`;
                if (dot.cx == null || dot.cy == null || !point) return <g key={key} />;
                const color = palette.reporters[index === 0 ? 0 : 1];
                return uncertain(point) ? (
                  <circle key={key} cx={dot.cx} cy={dot.cy} r={4.5} fill={palette.background} stroke={color} strokeWidth={2} data-uncertain="true" />
                ) : (
                  <circle key={key} cx={dot.cx} cy={dot.cy} r={3.5} fill={color} stroke={color} />
                );
              }}
              activeDot={{ r: 6, stroke: palette.background, strokeWidth: 2 }}
            />
          ))}
          <SummitMarkers
            markers={markers}
            domain={[first - 0.5, last + 0.5]}
            color={palette.marker}
            background={palette.background}
            markerLinks={markerLinks}
            onShow={(marker, x) => setActiveMarker({ marker, x })}
            onHide={(marker) => setActiveMarker((current) => (current?.marker.id === marker.id ? undefined : current))}
          />
          <Tooltip
            content={(content) => (
              <TradeTooltip content={content} data={data} reporterNames={reporterNames} sources={sources} markers={markers} />
            )}
            cursor={{ stroke: palette.muted, strokeDasharray: '3 3' }}
            isAnimationActive={false}
          />
          {brush && data.rows.length > 1 && (
            <brush.Brush
              key={brushDrawing}
              onDragEnd={() => setBrushDrawing((count) => count + 1)}
              dataKey="year"
              height={28}
              travellerWidth={12}
              startIndex={brushWindow.startIndex}
              endIndex={brushWindow.endIndex}
              onChange={(next) => brush.onChange(next.startIndex, next.endIndex)}
              stroke={palette.muted}
              fill={palette.panel}
              tickFormatter={(year: number) => String(year)}
              alwaysShowText={false}
            />
          )}
        </ComposedChart>
      )}
      {activeMarker && (
        <div
          role="tooltip"
          className="pointer-events-none absolute top-0 z-10 max-w-64 rounded-md border border-line bg-page p-2 text-xs text-ink shadow-md"
          style={{ left: Math.max(0, Math.min(activeMarker.x + 8, width - 256)) }}
        >
          <p className="font-semibold">{localized(activeMarker.marker.summit, 'title', language).text}</p>
          <p className="text-muted">
            {t('common:summitKinds.state-visit')} · {formatDateRange(activeMarker.marker.summit.start, activeMarker.marker.summit.end, language)}
          </p>
          <p className="mt-1">{t('trade:markers.open')}</p>
        </div>
      )}
    </div>
  );
}

/**
 * The state visits of the years shown, as links to the timeline, placed from the chart's own scale.
 * One layer for all of them: a Recharts reference line per visit made the chart's first drawing
 * markedly longer.
 */
function SummitMarkers(props: {
  markers: readonly SummitMarker[];
  domain: readonly [number, number];
  color: string;
  background: string;
  markerLinks: ReadonlyMap<string, string>;
  onShow: (marker: SummitMarker, x: number) => void;
  onHide: (marker: SummitMarker) => void;
}) {
  const { markers, domain, color, background, markerLinks, onShow, onHide } = props;
  const { t } = useTranslation(['trade']);
  const language = useLanguage();
  const xScale = useXAxisScale();
  const plotArea = usePlotArea();
  if (!xScale || !plotArea) return null;
  return (
    <g>
      {markers.map((marker) => {
        const x = marker.x >= domain[0] && marker.x <= domain[1] ? xScale(marker.x) : undefined;
        if (x === undefined) return null;
        return (
          <SummitMarkerShape
            key={marker.id}
            x={x}
            top={plotArea.y}
            bottom={plotArea.y + plotArea.height}
            color={color}
            background={background}
            href={markerLinks.get(marker.id) ?? '/summits'}
            label={t('trade:markers.label', {
              title: localized(marker.summit, 'title', language).text,
              date: formatDateRange(marker.summit.start, marker.summit.end, language),
            })}
            onShow={(shownX) => onShow(marker, shownX)}
            onHide={() => onHide(marker)}
          />
        );
      })}
    </g>
  );
}

function SummitMarkerShape(props: {
  x: number;
  top: number;
  bottom: number;
  color: string;
  background: string;
  href: string;
  label: string;
  onShow: (x: number) => void;
  onHide: () => void;
}) {
  const { x, top, bottom, color, background, href, label, onShow, onHide } = props;
  const fullHref = useHref(href);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(href);
  const size = 6;
  return (
    <a
      href={fullHref}
      onClick={onClick}
      aria-label={label}
      className="summit-marker"
      onMouseEnter={() => onShow(x)}
      onMouseLeave={onHide}
      onFocus={() => onShow(x)}
      onBlur={onHide}
    >
      <line x1={x} x2={x} y1={top} y2={bottom} stroke={color} strokeDasharray="2 3" strokeWidth={1.5} />
      {/* A wider invisible line makes the marker easy to hit with a pointer. */}
      <line x1={x} x2={x} y1={top} y2={bottom} stroke="transparent" strokeWidth={12} />
      <path d={`M${x} ${top - size - 2} l${size} ${size} l${-size} ${size} l${-size} ${-size} Z`} fill={color} stroke={background} strokeWidth={1} />
    </a>
  );
}

function TradeTooltip({
  content,
  data,
  reporterNames,
  sources,
  markers,
}: {
  content: TooltipState;
  data: TradeChartData;
  reporterNames: readonly string[];
  sources: ReadonlyMap<string, Source>;
  markers: readonly SummitMarker[];
}) {
  const { t } = useTranslation(['trade', 'common']);
  const language = useLanguage();
  const row = content.payload?.[0]?.payload as TradeRow | undefined;
  if (!content.active || !row) return null;
  const unit = measureUnit(data.measure);
  const visits = markers.filter((marker) => Number(marker.summit.start.slice(0, 4)) === row.year);
  const exact = (value: number) =>
    unit === 'percent' ? formatMeasure(value, data.measure, language) : t('trade:units.value', { value: formatNumber(value, language, 3) });

  return (
    <div className="max-w-72 rounded-md border border-line bg-page p-3 text-xs text-ink shadow-md" data-tooltip-year={row.year}>
      <p className="text-sm font-semibold">{row.year}</p>
      <p className="text-muted">{t(`trade:measures.${data.measure}`)}</p>
      <dl className="mt-1 space-y-1.5">
        {data.reporters.map((reporter, index) => {
          const point = row.points[index];
          const change = row.changes[index];
          const name = reporterNames[index] ?? reporter;
          return (
            <div key={reporter}>
              <dt className="font-medium">{t('trade:tooltip.reporter', { reporter: name })}</dt>
              <dd>
                {point ? (
                  <>
                    <span className="font-semibold tabular-nums" data-value={point.value}>
                      {exact(point.value)}
                    </span>
                    {data.measure !== 'change' && change && (
                      <span className="text-muted">
                        {' · '}
                        {change.computed
                          ? t('trade:tooltip.changeComputed', {
                              change: formatMeasure(change.value, 'change', language),
                              confidence: t(`common:confidence.${change.confidence}`).toLowerCase(),
                            })
                          : t('trade:tooltip.change', { change: formatMeasure(change.value, 'change', language) })}
                      </span>
                    )}
                    <br />
                    <span>
                      {uncertain(point) ? '◌ ' : ''}
                      {t(`common:confidence.${point.confidence}`)}
                    </span>
                    {point.computed && <span className="block text-muted">{t('trade:notes.computed')}</span>}
                    {point.note && (
                      <span className="block text-muted" lang="en">
                        {point.note}
                      </span>
                    )}
                    <span className="block text-muted">
                      {t('trade:tooltip.source', { source: sourceNames(point.sourceIds, sources).join('; ') })}
                    </span>
                  </>
                ) : (
                  <span className="text-muted">{t('trade:tooltip.noValue')}</span>
                )}
              </dd>
            </div>
          );
        })}
        {row.gap !== null && data.reporters.length > 1 && (
          <div>
            <dt className="font-medium">{t('trade:tooltip.gap', { a: reporterNames[0] ?? '', b: reporterNames[1] ?? '' })}</dt>
            <dd className="tabular-nums">
              {unit === 'percent' ? t('trade:units.points', { value: formatNumber(row.gap, language, 3) }) : exact(row.gap)}
            </dd>
          </div>
        )}
      </dl>
      {visits.length > 0 && (
        <p className="mt-2 border-t border-line pt-1.5">
          {visits.map((marker) => `${t('common:labelled', { label: t('common:summitKinds.state-visit') })}${localized(marker.summit, 'title', language).text}`).join('; ')}
        </p>
      )}
    </div>
  );
}
