import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { Summit } from '../../../data/vocabulary';
import { chunkSlots, chunksInBand, initialChunkKeys, type ChunkedYear, type TimelineChunk } from '../lib/chunks';
import { formatNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import { useClientValue } from '../../../lib/use-client-value';
import { memoize } from '../../../lib/memoize';

/**
 * Meetings drawn with each new list. The list starts below the filters and the year strip (below
 * the fold at 1280×900), so more would only slow every filter change; the chunks near the screen
 * are drawn as soon as the list is on screen.
 */
const INITIAL_BUDGET = 5;

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

const NONE: ReadonlySet<string> = new Set();

/**
 * The timeline: a section with an <h2> per year and an ordered list of its meetings. Every year
 * heading is always present; meetings of long timelines are drawn chunk by chunk as they come
 * near the screen (placeholders of about the right height keep the scrollbar honest).
 */
export function TimelineList({ years, resetKey, renderAll, language, renderSummit }: Props) {
  const { t } = useTranslation('summits');
  // The first chunks follow from the list itself; the ones drawn on scrolling are remembered with
  // the filters they were drawn under, so new filters start from the top again without a second render.
  const initial = useMemo(() => initialChunkKeys(years, INITIAL_BUDGET), [years]);
  const [scrolled, setScrolled] = useState<{ resetKey: string; keys: ReadonlySet<string> }>({ resetKey, keys: NONE });
  const currentResetKey = useRef(resetKey);
  useLayoutEffect(() => {
    currentResetKey.current = resetKey;
  }, [resetKey]);
  const drawnOnScroll = scrolled.resetKey === resetKey ? scrolled.keys : NONE;
  const observer = useRef<IntersectionObserver | null>(null);
  // A page drawn at build time assumes chunks can be drawn as they come near the screen, as every current browser can.
  const canObserve = useClientValue(() => typeof IntersectionObserver !== 'undefined', true);
  const drawAll = renderAll || !canObserve;
  const isDrawn = (key: string) => drawAll || initial.has(key) || drawnOnScroll.has(key);
  const yearCount = useMemo(
    () => memoize((count: number) => t('list.yearCount', { count, n: formatNumber(count, language, 0) }), (count) => count),
    [t, language],
  );

  const observe = useCallback((element: HTMLLIElement | null) => {
    if (!element) return;
    observer.current ??= new IntersectionObserver(
      (entries) => {
        const keys = entries
          .filter((entry) => entry.isIntersecting)
          .flatMap((entry) => chunksInBand((entry.target as HTMLElement).dataset.chunks?.split(' ') ?? [], entry.boundingClientRect, entry.intersectionRect));
        if (keys.length === 0) return;
        setScrolled((previous) => {
          const resetKey = currentResetKey.current;
          const next = new Set(previous.resetKey === resetKey ? previous.keys : NONE);
          for (const key of keys) next.add(key);
          return { resetKey, keys: next };
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
            <p className="text-sm text-muted">{yearCount(count)}</p>
          </div>
          <ol className="mt-4 ml-2 border-l-2 border-line print:ml-0 print:border-l-0">
            {chunkSlots(chunks, isDrawn).map((slot) =>
              slot.kind === 'drawn' ? (
                <Chunk key={slot.chunk.key} chunk={slot.chunk} renderSummit={renderSummit} />
              ) : (
                // Keyed by its first and last chunk: a placeholder that shrinks is a new element, which
                // the observer reports at once if it is still near the screen (an element already
                // near it would not be reported again while the reader scrolls through it).
                <li
                  key={`${slot.keys[0]}…${slot.keys.at(-1)}`}
                  ref={observe}
                  aria-hidden="true"
                  data-chunks={slot.keys.join(' ')}
                  className="list-none"
                  style={{ height: `calc(var(--entry-estimate) * ${slot.size})` }}
                />
              ),
            )}
          </ol>
        </section>
      ))}
    </div>
  );
}
