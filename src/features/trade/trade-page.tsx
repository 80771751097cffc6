import { useMemo } from 'react';
import { Brush } from 'recharts';
import { useTranslation } from '../../lib/use-translation';
import { useDataset } from '../../app/dataset-context';
import { PageHeader } from '../../components/page-title';
import { ParamNotes } from '../../components/param-notes';
import { YearRangeFilter } from '../../components/year-range-filter';
import { datasetYearSpan } from '../../data/selectors';
import { effectiveRange } from './lib/range';
import { MeetingsPanel, SectorsPanel, TradePanel } from './components/chart-panels';
import { useChartsUrl } from './components/use-charts-url';

/**
 * The charts view: trade by year, meetings per year and agreements by sector, all following one year
 * range kept in the URL (set with the selects or the Brush under the trade chart).
 */
export function TradePage() {
  const { t } = useTranslation(['trade', 'common']);
  const dataset = useDataset();
  const { params, range, view, groups, notes, setRange, setView, setGroups } = useChartsUrl();
  const span = useMemo(() => datasetYearSpan(dataset), [dataset]);
  const shown = effectiveRange(range, span);
  const filtered = range.from !== undefined || range.to !== undefined;
  const panel = { dataset, range, params, view, onViewChange: setView };

  return (
    <>
      <PageHeader title={t('trade:title')} lead={t('trade:lead')} />
      <ParamNotes notes={notes} />
      {span && (
        <section aria-labelledby="range-heading" className="no-print mb-6 flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-line bg-panel p-4">
          <div className="w-full">
            <h2 id="range-heading" className="font-semibold text-ink">
              {t('trade:range.heading')}
            </h2>
            <p className="text-sm text-muted" aria-live="polite" data-range-status>
              {!shown
                ? t('trade:range.none')
                : shown.first === shown.last
                  ? t('trade:range.showingOne', { year: shown.first })
                  : t('trade:range.showing', { from: shown.first, to: shown.last })}
            </p>
          </div>
          <YearRangeFilter span={span} value={range} onChange={setRange} />
          {filtered && (
            <button type="button" onClick={() => setRange({})} className="rounded-md border border-line bg-page px-3 py-1.5 text-sm font-medium text-ink hover:bg-panel">
              {t('trade:range.reset')}
            </button>
          )}
          <p className="w-full text-sm text-muted">{t('trade:range.hint')}</p>
        </section>
      )}
      <div className="grid grid-cols-1 gap-6">
        <TradePanel {...panel} rangeBrush={{ Brush, onRangeChange: setRange }} />
        <div className="grid min-w-0 grid-cols-1 gap-6 lg:grid-cols-2">
          <MeetingsPanel {...panel} groups={groups} onGroupsChange={setGroups} />
          <SectorsPanel {...panel} />
        </div>
      </div>
    </>
  );
}
