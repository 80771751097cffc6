import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { NavigationType, useNavigationType } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { useDataset } from '../../app/dataset-context';
import { useLanguage } from '../../app/app-settings';
import { PageHeader } from '../../components/page-title';
import { ParamNotes } from '../../components/param-notes';
import type { Summit } from '../../data/vocabulary';
import { localized } from '../../data/localize';
import { formatNumber } from '../../lib/format';
import { linkTo } from '../../lib/url-params';
import { useViewParams } from '../../lib/use-view-params';
import { chunkYears } from './lib/chunks';
import {
  agreementsBySummit,
  countsPerYear,
  filterSummits,
  groupByYear,
  hasActiveFilters,
  hostOptions,
  numberSources,
  parseSummitParams,
  sortSummits,
  warmSearchIndex,
} from './lib/timeline';
import { SummitEntry, entryHeadingId, takeOpenedMeeting } from './components/summit-entry';
import { TimelineFilters, SEARCH_INPUT_ID } from './components/timeline-filters';
import { TimelineList, yearHeadingId } from './components/timeline-list';
import { YearStrip } from './components/year-strip';
import { PrintSources } from './components/print-sources';
import { usePrinting } from './components/use-printing';
import { PrintedFrom } from './components/printed-from';

/**
 * Timelines up to this length are drawn in full (the shipped one is, and so is its page drawn at
 * build time); longer ones are drawn as they scroll into view. Drawing a meeting costs about a third
 * of a millisecond, so a filter change that leaves 150 of 5,000 would otherwise take some 50 ms.
 */
const DRAW_ALL_UP_TO = 60;
const CLEARED = { kind: undefined, host: undefined, from: undefined, to: undefined, q: undefined };

/** /summits: every leader meeting on a filterable, printable timeline grouped by year. */
export function SummitsPage() {
  const { t } = useTranslation(['summits', 'common']);
  const dataset = useDataset();
  const language = useLanguage();
  const [params, update] = useViewParams();
  const printing = usePrinting();
  const [formKey, setFormKey] = useState(0);
  const [clearing, setClearing] = useState(false);

  const hosts = useMemo(() => hostOptions(dataset), [dataset]);
  const search = params.toString();
  const { filters, order, notes } = useMemo(() => parseSummitParams(new URLSearchParams(search), hosts), [search, hosts]);
  const filterKey = JSON.stringify([filters, order]);

  // Sorted once per order; filtering keeps that order, so the sort inside groupByYear meets meetings
  // already in order (one linear pass of the engine's merge sort) rather than sorting 5,000 afresh.
  const sorted = useMemo(() => sortSummits(dataset.summits, order), [dataset.summits, order]);
  const filtered = useMemo(() => filterSummits(sorted, filters), [sorted, filters]);
  const groups = useMemo(() => groupByYear(filtered, order), [filtered, order]);
  const years = useMemo(() => chunkYears(groups), [groups]);
  const counts = useMemo(() => countsPerYear(filtered), [filtered]);
  const numbering = useMemo(() => numberSources(groups.flatMap((group) => group.summits)), [groups]);
  const agreementMap = useMemo(() => agreementsBySummit(dataset), [dataset]);
  const span = useMemo(() => {
    const all = countsPerYear(dataset.summits);
    const first = all[0];
    const last = all.at(-1);
    return first && last ? { first: first.year, last: last.year } : undefined;
  }, [dataset.summits]);

  const hostLabels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const party of dataset.meta.parties) labels.set(party.id, localized(party, 'name', language).text);
    for (const id of hosts) if (!labels.has(id)) labels.set(id, t(`common:hosts.${id}`));
    return labels;
  }, [dataset.meta.parties, hosts, language, t]);

  // Build the search index while the reader looks at the list, so the first keystroke is fast.
  useEffect(() => {
    const build = () => warmSearchIndex(dataset.summits);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(build, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(build, 200);
    return () => clearTimeout(handle);
  }, [dataset.summits]);

  useLayoutEffect(() => {
    performance.mark('bilateral:summits:list-committed', { detail: { shown: filtered.length } });
  }, [filtered]);

  // Back from a meeting opened here: focus returns to that meeting's link (the browser restores the
  // scroll position). Any other arrival leaves focus where the browser puts it.
  const navigationType = useNavigationType();
  useEffect(() => {
    const opened = takeOpenedMeeting();
    if (navigationType !== NavigationType.Pop || opened === undefined) return;
    document.getElementById(entryHeadingId(opened))?.querySelector('a')?.focus({ preventScroll: true });
  }, [navigationType]);

  // The timeline's address, for the meeting page's way back: the one on screen (typed text included).
  const timelineSearch = search ? `?${search}` : '';
  const firstId = groups[0]?.summits[0]?.id;
  const renderSummit = useCallback(
    (summit: Summit) => (
      <SummitEntry
        key={summit.id}
        summit={summit}
        language={language}
        hostLabel={hostLabels.get(summit.host) ?? summit.host}
        agreementCount={agreementMap.get(summit.id)?.length ?? 0}
        detailHref={linkTo(`/summits/${encodeURIComponent(summit.id)}`, params)}
        agreementsHref={linkTo('/agreements', params, { extra: { summit: summit.id } })}
        timelineSearch={timelineSearch}
        sourceRefs={summit.sourceIds.map((id) => numbering.numberOf.get(id) ?? 0).filter((n) => n > 0)}
        timingName={summit.id === firstId ? 'summits-first-entry' : undefined}
      />
    ),
    [language, hostLabels, agreementMap, params, timelineSearch, numbering, firstId],
  );

  const jumpToYear = useCallback((year: number) => {
    const heading = document.getElementById(yearHeadingId(year));
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }, []);

  const clearFilters = () => {
    update(CLEARED);
    setClearing(true);
  };

  const active = hasActiveFilters(filters);
  // Once the cleared URL has landed, the filter form starts afresh from it (remount).
  if (clearing && !active) {
    setClearing(false);
    setFormKey((key) => key + 1);
  }
  useEffect(() => {
    if (formKey > 0) document.getElementById(SEARCH_INPUT_ID)?.focus();
  }, [formKey]);
  const total = dataset.summits.length;
  const countText = active
    ? t('summits:count.filtered', { count: total, shown: formatNumber(filtered.length, language, 0), total: formatNumber(total, language, 0) })
    : t('summits:count.all', { count: total, total: formatNumber(total, language, 0) });
  const [first, second] = dataset.meta.parties;
  const drawAll = printing || filtered.length <= DRAW_ALL_UP_TO;

  return (
    <>
      <PageHeader
        title={t('summits:title')}
        lead={t('summits:lead', {
          a: first ? localized(first, 'name', language).text : '',
          b: second ? localized(second, 'name', language).text : '',
        })}
      />
      <ParamNotes notes={notes} />
      <TimelineFilters key={formKey} filters={filters} order={order} hosts={hosts.map((id) => ({ id, label: hostLabels.get(id) ?? id }))} span={span} onChange={update} />
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <p role="status" className="font-medium text-ink" {...{ elementtiming: 'summits-count' }}>
          {countText}
        </p>
        {active && filtered.length > 0 && (
          <button type="button" onClick={clearFilters} className="rounded-md border border-line bg-page px-3 py-1 text-sm font-medium text-ink hover:border-accent print:hidden">
            {t('summits:filters.clear')}
          </button>
        )}
      </div>
      <YearStrip counts={counts} language={language} onJump={jumpToYear} />
      {filtered.length === 0 ? (
        <div className="mt-8 rounded-lg border border-dashed border-line p-8 text-center">
          <h2 className="text-lg font-semibold text-ink">{t('summits:empty.title')}</h2>
          <p className="mt-1 text-muted">{t('summits:empty.body')}</p>
          <button type="button" onClick={clearFilters} className="mt-4 rounded-md bg-accent px-4 py-2 font-medium text-accent-ink print:hidden">
            {t('summits:filters.clear')}
          </button>
        </div>
      ) : (
        <section aria-label={t('summits:list.label')} className="mt-8">
          <TimelineList resetKey={filterKey} years={years} renderAll={drawAll} language={language} renderSummit={renderSummit} />
        </section>
      )}
      {drawAll && filtered.length > 0 && <PrintSources numbering={numbering} sources={dataset.sources} />}
      <PrintedFrom language={language} />
    </>
  );
}
