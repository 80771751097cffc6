import { useMemo } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { YearCount } from '../lib/timeline';
import { formatNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import { memoize } from '../../../lib/memoize';

/**
 * Meetings per year as a compact bar strip. Each year with meetings is a button that jumps to its
 * heading in the list; empty years stay in the strip (as gaps) so dense and quiet periods show.
 */
export function YearStrip({ counts, language, onJump }: { counts: YearCount[]; language: Language; onJump: (year: number) => void }) {
  const { t } = useTranslation('summits');
  const labelOf = useMemo(
    () =>
      memoize(
        (year: number, count: number) => t('strip.item', { year, count, n: formatNumber(count, language, 0) }),
        (year, count) => `${year}:${count}`,
      ),
    [t, language],
  );
  if (counts.length === 0) return null;
  const max = Math.max(...counts.map((row) => row.count));
  return (
    <nav aria-labelledby="year-strip-title" className="mt-6 print:hidden">
      <h2 id="year-strip-title" className="text-sm font-semibold text-ink">
        {t('strip.label')}
      </h2>
      <p className="text-sm text-muted">{t('strip.hint')}</p>
      <ol className="mt-2 flex flex-wrap gap-1">
        {counts.map(({ year, count }) => {
          const label = labelOf(year, count);
          const bar = (
            <span aria-hidden="true" className="flex h-8 w-full items-end justify-center">
              <span
                className={`w-3 rounded-t-sm ${count > 0 ? 'bg-accent' : 'bg-line'}`}
                style={{ height: count > 0 ? `${Math.max(12, Math.round((count / max) * 100))}%` : '2px' }}
              />
            </span>
          );
          return (
            <li key={year}>
              {count > 0 ? (
                <button
                  type="button"
                  aria-label={label}
                  title={label}
                  onClick={() => onJump(year)}
                  className="flex w-12 flex-col items-center rounded-md border border-line bg-panel px-1 pt-1 pb-0.5 text-ink hover:border-accent"
                >
                  {bar}
                  <span className="text-xs tabular-nums">{year}</span>
                  <span className="text-[0.7rem] leading-tight text-muted tabular-nums">{formatNumber(count, language, 0)}</span>
                </button>
              ) : (
                <span className="flex w-12 flex-col items-center rounded-md border border-dashed border-line px-1 pt-1 pb-0.5 text-muted">
                  {bar}
                  <span className="text-xs tabular-nums" aria-hidden="true">{year}</span>
                  <span className="text-[0.7rem] leading-tight tabular-nums" aria-hidden="true">0</span>
                  <span className="sr-only">{label}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
