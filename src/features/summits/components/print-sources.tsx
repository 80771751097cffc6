import { useTranslation } from '../../../lib/use-translation';
import type { Source } from '../../../data/vocabulary';
import { apaSourceCitation } from '../lib/citation';
import type { SourceNumbering } from '../lib/timeline';

/** The numbered reference list at the end of the printed timeline; entries cite it as [1], [2] … */
export function PrintSources({ numbering, sources }: { numbering: SourceNumbering; sources: readonly Source[] }) {
  const { t } = useTranslation('summits');
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (
    <section aria-labelledby="print-sources-title" className="mt-10 hidden break-before-auto print:block">
      <h2 id="print-sources-title" className="text-xl font-bold text-ink">
        {t('print.sources')}
      </h2>
      <ol className="mt-3 space-y-1 text-sm">
        {numbering.order.map((id, index) => {
          const source = byId.get(id);
          return (
            <li key={id} className="flex gap-2 break-inside-avoid">
              <span className="shrink-0 tabular-nums">[{index + 1}]</span>
              <span className="[overflow-wrap:anywhere]">
                {source ? apaSourceCitation(source) : id}
                {source && !source.url && <span className="text-muted"> ({t('print.noUrl')})</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
