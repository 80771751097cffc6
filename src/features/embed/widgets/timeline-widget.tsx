import { useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useDataset } from '../../../app/dataset-context';
import { useLanguage } from '../../../app/app-settings';
import { KindBadge } from '../../../components/badges';
import { localized } from '../../../data/localize';
import { NON_PARTY_HOSTS, SUMMIT_KINDS, type Summit } from '../../../data/vocabulary';
import { partyName, spanOfYears, yearOf } from '../../../data/selectors';
import { formatDateRange } from '../../../lib/format';
import { ListSelect, RangeControl } from '../components/controls';
import { WidgetFrame } from '../components/widget-frame';
import { effectiveSpan, sourceLine, spanLabel, timelineYears } from '../lib/widget-data';
import { parseWidgetParams } from '../lib/widget-params';
import { placeOf } from '../../summits/lib/timeline';
import type { WidgetProps } from './types';

/** Leader meetings as a list grouped by year, latest first. No chart library. */
export default function TimelineWidget({ widget, showControls, settingsNotes }: WidgetProps) {
  const { t } = useTranslation('embed');
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const dataset = useDataset();
  const language = useLanguage();
  const hostIds = [...dataset.meta.parties.map((party) => party.id), ...NON_PARTY_HOSTS];
  const { value, notes } = parseWidgetParams(params, widget, hostIds);
  const years = timelineYears(dataset.summits, value.range, { kinds: value.kinds, hosts: value.hosts, q: value.q }, language);
  const used = years.flatMap((group) => group.summits);
  const fullSpan = spanOfYears(dataset.summits.map((summit) => yearOf(summit.start)));
  const [a, b] = dataset.meta.parties.map((party) => partyName(dataset, party.id, language));
  const title = t('widgets.timeline.title', { a, b, range: spanLabel(effectiveSpan(value.range, fullSpan)) });
  const hostName = (summit: Summit) =>
    (NON_PARTY_HOSTS as readonly string[]).includes(summit.host) ? tc(`hosts.${summit.host}`) : partyName(dataset, summit.host, language);

  return (
    <WidgetFrame
      widget={widget}
      title={title}
      notes={[...settingsNotes, ...notes]}
      showControls={showControls}
      sources={sourceLine(dataset, used)}
      fullViewParams={{ kind: value.kinds.join(',') || undefined, host: value.hosts.join(',') || undefined, q: value.q || undefined }}
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
        </>
      }
    >
      <p className="mb-2 text-sm text-muted" role="status">
        {t('widgets.timeline.count', { count: used.length })}
      </p>
      {years.length > 0 && (
        <ol className="flex flex-col gap-3">
          {years.map((group) => (
            <li key={group.year}>
              <h2 className="border-b border-line pb-0.5 text-sm font-semibold text-ink">{group.year}</h2>
              <ul className="mt-1 flex flex-col gap-2">
                {group.summits.map((summit) => {
                  const summitTitle = localized(summit, 'title', language);
                  const place = placeOf(summit);
                  return (
                    <li key={summit.id} className="text-sm">
                      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                        <span className="text-muted tabular-nums">{formatDateRange(summit.start, summit.end, language)}</span>
                        <KindBadge kind={summit.kind} t={t} />
                      </p>
                      <p className="font-medium text-ink" lang={summitTitle.fallback ? 'en' : undefined}>
                        {summitTitle.text}
                      </p>
                      <p className="text-muted">
                        {place && (
                          <>
                            <span lang="en">{place}</span>
                            {' · '}
                          </>
                        )}
                        {hostName(summit)}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </WidgetFrame>
  );
}
