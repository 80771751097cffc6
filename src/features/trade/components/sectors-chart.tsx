import { Bar, BarChart, CartesianGrid, LabelList, Text, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { useHref, useLinkClickHandler } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useLanguage } from '../../../app/app-settings';
import { formatNumber } from '../../../lib/format';
import type { AgreementStatus, Sector } from '../../../data/vocabulary';
import type { ChartPalette } from '../lib/palette';
import type { SectorRow } from '../lib/agreements';
import { plainTick } from './axis-tick';
import { NO_GRID_LINES, useElementWidth, type TooltipState } from './use-chart-theme';

export interface SectorsChartProps {
  rows: readonly SectorRow[];
  /** Statuses to stack by; undefined draws one bar per sector. */
  statuses: readonly AgreementStatus[] | undefined;
  uncertain: ReadonlyMap<Sector, number>;
  /** Where a sector's bar and label lead (the agreements view filtered to it, same range). */
  sectorLink: (sector: Sector) => string;
  onOpenSector: (sector: Sector) => void;
  palette: ChartPalette;
  title: string;
  summary: string;
  width?: number;
  height?: number;
}

/** Agreements per sector as horizontal bars (long sector names stay readable); labels and bars open the agreements. */
export function SectorsChart({ rows, statuses, uncertain, sectorLink, onOpenSector, palette, title, summary, ...size }: SectorsChartProps) {
  const { t } = useTranslation(['trade', 'common']);
  const language = useLanguage();
  const [containerRef, measured] = useElementWidth<HTMLDivElement>();
  const width = size.width ?? measured;
  const narrow = width > 0 && width < 520;
  const height = size.height ?? Math.max(200, rows.length * (narrow ? 40 : 36) + 40);
  const data = rows.map((row) => ({ ...row, name: t(`common:sectors.${row.sector}`) }));
  // Labels wrap only between words, so the column fits the longest word ("промышленность"), at
  // about 8 px a character in 12 px type.
  const longestWord = Math.max(0, ...data.flatMap((row) => row.name.split(/\s+/).map((word) => word.length)));
  const labelWidth = Math.max(narrow ? 112 : 168, longestWord * 8 + 14);
  const series: { key: string; name: string; color: string }[] = statuses
    ? statuses.map((status) => ({ key: status, name: t(`common:statuses.${status}`), color: palette.statuses[status] }))
    : [{ key: 'count', name: t('trade:table.agreements'), color: palette.count }];
  const lastKey = series.at(-1)?.key;
  const open = (payload: unknown) => {
    const sector = (payload as { sector?: Sector } | undefined)?.sector;
    if (sector) onOpenSector(sector);
  };

  return (
    <div ref={containerRef} className="w-full" style={{ minHeight: height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 32, bottom: 4, left: 0 }}
          title={title}
          desc={summary}
          accessibilityLayer
        >
          <CartesianGrid stroke={palette.grid} horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} />
          <XAxis type="number" allowDecimals={false} interval={0} tick={plainTick(palette.ink, String)} stroke={palette.muted} />
          <YAxis
            type="category"
            dataKey="sector"
            width={labelWidth}
            interval={0}
            stroke={palette.muted}
            tick={(tick: YAxisTickContentProps) => {
              const sector = (tick.payload as { value?: unknown } | undefined)?.value as Sector | undefined;
              if (!sector) return <g />;
              return (
                <SectorTick
                  x={Number(tick.x ?? 0)}
                  y={Number(tick.y ?? 0)}
                  width={labelWidth - 8}
                  href={sectorLink(sector)}
                  label={t(`common:sectors.${sector}`)}
                  linkLabel={t('trade:sectors.open', { sector: t(`common:sectors.${sector}`) })}
                  color={palette.ink}
                />
              );
            }}
          />
          {series.map((entry) => (
            <Bar
              key={entry.key}
              dataKey={entry.key}
              stackId="agreements"
              name={entry.name}
              fill={entry.color}
              stroke={palette.background}
              strokeWidth={1}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(bar: { payload?: unknown }) => open(bar.payload)}
            >
              {entry.key === lastKey && (
                <LabelList
                  dataKey="count"
                  position="right"
                  content={(label) => {
                    const row = rows[typeof label.index === 'number' ? label.index : -1];
                    if (!row) return null;
                    const x = Number(label.x ?? 0) + Number(label.width ?? 0) + 6;
                    const y = Number(label.y ?? 0) + Number(label.height ?? 0) / 2;
                    const marked = (uncertain.get(row.sector) ?? 0) > 0;
                    return (
                      <text x={x} y={y} dominantBaseline="central" fill={palette.ink} fontSize={12}>
                        {formatNumber(row.count, language, 0)}
                        {marked ? '*' : ''}
                      </text>
                    );
                  }}
                />
              )}
            </Bar>
          ))}
          <Tooltip
            content={(content) => <SectorsTooltip content={content} series={series} uncertain={uncertain} />}
            cursor={{ fill: palette.grid, fillOpacity: 0.35 }}
            isAnimationActive={false}
          />
        </BarChart>
      )}
    </div>
  );
}

function SectorTick(props: { x: number; y: number; width: number; href: string; label: string; linkLabel: string; color: string }) {
  const { x, y, width, href, label, linkLabel, color } = props;
  const fullHref = useHref(href);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(href);
  return (
    <a href={fullHref} onClick={onClick} aria-label={linkLabel} className="sector-link">
      <Text x={x - 6} y={y} width={width} textAnchor="end" verticalAnchor="middle" fill={color} fontSize={12} style={{ fontSize: 12, textDecoration: 'underline' }}>
        {label}
      </Text>
    </a>
  );
}

function SectorsTooltip({
  content,
  series,
  uncertain,
}: {
  content: TooltipState;
  series: readonly { key: string; name: string; color: string }[];
  uncertain: ReadonlyMap<Sector, number>;
}) {
  const { t } = useTranslation(['trade', 'common']);
  const row = content.payload?.[0]?.payload as (SectorRow & { name: string }) | undefined;
  if (!content.active || !row) return null;
  const notVerified = uncertain.get(row.sector) ?? 0;
  const stacked = series.length > 1 || series[0]?.key !== 'count';
  return (
    <div className="rounded-md border border-line bg-page p-3 text-xs text-ink shadow-md">
      <p className="text-sm font-semibold">{row.name}</p>
      <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
        {stacked &&
          series.map((entry) => (
            <div key={entry.key} className="contents">
              <dt className="flex items-center gap-1.5">
                <span aria-hidden="true" className="inline-block size-2.5 rounded-sm" style={{ background: entry.color }} />
                {entry.name}
              </dt>
              <dd className="text-right tabular-nums">{Number((row as unknown as Record<string, number>)[entry.key] ?? 0)}</dd>
            </div>
          ))}
        <dt className="font-semibold">{t('trade:table.agreements')}</dt>
        <dd className="text-right font-semibold tabular-nums">{row.count}</dd>
      </dl>
      {notVerified > 0 && <p className="mt-1.5 text-muted">{t('trade:sectors.uncertain', { count: notVerified })}</p>}
      <p className="mt-1.5 text-muted">{t('trade:sectors.clickHint')}</p>
    </div>
  );
}
