import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useDataset } from '../../../app/dataset-context';
import { useLanguage } from '../../../app/app-settings';
import { partyName } from '../../../data/selectors';
import { formatUsdBn } from '../../../lib/format';
import { RangeControl, ViewSwitch } from '../components/controls';
import { WidgetFrame } from '../components/widget-frame';
import { useDark } from '../hooks/use-dark';
import { widgetPalette } from '../lib/chart-colors';
import { sourceLine, spanLabel, tradeWidgetData } from '../lib/widget-data';
import { parseWidgetParams } from '../lib/widget-params';
import type { WidgetProps } from './types';

/** Total trade per year, as reported by the party with the most figures. */
export default function TradeWidget({ widget, showControls }: WidgetProps) {
  const { t } = useTranslation('embed');
  const [params] = useSearchParams();
  const dataset = useDataset();
  const language = useLanguage();
  const palette = widgetPalette(useDark());
  const { value, notes } = parseWidgetParams(params, widget, []);
  const data = tradeWidgetData(dataset.trade, value.range);
  const [a, b] = dataset.meta.parties.map((party) => partyName(dataset, party.id, language));
  const title = t('widgets.trade.title', { a, b, range: spanLabel(data.span) });
  const reporter = data.reporter ? partyName(dataset, data.reporter, language) : '';
  const first = data.rows[0];
  const last = data.rows.at(-1);
  const summary =
    first && last
      ? t('widgets.trade.summary', {
          reporter,
          from: first.year,
          to: last.year,
          first: formatUsdBn(first.totalUsdBn, language),
          last: formatUsdBn(last.totalUsdBn, language),
        })
      : t('empty');

  return (
    <WidgetFrame
      widget={widget}
      title={title}
      notes={notes}
      showControls={showControls}
      sources={sourceLine(dataset, data.rows)}
      fullViewParams={{ view: value.view === 'table' ? 'table' : undefined }}
      controls={
        <>
          <RangeControl span={data.fullSpan} range={value.range} />
          <ViewSwitch view={value.view} />
        </>
      }
    >
      {data.rows.length === 0 ? (
        <p className="text-muted">{t('empty')}</p>
      ) : value.view === 'table' ? (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="mb-1 text-left text-muted">{summary}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-1 pr-3">{t('table.year')}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t('table.total')}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t('table.exports', { reporter })}</th>
                <th scope="col" className="py-1 text-right">{t('table.imports', { reporter })}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.year} className="border-b border-line">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{row.year}</th>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatUsdBn(row.totalUsdBn, language)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{row.exportsUsdBn === undefined ? '–' : formatUsdBn(row.exportsUsdBn, language)}</td>
                  <td className="py-1 text-right tabular-nums">{row.importsUsdBn === undefined ? '–' : formatUsdBn(row.importsUsdBn, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <figure data-embed-chart="" className="m-0 bg-page text-muted">
          <figcaption className="mb-2 text-sm">{summary}</figcaption>
          <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 600, height: 260 }}>
            <BarChart data={data.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={title} desc={summary}>
              <CartesianGrid stroke={palette.grid} vertical={false} />
              <XAxis dataKey="year" tick={{ fill: 'currentColor', fontSize: 12 }} stroke={palette.grid} minTickGap={8} />
              <YAxis
                width={72}
                tick={{ fill: 'currentColor', fontSize: 12 }}
                stroke={palette.grid}
                tickFormatter={(value: number) => formatUsdBn(value, language)}
              />
              <Tooltip
                formatter={(value) => [formatUsdBn(Number(value), language), t('table.total')]}
                contentStyle={{ background: palette.background, color: palette.ink, borderColor: palette.grid }}
              />
              <Bar dataKey="totalUsdBn" name={t('table.total')} fill={palette.bar} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      )}
    </WidgetFrame>
  );
}
