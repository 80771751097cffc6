import { memo } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { StatusBadge } from '../../../components/badges';
import { STATUSES } from '../../../data/vocabulary';

/**
 * Explains each status in words, so "memorandum" and "contract" are not read as the same thing.
 * Memoised: it has nothing to redraw when a filter, the sort or the search changes.
 */
export const StatusLegend = memo(function StatusLegend() {
  const { t } = useTranslation('agreements');
  return (
    <section aria-labelledby="status-legend-title" className="mt-8 rounded-lg border border-line bg-panel p-4">
      <h2 id="status-legend-title" className="text-lg font-semibold text-ink">
        {t('legend.title')}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {STATUSES.map((status) => (
          <div key={status} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-3">
            <dt className="shrink-0 sm:w-44">
              <StatusBadge status={status} t={t} />
            </dt>
            <dd className="text-sm text-ink">{t(`common:statusDescriptions.${status}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
