import { useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useDataset } from '../../../app/dataset-context';
import { useLanguage } from '../../../app/app-settings';
import { StatusBadge } from '../../../components/badges';
import { localized } from '../../../data/localize';
import { SECTORS, STATUSES } from '../../../data/vocabulary';
import { partyName, spanOfYears, yearOf } from '../../../data/selectors';
import { formatDateForColumn } from '../../../lib/format';
import { ListSelect, RangeControl } from '../components/controls';
import { WidgetFrame } from '../components/widget-frame';
import { agreementList, effectiveSpan, sourceLine, spanLabel } from '../lib/widget-data';
import { parseWidgetParams } from '../lib/widget-params';
import type { WidgetProps } from './types';

/** How many rows an embedded table shows; the full table is one link away. */
export const AGREEMENT_ROWS_SHOWN = 25;

/** Agreements as a compact table, latest first. No chart library. */
export default function AgreementsWidget({ widget, showControls, settingsNotes }: WidgetProps) {
  const { t } = useTranslation('embed');
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const dataset = useDataset();
  const language = useLanguage();
  const { value, notes } = parseWidgetParams(params, widget, []);
  const list = agreementList(dataset.agreements, value.range, value, language);
  const shown = list.slice(0, AGREEMENT_ROWS_SHOWN);
  const fullSpan = spanOfYears(dataset.agreements.map((agreement) => yearOf(agreement.date)));
  const [a, b] = dataset.meta.parties.map((party) => partyName(dataset, party.id, language));
  const title = t('widgets.agreements.title', { a, b, range: spanLabel(effectiveSpan(value.range, fullSpan)) });
  const count =
    list.length > shown.length
      ? t('widgets.agreements.countSome', { count: list.length, shown: shown.length })
      : t('widgets.agreements.count', { count: list.length });

  return (
    <WidgetFrame
      widget={widget}
      title={title}
      notes={[...settingsNotes, ...notes]}
      showControls={showControls}
      sources={sourceLine(dataset, list)}
      fullViewParams={{
        sector: value.sectors.join(',') || undefined,
        status: value.statuses.join(',') || undefined,
        q: value.q || undefined,
      }}
      controls={
        <>
          <RangeControl span={fullSpan} range={value.range} />
          <ListSelect
            param="sector"
            label={t('controls.sector')}
            allLabel={t('controls.allSectors')}
            options={SECTORS.map((sector) => ({ value: sector, label: tc(`sectors.${sector}`) }))}
            selected={value.sectors}
          />
          <ListSelect
            param="status"
            label={t('controls.status')}
            allLabel={t('controls.allStatuses')}
            options={STATUSES.map((status) => ({ value: status, label: tc(`statuses.${status}`) }))}
            selected={value.statuses}
          />
        </>
      }
    >
      <p className="mb-2 text-sm text-muted" role="status">
        {count}
      </p>
      {/* Narrow frames (from 280 px) have no room for a status column: the status goes under the title. */}
      {shown.length > 0 && (
        <table className="w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-1 pr-3 whitespace-nowrap">{t('table.date')}</th>
              <th scope="col" className="py-1 pr-3">{t('table.agreement')}</th>
              <th scope="col" className="hidden py-1 sm:table-cell">{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((agreement) => {
              const agreementTitle = localized(agreement, 'title', language);
              return (
                <tr key={agreement.id} className="border-b border-line align-top">
                  <td className="py-1.5 pr-3 text-muted tabular-nums">{formatDateForColumn(agreement.date, language)}</td>
                  <td className="py-1.5 pr-3">
                    <span className="text-ink [overflow-wrap:anywhere]" lang={agreementTitle.fallback ? 'en' : undefined}>
                      {agreementTitle.text}
                    </span>
                    <span className="block text-xs text-muted">{tc(`sectors.${agreement.sector}`)}</span>
                    <span className="mt-1 block sm:hidden">
                      <StatusBadge status={agreement.status} t={t} />
                    </span>
                  </td>
                  <td className="hidden py-1.5 sm:table-cell">
                    <StatusBadge status={agreement.status} t={t} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </WidgetFrame>
  );
}
