import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { functionalUpdate, useTable, type ExpandedState, type SortingState, type Updater } from '@tanstack/react-table';
import { useDataset } from '../../app/dataset-context';
import { useLanguage } from '../../app/app-settings';
import { PageHeader } from '../../components/page-title';
import { ParamNotes } from '../../components/param-notes';
import { localized } from '../../data/localize';
import type { YearRange } from '../../data/selectors';
import { fileName, saveFile } from '../../lib/download';
import { appParamsOf, withParams } from '../../lib/url-params';
import { prepareAgreements, type AgreementRow } from './lib/agreement-rows';
import type { ExportLabels } from './lib/export';
import {
  agreementColumns,
  agreementFeatures,
  columnFiltersFor,
  facetCounts,
  paginationFor,
  rowIdOf,
  sortFromState,
  sortingFor,
} from './lib/table-model';
import { CLEAR_FILTER_PARAMS, SORT_FIELDS, hasActiveFilters, parseAgreementView, sortParam } from './lib/view-params';
import { useMediaQuery } from '../../lib/use-media-query';
import { useViewParams } from '../../lib/use-view-params';
import { FiltersPanel, type ActiveChip } from './components/filters-panel';
import { AgreementCards, AgreementsTable, type DisplayRow, type SortableHeader } from './components/agreements-table';
import { ExportBar } from './components/export-bar';
import { Pagination } from './components/pagination';
import { SortSelect } from './components/sort-select';
import { StatusLegend } from './components/status-legend';

const toggle = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

export function AgreementsPage() {
  const t = useTranslation('agreements').t;
  const language = useLanguage();
  const dataset = useDataset();
  const [params, setParams] = useViewParams();
  const { value: view, notes } = useMemo(() => parseAgreementView(params), [params]);

  const prepared = useMemo(() => prepareAgreements(dataset), [dataset]);
  const columns = useMemo(
    () =>
      agreementColumns(prepared, language, {
        sector: (sector) => t(`common:sectors.${sector}`),
        status: (status) => t(`common:statuses.${status}`),
      }),
    [prepared, language, t],
  );

  // The search text and the page are drawn at once, in the task of the keystroke or click: a search
  // over 100,000 rows tests only the rows its words can match (see table-model), so a keystroke's
  // rows reach the screen in the same frame as the typed letter. The other filters and the sort
  // follow a deferred copy of their part of the address: their controls answer the click at once
  // and the table follows in a transition. Keyed by that part's text, the copy stays the same
  // object through typing, so a keystroke is not filtered a second time in a deferred redraw.
  const otherParams = useMemo(() => withParams(params, { q: undefined, page: undefined, size: undefined }).toString(), [params]);
  const deferredParams = useDeferredValue(otherParams);
  const deferredView = useMemo(() => parseAgreementView(new URLSearchParams(deferredParams)).value, [deferredParams]);
  const { sectors, statuses, from, to, summit, source } = deferredView;
  const { q, page, pageSize } = view;
  const columnFilters = useMemo(
    () => columnFiltersFor({ sectors, statuses, from, to, summit, source, q }),
    [sectors, statuses, from, to, summit, source, q],
  );
  const sorting = useMemo(() => sortingFor(deferredView.sort), [deferredView.sort]);
  const pagination = useMemo(() => paginationFor({ page, pageSize }), [page, pageSize]);
  const [expanded, setExpanded] = useState<ExpandedState>({});

  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const next = sortFromState(functionalUpdate(updater, sorting));
      setParams({ sort: sortParam(next), page: undefined });
    },
    [sorting, setParams],
  );

  const table = useTable({
    features: agreementFeatures,
    columns,
    data: prepared.rows,
    getRowId: rowIdOf,
    getRowCanExpand: () => true,
    state: { columnFilters, sorting, pagination, expanded },
    onColumnFiltersChange: () => undefined, // filters are written to the URL by the controls
    onSortingChange,
    onPaginationChange: () => undefined, // pages are links/buttons that write the URL
    onExpandedChange: setExpanded,
    autoResetPageIndex: false,
    autoResetExpanded: false,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });

  const filteredRows = table.getPrePaginatedRowModel().rows;
  const matched = filteredRows.length;
  const pageCount = Math.max(1, Math.ceil(matched / view.pageSize));
  useEffect(() => {
    if (view.page > pageCount) setParams({ page: pageCount > 1 ? pageCount : undefined });
  }, [view.page, pageCount, setParams]);

  const facets = facetCounts(
    table.getColumn('sector')?.getFacetedUniqueValues() ?? new Map(),
    table.getColumn('status')?.getFacetedUniqueValues() ?? new Map(),
  );

  // A page drawn at build time shows the table; on a phone it then becomes cards. Deferred, so that
  // redraw runs as a transition, in short slices, instead of one long task just after the page loads.
  const wide = useDeferredValue(useMediaQuery('(min-width: 768px)', true));
  // Kept the same between renders unless the page of rows or their expansion changes, so the
  // memoised table is not redrawn for a keystroke. Expansion is read from the state itself (as
  // row.getIsExpanded() does) so that the memo visibly depends on it.
  const pageRows = table.getRowModel().rows;
  const displayRows: DisplayRow[] = useMemo(
    () =>
      pageRows.map((row) => ({
        row: row.original,
        expanded: expanded === true || (typeof expanded === 'object' && Boolean(expanded[row.id])),
      })),
    [pageRows, expanded],
  );
  // useTable hands back a new table object on every render; the headers reach it through a ref so
  // they, too, stay the same until the sort changes.
  const latestTable = useRef(table);
  useLayoutEffect(() => {
    latestTable.current = table;
  });
  const toggleRow = useCallback((row: AgreementRow) => latestTable.current.getRow(rowIdOf(row)).toggleExpanded(), []);
  // Links from the rows keep only the app-wide parameters; keyed by their text, so the rows get a new
  // value only when one of those changes, not with every filter.
  const appQuery = appParamsOf(params).toString();
  const appParams = useMemo(() => new URLSearchParams(appQuery), [appQuery]);
  const headers: SortableHeader[] = useMemo(
    () =>
      SORT_FIELDS.map((field) => {
        const current = sorting.find((entry) => entry.id === field);
        return {
          field,
          sorted: current ? (current.desc ? 'desc' : 'asc') : false,
          onToggle: () => latestTable.current.getColumn(field)?.toggleSorting(undefined, false),
        };
      }),
    [sorting],
  );

  const span = useMemo(() => {
    if (prepared.rows.length === 0) return undefined;
    let first = Infinity;
    let last = -Infinity;
    for (const row of prepared.rows) {
      if (row.year < first) first = row.year;
      if (row.year > last) last = row.year;
    }
    return { first, last };
  }, [prepared]);

  const chips: ActiveChip[] = [];
  if (view.summit) {
    const meeting = prepared.summitsById.get(view.summit);
    const label = t('filters.meeting', { title: meeting ? localized(meeting, 'title', language).text : view.summit });
    chips.push({ key: 'summit', label, onRemove: () => setParams({ summit: undefined, page: undefined }) });
  }
  if (view.source) {
    const cited = prepared.sourcesById.get(view.source);
    const label = t('filters.source', { title: cited ? cited.title : view.source });
    chips.push({ key: 'source', label, onRemove: () => setParams({ source: undefined, page: undefined }) });
  }
  const filtersActive = hasActiveFilters(view);
  const clearFilters = () => setParams({ ...CLEAR_FILTER_PARAMS });

  const exportRows = () => filteredRows.map((row) => row.original);
  const exportStem = ['agreements', view.from, view.to].filter((part) => part !== undefined);
  // The export code (and the CSV writer) is fetched on the first click; the rows are taken at the
  // click, so the file holds the view the reader asked for.
  const downloadCsv = async () => {
    const rows = exportRows();
    const { agreementsCsv } = await import('./lib/export');
    const labels: ExportLabels = {
      header: (column) => t(`csv.${column}`),
      sector: (sector) => t(`common:sectors.${sector}`),
      status: (status) => t(`common:statuses.${status}`),
      confidence: (confidence) => t(`common:confidence.${confidence}`),
    };
    saveFile(agreementsCsv(rows, language, labels), fileName(exportStem, 'csv'), 'text/csv;charset=utf-8');
  };
  const downloadJson = async () => {
    const rows = exportRows();
    const view = Object.fromEntries(params.entries());
    const { agreementsJson } = await import('./lib/export');
    saveFile(agreementsJson(rows, language, view), fileName(exportStem, 'json'), 'application/json');
  };

  const first = matched === 0 ? 0 : (Math.min(view.page, pageCount) - 1) * view.pageSize + 1;
  const last = Math.min(matched, first + view.pageSize - 1);
  const sortedHeader = headers.find((header) => header.sorted);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <ParamNotes notes={notes} />
      <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <FiltersPanel
          filters={view}
          onQueryChange={(next) => setParams({ q: next, page: undefined }, { typing: true })}
          span={span}
          onRangeChange={(range: YearRange) => setParams({ from: range.from, to: range.to, page: undefined })}
          facets={facets}
          onToggleSector={(sector) => setParams({ sector: toggle(view.sectors, sector), page: undefined })}
          onToggleStatus={(status) => setParams({ status: toggle(view.statuses, status), page: undefined })}
          chips={chips}
          canClear={filtersActive}
          onClear={clearFilters}
        />
        <section aria-labelledby="agreements-results" className="min-w-0">
          <h2 id="agreements-results" className="sr-only">
            {t('title')}
          </h2>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="font-medium text-ink">
              {t('count', { shown: matched, count: prepared.rows.length })}
            </p>
            <ExportBar onCsv={downloadCsv} onJson={downloadJson} disabled={matched === 0} />
          </div>
          {matched === 0 ? (
            <div className="rounded-lg border border-line bg-panel p-6 text-center">
              <p className="text-ink">{t('empty')}</p>
              {filtersActive && (
                <button type="button" onClick={clearFilters} className="mt-3 rounded-md bg-accent px-4 py-2 font-medium text-accent-ink">
                  {t('filters.clear')}
                </button>
              )}
            </div>
          ) : wide ? (
            <AgreementsTable
              headers={headers}
              rows={displayRows}
              onToggle={toggleRow}
              appParams={appParams}
              caption={t('tableCaption', {
                column: t(`columns.${sortedHeader?.field ?? 'date'}`),
                direction: t(`directions.${sortedHeader?.sorted || 'desc'}`),
              })}
            />
          ) : (
            <>
              <SortSelect sort={view.sort} onSort={(sort) => setParams({ sort: sortParam(sort), page: undefined })} />
              <AgreementCards rows={displayRows} onToggle={toggleRow} appParams={appParams} />
            </>
          )}
          {matched > 0 && (
            <Pagination
              page={Math.min(view.page, pageCount)}
              pageCount={pageCount}
              pageSize={view.pageSize}
              first={first}
              last={last}
              onPage={(page) => setParams({ page: page > 1 ? page : undefined }, { push: true })}
              onPageSize={(size) => setParams({ size, page: undefined })}
            />
          )}
        </section>
      </div>
      <StatusLegend />
    </>
  );
}
