import { memo, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Summit } from '../../../data/vocabulary';
import { initialChunkKeys, type ChunkedYear, type TimelineChunk } from '../lib/chunks';
import { formatNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import { useClientValue } from '../../../lib/use-client-value';

/** Meetings drawn before the first scroll: enough to fill a tall screen, few enough to redraw quickly on each filter change. */
const INITIAL_BUDGET = 12;

export const yearHeadingId = (year: number) => `year-${year}`;

interface Props {
  years: ChunkedYear[];
  /** Changes when the filters change: the drawn chunks start again from the top. */
  resetKey: string;
  /** Draw every meeting (short lists, printing, browsers without IntersectionObserver). */
  renderAll: boolean;
  language: Language;
  renderSummit: (summit: Summit) => ReactNode;
}

const Chunk = memo(function Chunk({ chunk, renderSummit }: { chunk: TimelineChunk; renderSummit: (summit: Summit) => ReactNode }) {
  return <>{chunk.summits.map(renderSummit)}</>;
});

/**
 * The timeline: a section with an <h2> per year and an ordered list of its meetings. Every year
 * heading is always present; meetings of long timelines are drawn chunk by chunk as they come
 * near the screen (placeholders of about the right height keep the scrollbar honest).
 */
export function TimelineList({ years, resetKey, renderAll, language, renderSummit }: Props) {
  const { t } = useTranslation('summits');
  const [drawn, setDrawn] = useState(() => ({ resetKey, keys: initialChunkKeys(years, INITIAL_BUDGET) }));
  // New filters: start from the top again, but keep the DOM of years that stay (no remount).
  if (drawn.resetKey !== resetKey) setDrawn({ resetKey, keys: initialChunkKeys(years, INITIAL_BUDGET) });
  const shown = drawn.keys;
  const observer = useRef<IntersectionObserver | null>(null);
  // A page drawn at build time assumes chunks can be drawn as they come near the screen, as every current browser can.
  const canObserve = useClientValue(() => typeof IntersectionObserver !== 'undefined', true);
  const drawAll = renderAll || !canObserve;

  const observe = useCallback((element: HTMLLIElement | null) => {
    if (!element) return;
    observer.current ??= new IntersectionObserver(
      (entries) => {
        const keys = entries.filter((entry) => entry.isIntersecting).map((entry) => (entry.target as HTMLElement).dataset.chunk ?? '');
        if (keys.length === 0) return;
        setDrawn((previous) => {
          const next = new Set(previous.keys);
          for (const key of keys) next.add(key);
          return { resetKey: previous.resetKey, keys: next };
        });
      },
      { rootMargin: '1000px 0px' },
    );
    const current = observer.current;
    current.observe(element);
    return () => current.unobserve(element);
  }, []);

  useEffect(() => () => observer.current?.disconnect(), []);

  return (
    <div className="[--entry-estimate:11rem] sm:[--entry-estimate:8.5rem]">
      {years.map(({ year, count, chunks }) => (
        <section key={year} aria-labelledby={yearHeadingId(year)} className="mt-8 first:mt-0 print:mt-5">
          <div className="flex items-baseline gap-3 break-after-avoid border-b border-line pb-1">
            <h2 id={yearHeadingId(year)} tabIndex={-1} className="scroll-mt-4 text-2xl font-bold text-ink">
              {year}
            </h2>
            <p className="text-sm text-muted">{t('list.yearCount', { count, n: formatNumber(count, language, 0) })}</p>
          </div>
          <ol className="mt-4 ml-2 border-l-2 border-line print:ml-0 print:border-l-0">
            {chunks.map((chunk) =>
              drawAll || shown.has(chunk.key) ? (
                <Chunk key={chunk.key} chunk={chunk} renderSummit={renderSummit} />
              ) : (
                <li
                  key={chunk.key}
                  ref={observe}
                  aria-hidden="true"
                  data-chunk={chunk.key}
                  className="list-none"
                  style={{ height: `calc(var(--entry-estimate) * ${chunk.summits.length})` }}
                />
              ),
            )}
          </ol>
        </section>
      ))}
    </div>
  );
}
