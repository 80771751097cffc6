import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useDataset } from '../../../app/dataset-context';
import { useLanguage } from '../../../app/app-settings';
import { SUMMIT_KINDS } from '../../../data/schema';
import { partyName, yearOf } from '../../../data/selectors';
import { formatNumber } from '../../../lib/format';
import { ListSelect, RangeControl, ViewSwitch } from '../components/controls';
import { WidgetFrame } from '../components/widget-frame';
import { useDark } from '../hooks/use-dark';
import { widgetPalette } from '../lib/chart-colors';
import { kindsPresent, meetingsByYear, sourceLine, spanLabel, spanOfYears } from '../lib/widget-data';
import { parseWidgetParams } from '../lib/widget-params';
import type { WidgetProps } from './types';

/** Leader meetings per year, stacked by kind. */
export default function MeetingsWidget({ widget, showControls }: WidgetProps) {
  const { t } = useTranslation('embed');
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const dataset = useDataset();
  const language = useLanguage();
  const palette = widgetPalette(useDark());
  const { value, notes } = parseWidgetParams(params, widget, []);
  const { rows, used } = meetingsByYear(dataset.summits, value.range, value.kinds);
  const span = spanOfYears(rows.map((row) => row.year));
  const fullSpan = spanOfYears(dataset.summits.map((summit) => yearOf(summit.start)));
  const [a, b] = dataset.meta.parties.map((party) => partyName(dataset, party.id, language));
  const title = t('widgets.meetings.title', { a, b, range: spanLabel(span) });
  const kinds = kindsPresent(rows);
  const busiest = rows.reduce<(typeof rows)[number] | undefined>((best, row) => (!best || row.total > best.total ? row : best), undefined);
  const summary =
    used.length > 0 && busiest
      ? t('widgets.meetings.summary', { count: used.length, range: spanLabel(span), year: busiest.year, most: busiest.total })
      : t('empty');

  return (
    <WidgetFrame
      widget={widget}
      title={title}
      notes={notes}
      showControls={showControls}
      sources={sourceLine(dataset, used)}
      fullViewParams={{ kind: value.kinds.join(',') || undefined }}
      controls={
        <>
          <RangeControl span={fullSpan} range={value.range} />
          <ListSelect
            param="kind"
            label={t('controls.kind')}
            allLabel={t('controls.allKinds')}
            options={SUMMIT_KINDS.map((kind) => ({ value: kind, label: tc(`summitKinds.${kind}`) }))}
            selected={value.kinds}
          />
          <ViewSwitch view={value.view} />
        </>
      }
    >
      {used.length === 0 ? (
        <p className="text-muted">{t('empty')}</p>
      ) : value.view === 'table' ? (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="mb-1 text-left text-muted">{summary}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-1 pr-3">{t('table.year')}</th>
                {kinds.map((kind) => (
                  <th key={kind} scope="col" className="py-1 pr-3 text-right">{tc(`summitKinds.${kind}`)}</th>
                ))}
                <th scope="col" className="py-1 text-right">{t('table.meetings')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.year} className="border-b border-line">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{row.year}</th>
                  {kinds.map((kind) => (
                    <td key={kind} className="py-1 pr-3 text-right tabular-nums">{formatNumber(row[kind], language, 0)}</td>
                  ))}
                  <td className="py-1 text-right font-medium tabular-nums">{formatNumber(row.total, language, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <figure data-embed-chart="" className="m-0 bg-page text-muted">
          <figcaption className="mb-2 text-sm">{summary}</figcaption>
          <ResponsiveContainer width="100%" height={280} initialDimension={{ width: 600, height: 280 }}>
            <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={title} desc={summary}>
              <CartesianGrid stroke={palette.grid} vertical={false} />
              <XAxis dataKey="year" tick={{ fill: 'currentColor', fontSize: 12 }} stroke={palette.grid} minTickGap={8} />
              <YAxis width={32} allowDecimals={false} tick={{ fill: 'currentColor', fontSize: 12 }} stroke={palette.grid} />
              <Tooltip contentStyle={{ background: palette.background, color: palette.ink, borderColor: palette.grid }} />
              <Legend wrapperStyle={{ fontSize: 12, color: palette.ink }} />
              {kinds.map((kind) => (
                <Bar key={kind} dataKey={kind} stackId="meetings" name={tc(`summitKinds.${kind}`)} fill={palette.kinds[kind]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </figure>
      )}
    </WidgetFrame>
  );
}
