import { useId, useRef, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import type { ViewMode } from '../../../lib/url-params';
import { linkTo } from '../../../lib/url-params';
import { fileName, saveFile, toJson } from '../../../lib/download';
import { DataTable } from './data-table';
import type { ChartTable } from '../lib/tables';
import { chartPng, chartSvg } from '../lib/export-image';
import { useChartPalette } from './use-chart-theme';

export interface ChartFrameProps {
  /** Stable name of the chart: the file name's first part and the DOM id's. */
  chartId: string;
  title: string;
  /** Units and reporter, e.g. "USD bn, reported by China". */
  unitLine: string;
  /** The generated one-sentence summary: the visible caption and the chart's description. */
  summary: string;
  view: ViewMode;
  onViewChange: (view: ViewMode) => void;
  table: ChartTable;
  /** What the JSON download holds (rows with the CSV's keys, plus what they are). */
  json: unknown;
  /** Source names used by the data shown. */
  sources: readonly string[];
  /** File name parts after the chart id: the measure, the range. */
  fileParts: readonly (string | number | undefined)[];
  /** Controls above the chart (measure, toggles). */
  controls?: ReactNode;
  /** Shown under the chart in chart view: legend, notes on marks. */
  legend?: ReactNode;
  /** Links to the linked views (same range). */
  links?: ReactNode;
  headingLevel?: 2 | 3;
  children: ReactNode;
}

const MAX_SOURCES_LISTED = 4;

const buttonClass =
  'rounded-md border border-line bg-page px-2.5 py-1 text-sm font-medium text-ink hover:bg-panel disabled:opacity-60';

/**
 * The frame every chart shares: heading, units, controls, the Chart | Table switch, the chart or its
 * table with the summary as caption, the sources used, and downloads of exactly what is shown.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { chartId, title, unitLine, summary, view, onViewChange, table, json, sources, fileParts, controls, legend, links, children } = props;
  const { t } = useTranslation('trade');
  const [params] = useSearchParams();
  const palette = useChartPalette();
  const headingId = useId();
  const summaryId = useId();
  const frameRef = useRef<HTMLElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  // What the last download came to, said next to the buttons: the CSV writer's code is fetched on
  // the first click, and may not arrive.
  const [downloadState, setDownloadState] = useState<'idle' | 'working' | 'imageFailed' | 'downloadFailed'>('idle');
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const name = (extension: string) => fileName([chartId, ...fileParts], extension);

  const downloadCsv = async () => {
    try {
      const { toCsv } = await import('../../../lib/csv');
      saveFile(toCsv(table.rows, table.columns), name('csv'), 'text/csv;charset=utf-8');
      setDownloadState('idle');
    } catch {
      setDownloadState('downloadFailed');
    }
  };
  const downloadJson = () => saveFile(toJson(json), name('json'), 'application/json');
  const downloadSvg = () => {
    const svg = chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    saveFile(chartSvg(svg, { title, description: `${summary} ${unitLine}`, background: palette.background, ink: palette.ink }), name('svg'), 'image/svg+xml');
  };
  const downloadPng = async () => {
    if (!frameRef.current) return;
    setDownloadState('working');
    try {
      saveFile(await chartPng(frameRef.current, palette.background), name('png'), 'image/png');
      setDownloadState('idle');
    } catch {
      setDownloadState('imageFailed');
    }
  };

  const listed = sources.slice(0, MAX_SOURCES_LISTED);
  const more = sources.length - listed.length;

  return (
    <section ref={frameRef} aria-labelledby={headingId} className="min-w-0 rounded-lg border border-line bg-page p-4 sm:p-5" data-chart={chartId}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <Heading id={headingId} className="text-lg font-semibold text-ink">
            {title}
          </Heading>
          <p className="text-sm text-muted">{unitLine}</p>
        </div>
        <div role="group" aria-label={t('view.label', { title })} className="no-export no-print inline-flex rounded-md border border-line p-0.5">
          {(['chart', 'table'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={view === mode}
              onClick={() => onViewChange(mode)}
              className={`rounded px-3 py-1 text-sm font-medium ${view === mode ? 'bg-accent text-accent-ink' : 'text-ink hover:bg-panel'}`}
            >
              {t(`view.${mode}`)}
            </button>
          ))}
        </div>
      </div>

      {controls && <div className="no-export no-print mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">{controls}</div>}

      <figure aria-labelledby={headingId} aria-describedby={summaryId} className="mt-3">
        {view === 'chart' ? (
          <div ref={chartRef} className="min-w-0">
            {children}
            {legend}
          </div>
        ) : (
          <DataTable table={table} caption={`${title} (${unitLine})`} />
        )}
        <figcaption id={summaryId} className="mt-3 text-sm text-ink" data-summary={chartId}>
          {summary}
        </figcaption>
      </figure>

      <p className="mt-2 text-xs text-muted">
        {sources.length === 0
          ? t('sources.none')
          : more > 0
            ? t('sources.listMore', { list: listed.join(t('sources.separator')), count: more })
            : t('sources.list', { list: listed.join(t('sources.separator')) })}
        <Link to={linkTo('/sources', params)}>{t('sources.all')}</Link>
      </p>
      {links && <p className="no-export mt-2 text-sm">{links}</p>}

      <div className="no-export no-print mt-3 flex flex-wrap items-center gap-2" role="group" aria-label={t('downloads.label', { title })}>
        <span className="text-sm text-muted" aria-hidden="true">
          {t('downloads.intro')}
        </span>
        <button type="button" className={buttonClass} onClick={() => void downloadCsv()} aria-label={t('downloads.csv', { title })}>
          CSV
        </button>
        <button type="button" className={buttonClass} onClick={downloadJson} aria-label={t('downloads.json', { title })}>
          JSON
        </button>
        {view === 'chart' && (
          <>
            <button type="button" className={buttonClass} onClick={() => void downloadPng()} disabled={downloadState === 'working'} aria-label={t('downloads.png', { title })}>
              PNG
            </button>
            <button type="button" className={buttonClass} onClick={downloadSvg} aria-label={t('downloads.svg', { title })}>
              SVG
            </button>
          </>
        )}
        <span role="status" className="text-sm text-muted">
          {downloadState === 'working'
            ? t('downloads.working')
            : downloadState === 'imageFailed'
              ? t('downloads.failed')
              : downloadState === 'downloadFailed'
                ? t('common:downloadFailed')
                : ''}
        </span>
      </div>
    </section>
  );
}
