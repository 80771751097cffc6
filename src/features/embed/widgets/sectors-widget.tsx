import { useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useDataset } from '../../../app/dataset-context';
import { useLanguage } from '../../../app/app-settings';
import { STATUSES } from '../../../data/vocabulary';
import { partyName, spanOfYears, yearOf } from '../../../data/selectors';
import { formatNumber } from '../../../lib/format';
import { uncertainAgreements } from '../../trade/lib/agreements';
import { ListSelect, RangeControl, ViewSwitch } from '../components/controls';
import { WidgetFrame } from '../components/widget-frame';
import { useDark } from '../../../lib/use-dark';
import { widgetPalette } from '../lib/chart-colors';
import { effectiveSpan, sectorsWidgetData, sourceLine, spanLabel } from '../lib/widget-data';
import { parseWidgetParams } from '../lib/widget-params';
import type { WidgetProps } from './types';

/**
 * Agreements per sector. Drawn as labelled HTML bars rather than an SVG chart: long sector names wrap
 * naturally at 280 px, every bar carries its number as text, and the widget stays light.
 */
export default function SectorsWidget({ widget, showControls, settingsNotes }: WidgetProps) {
  const { t } = useTranslation('embed');
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const dataset = useDataset();
  const language = useLanguage();
  const palette = widgetPalette(useDark());
  const { value, notes } = parseWidgetParams(params, widget, []);
  const { rows, used } = sectorsWidgetData(dataset.agreements, value.range, value.statuses);
  const fullSpan = spanOfYears(dataset.agreements.map((agreement) => yearOf(agreement.date)));
  const span = effectiveSpan(value.range, fullSpan);
  const [a, b] = dataset.meta.parties.map((party) => partyName(dataset, party.id, language));
  const title = t('widgets.sectors.title', { a, b, range: spanLabel(span) });
  const sorted = [...rows].sort((x, y) => y.count - x.count);
  const top = sorted[0];
  const max = Math.max(1, ...rows.map((row) => row.count));
  // As on /trade: a star on the sectors that hold agreements not fully verified, explained below.
  const unverified = uncertainAgreements(used, {});
  const countText = (row: (typeof rows)[number]) => `${formatNumber(row.count, language, 0)}${unverified.has(row.sector) ? '*' : ''}`;
  const starNote = unverified.size > 0 && <p className="mt-2 text-xs text-muted">{t('widgets.sectors.starNote')}</p>;
  const summary =
    used.length > 0 && top
      ? t('widgets.sectors.summary', { count: used.length, sector: tc(`sectors.${top.sector}`), top: top.count })
      : t('empty');

  return (
    <WidgetFrame
      widget={widget}
      title={title}
      notes={[...settingsNotes, ...notes]}
      showControls={showControls}
      sources={sourceLine(dataset, used)}
      fullViewParams={{ status: value.statuses.join(',') || undefined }}
      controls={
        <>
          <RangeControl span={fullSpan} range={value.range} />
          <ListSelect
            param="status"
            label={t('controls.status')}
            allLabel={t('controls.allStatuses')}
            options={STATUSES.map((status) => ({ value: status, label: tc(`statuses.${status}`) }))}
            selected={value.statuses}
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
                <th scope="col" className="py-1 pr-3">{t('table.sector')}</th>
                <th scope="col" className="py-1 text-right">{t('table.agreements')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.sector} className="border-b border-line">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{tc(`sectors.${row.sector}`)}</th>
                  <td className="py-1 text-right tabular-nums">{countText(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {starNote}
        </div>
      ) : (
        <figure data-embed-chart="" className="m-0 bg-page">
          <figcaption className="mb-2 text-sm text-muted">{summary}</figcaption>
          <ul className="flex flex-col gap-2">
            {sorted.map((row) => (
              <li key={row.sector} className="grid grid-cols-[minmax(6rem,11rem)_1fr] items-center gap-x-2 text-sm">
                <span className="text-ink">{tc(`sectors.${row.sector}`)}</span>
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="block h-4 rounded-sm"
                    style={{ width: `${(row.count / max) * 85}%`, minWidth: row.count > 0 ? '2px' : 0, background: palette.bar }}
                  />
                  <span className="font-medium text-ink tabular-nums">{countText(row)}</span>
                </span>
              </li>
            ))}
          </ul>
          {starNote}
        </figure>
      )}
    </WidgetFrame>
  );
}
