import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { useDataset } from '../../app/dataset-context';
import { PageHeader } from '../../components/page-title';
import { ParamNotes } from '../../components/param-notes';
import { sourcesById as indexSources } from '../../data/selectors';
import { parseText } from '../../lib/url-params';
import { useViewParams } from '../../lib/use-view-params';
import { filterSources, sourceRows } from './lib/citations';
import { claimGroups } from './lib/claims';
import { SourceCard, sourceAnchor } from './components/source-card';
import { ClaimsSection } from './components/claims-section';

/** Sources shown at first; the rest on request, so the page stays light (200 sources make thousands of nodes). */
const FIRST_BATCH = 20;

export function SourcesPage() {
  const { t } = useTranslation('sources');
  const dataset = useDataset();
  const id = useId();
  const [params, setParams] = useViewParams();
  const { value: query, notes } = parseText(params, 'q');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(FIRST_BATCH);
  // "Show all" disappears once used: focus moves to the first source it brought, not to the page.
  const firstShownByButton = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = firstShownByButton.current;
    if (id === undefined) return;
    firstShownByButton.current = undefined;
    document.getElementById(sourceAnchor(id))?.querySelector('a')?.focus();
  }, [limit]);
  const { hash } = useLocation();

  const rows = useMemo(() => sourceRows(dataset), [dataset]);
  const shown = useMemo(() => filterSources(rows, query), [rows, query]);
  const groups = useMemo(() => claimGroups(dataset, query), [dataset, query]);
  const byId = useMemo(() => indexSources(dataset), [dataset]);

  // A link to one source (#source-<id>, e.g. from a claim) shows enough of the list to reach it.
  const targetIndex = hash.startsWith('#source-') ? shown.findIndex((row) => `#source-${row.source.id}` === hash) : -1;
  const visible = shown.slice(0, Math.max(limit, targetIndex + 1));
  useEffect(() => {
    if (targetIndex >= 0) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, targetIndex]);

  const setSourceOpen = (sourceId: string, next: boolean) =>
    setOpen((current) => {
      const copy = new Set(current);
      if (next) copy.add(sourceId);
      else copy.delete(sourceId);
      return copy;
    });

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <ParamNotes notes={notes} />
      <form role="search" aria-label={t('search')} onSubmit={(event) => event.preventDefault()} className="no-print mb-4 max-w-xl">
        <label htmlFor={`${id}-q`} className="block font-semibold text-ink">
          {t('search')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          maxLength={200}
          onChange={(event) => setParams({ q: event.target.value }, { typing: true })}
          aria-describedby={`${id}-q-hint`}
          autoComplete="off"
          className="mt-1 w-full rounded-md border border-line bg-page px-3 py-2 text-ink"
        />
        <p id={`${id}-q-hint`} className="mt-1 text-xs text-muted">
          {t('searchHint')}
        </p>
      </form>
      <section aria-labelledby="sources-list-title">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="sources-list-title" className="text-xl font-semibold text-ink">
            {t('listTitle')}
          </h2>
          <p role="status" className="text-ink">
            {t('count', { shown: shown.length, count: rows.length })}
          </p>
        </div>
        {shown.length === 0 ? (
          <div className="rounded-lg border border-line bg-panel p-6 text-center">
            <p className="text-ink">{t('empty')}</p>
            <button type="button" onClick={() => setParams({ q: undefined })} className="mt-3 rounded-md bg-accent px-4 py-2 font-medium text-accent-ink">
              {t('clear')}
            </button>
          </div>
        ) : (
          <ul className="grid gap-3 lg:grid-cols-2">
            {visible.map((row) => (
              <li key={row.source.id}>
                <SourceCard
                  row={row}
                  dataset={dataset}
                  open={open.has(row.source.id)}
                  onOpenChange={(next) => setSourceOpen(row.source.id, next)}
                />
              </li>
            ))}
          </ul>
        )}
        {visible.length < shown.length && (
          <button
            type="button"
            onClick={() => {
              firstShownByButton.current = shown[visible.length]?.source.id;
              setLimit(shown.length);
            }}
            className="mt-4 rounded-md border border-line bg-panel px-4 py-2 font-medium text-ink hover:bg-page"
          >
            {t('showAll', { count: shown.length })}
          </button>
        )}
      </section>
      <ClaimsSection groups={groups} dataset={dataset} sourcesById={byId} />
    </>
  );
}
