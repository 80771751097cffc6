import {
  columnFacetingFeature,
  columnFilteringFeature,
  constructTable,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnFiltersState,
  type FilterFn,
  type PaginationState,
  type Row,
  type SortFn,
  type SortingState,
} from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { SECTORS, STATUSES, type AgreementStatus, type Sector } from '../../../data/vocabulary';
import { localized } from '../../../data/localize';
import type { Language } from '../../../lib/i18n';
import { matchesAllTokens, searchTokens } from '../../../lib/search-text';
import type { AgreementRow, PreparedAgreements } from './agreement-rows';
import { DEFAULT_SORT, SORT_FIELDS, type AgreementFilters, type AgreementView, type SortField } from './view-params';

/** What faceting reads from the table (typed here: the feature slot takes any table). */
interface FacetedTable {
  getFilteredRowModel(): unknown;
  getPreFilteredRowModel(): { flatRows: { columnFilters?: Record<string, boolean>; getValue(columnId: string): unknown }[] };
  atoms: { columnFilters?: { get(): { id: string }[] } };
}

/**
 * TanStack's faceting, counted from the results its filtered row model already leaves on every row
 * (`row.columnFilters`: which column filters the row passed). The stock factory first builds a
 * second filtered row model per faceted column, two more passes that allocate for every one of
 * 100,000 rows on each keystroke; the counts are the same (a unit test checks them against plain counts).
 */
function countFacetValues() {
  return (table: FacetedTable, columnId: string) => {
    let last: { filtered: unknown; counts: Map<unknown, number> } | undefined;
    return () => {
      // Also runs the filters, so every row's results are current.
      const filtered = table.getFilteredRowModel();
      if (last && last.filtered === filtered) return last.counts;
      const others = (table.atoms.columnFilters?.get() ?? []).map((filter) => filter.id).filter((id) => id !== columnId);
      const counts = new Map<unknown, number>();
      const rows = table.getPreFilteredRowModel().flatRows;
      rows: for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        for (let j = 0; j < others.length; j++) if (row.columnFilters?.[others[j]!] === false) continue rows;
        const value = row.getValue(columnId);
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      last = { filtered, counts };
      return counts;
    };
  };
}

/**
 * The agreements table model: TanStack Table's filtering, faceting, sorting and paging, driven by
 * state that comes from the URL. The React view (useTable) and the pure `createAgreementModel`
 * (tests, benchmark) share these features and columns, so what is measured is what is shown.
 */
export const agreementFeatures = tableFeatures({
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnFacetingFeature,
  facetedUniqueValues: countFacetValues(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowExpandingFeature,
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});
export type AgreementFeatures = typeof agreementFeatures;
export type AgreementTableRow = Row<AgreementFeatures, AgreementRow>;

type RowFilter = FilterFn<AgreementFeatures, AgreementRow>;
type RowSort = SortFn<AgreementFeatures, AgreementRow>;

const isEmptyList = (value: unknown) => !Array.isArray(value) || value.length === 0;

/** Every word of the query occurs in the row's normalised text; the query is tokenised once per change. */
const matchesWords: RowFilter = Object.assign(
  (row: AgreementTableRow, _columnId: string, tokens: string[]) => matchesAllTokens(row.original.search, tokens),
  {
    resolveFilterValue: (query: unknown) => searchTokens(typeof query === 'string' ? query : ''),
    autoRemove: (query: unknown) => typeof query !== 'string' || searchTokens(query).length === 0,
  },
);

const inList: RowFilter = Object.assign(
  (row: AgreementTableRow, columnId: string, list: readonly string[]) => list.includes(row.getValue<string>(columnId)),
  { autoRemove: isEmptyList },
);

interface YearBounds {
  from?: number | undefined;
  to?: number | undefined;
}
const inYears: RowFilter = Object.assign(
  (row: AgreementTableRow, _columnId: string, range: YearBounds) =>
    (range.from === undefined || row.original.year >= range.from) && (range.to === undefined || row.original.year <= range.to),
  { autoRemove: (range: YearBounds | undefined) => range?.from === undefined && range?.to === undefined },
);

const atSummit: RowFilter = Object.assign(
  (row: AgreementTableRow, _columnId: string, summitId: string) => row.original.agreement.summitId === summitId,
  { autoRemove: (value: unknown) => !value },
);

const citesSource: RowFilter = Object.assign(
  (row: AgreementTableRow, _columnId: string, sourceId: string) => row.original.agreement.sourceIds.includes(sourceId),
  { autoRemove: (value: unknown) => !value },
);

const compareValues: RowSort = (a, b, columnId) => {
  const x = a.getValue<string | number>(columnId);
  const y = b.getValue<string | number>(columnId);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Sorts by a precomputed rank (collation order of the localized text), so a comparison is one subtraction. */
function byRank(rankOf: (row: AgreementRow) => number): RowSort {
  return (a, b) => rankOf(a.original) - rankOf(b.original);
}

/** Ranks of the rows' localized titles in the language's collation order, computed on first use. */
function titleRanker(prepared: PreparedAgreements, language: Language): (row: AgreementRow) => number {
  let ranks: Int32Array | undefined;
  return (row) => {
    if (!ranks) {
      const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
      const titles = prepared.rows.map((item) => localized(item.agreement, 'title', language).text);
      const order = prepared.rows.map((item) => item.index).sort((x, y) => collator.compare(titles[x]!, titles[y]!));
      ranks = new Int32Array(order.length);
      order.forEach((rowIndex, rank) => {
        ranks![rowIndex] = rank;
      });
    }
    return ranks[row.index] ?? 0;
  };
}

function labelRanks<T extends string>(values: readonly T[], label: (value: T) => string, language: Language): Record<T, number> {
  const collator = new Intl.Collator(language);
  const ordered = [...values].sort((x, y) => collator.compare(label(x), label(y)));
  return Object.fromEntries(ordered.map((value, index) => [value, index])) as Record<T, number>;
}

export interface ColumnLabels {
  sector: (sector: Sector) => string;
  status: (status: AgreementStatus) => string;
}

const helper = createColumnHelper<AgreementFeatures, AgreementRow>();

/** Column definitions for one dataset and language (titles and labels sort in the reader's language). */
export function agreementColumns(prepared: PreparedAgreements, language: Language, labels: ColumnLabels) {
  const sectorRanks = labelRanks(SECTORS, labels.sector, language);
  const statusRanks = labelRanks(STATUSES, labels.status, language);
  return helper.columns([
    helper.accessor((row) => row.date, { id: 'date', sortFn: byRank((row) => row.dateRank), filterFn: inYears, sortDescFirst: true }),
    helper.accessor((row) => localized(row.agreement, 'title', language).text, {
      id: 'title',
      sortFn: byRank(titleRanker(prepared, language)),
      enableColumnFilter: false,
    }),
    helper.accessor((row) => row.sector, { id: 'sector', sortFn: byRank((row) => sectorRanks[row.sector]), filterFn: inList }),
    helper.accessor((row) => row.status, { id: 'status', sortFn: byRank((row) => statusRanks[row.status]), filterFn: inList }),
    helper.accessor((row) => row.summit?.start, { id: 'meeting', sortFn: compareValues, sortUndefined: 'last', filterFn: atSummit }),
    helper.accessor((row) => row.sources.length, { id: 'sources', sortFn: compareValues, filterFn: citesSource, sortDescFirst: true }),
    helper.accessor((row) => row.search, { id: 'search', enableSorting: false, filterFn: matchesWords }),
  ]);
}

/** The URL's filters as TanStack column filters (empty ones left out). */
export function columnFiltersFor(filters: AgreementFilters): ColumnFiltersState {
  const state: ColumnFiltersState = [];
  if (filters.q.trim()) state.push({ id: 'search', value: filters.q });
  if (filters.sectors.length) state.push({ id: 'sector', value: filters.sectors });
  if (filters.statuses.length) state.push({ id: 'status', value: filters.statuses });
  if (filters.from !== undefined || filters.to !== undefined) state.push({ id: 'date', value: { from: filters.from, to: filters.to } });
  if (filters.summit) state.push({ id: 'meeting', value: filters.summit });
  if (filters.source) state.push({ id: 'sources', value: filters.source });
  return state;
}

export const sortingFor = (sort: AgreementView['sort']): SortingState => [{ id: sort.field, desc: sort.direction === 'desc' }];

export function sortFromState(sorting: SortingState): AgreementView['sort'] {
  const first = sorting[0];
  if (!first || !(SORT_FIELDS as readonly string[]).includes(first.id)) return DEFAULT_SORT;
  return { field: first.id as SortField, direction: first.desc ? 'desc' : 'asc' };
}

export const paginationFor = (view: Pick<AgreementView, 'page' | 'pageSize'>): PaginationState => ({
  pageIndex: view.page - 1,
  pageSize: view.pageSize,
});

export type FacetCounts = { sector: Record<Sector, number>; status: Record<AgreementStatus, number> };

/** Per-value counts under the other active filters, every value present (zero when none match). */
export function facetCounts(sector: Map<unknown, number>, status: Map<unknown, number>): FacetCounts {
  return {
    sector: Object.fromEntries(SECTORS.map((value) => [value, sector.get(value) ?? 0])) as Record<Sector, number>,
    status: Object.fromEntries(STATUSES.map((value) => [value, status.get(value) ?? 0])) as Record<AgreementStatus, number>,
  };
}

export interface AgreementModelResult {
  /** Every row that passes the filters, in sorted order (what the exports contain). */
  rows: AgreementRow[];
  /** The rows of the current page. */
  pageRows: AgreementRow[];
  total: number;
  pageCount: number;
  /** The page actually shown (clamped to the last page). */
  page: number;
  facets: FacetCounts;
}

/**
 * Row ids are the prepared positions as text ("0", "1", …): integer-like keys let the engine's
 * per-model id maps use fast array storage, which measurably cuts filtering time at 100,000 rows.
 */
export const rowIdOf = (row: AgreementRow): string => String(row.index);

const defaultLabels: ColumnLabels = { sector: (sector) => sector, status: (status) => status };

/**
 * A reusable, framework-free run of the table model: construct once per dataset, then call with each
 * view. Used by unit tests and by the benchmark to time exactly the filtering the page does.
 */
export function createAgreementModel(prepared: PreparedAgreements, language: Language = 'en', labels: ColumnLabels = defaultLabels) {
  const table = constructTable({
    // useTable adds React's reactivity binding itself; outside React the store binding does the same job.
    features: { ...agreementFeatures, coreReactivityFeature: storeReactivityBindings() } as AgreementFeatures,
    columns: agreementColumns(prepared, language, labels),
    data: prepared.rows,
    getRowId: rowIdOf,
    autoResetPageIndex: false,
    enableSortingRemoval: false,
  });
  return (view: AgreementView): AgreementModelResult => {
    table.setColumnFilters(columnFiltersFor(view));
    table.setSorting(sortingFor(view.sort));
    const pageCount = Math.max(1, Math.ceil(table.getPrePaginatedRowModel().rows.length / view.pageSize));
    const page = Math.min(view.page, pageCount);
    table.setPagination(paginationFor({ page, pageSize: view.pageSize }));
    const sorted = table.getPrePaginatedRowModel().rows;
    return {
      rows: sorted.map((row) => row.original),
      pageRows: table.getRowModel().rows.map((row) => row.original),
      total: prepared.rows.length,
      pageCount,
      page,
      facets: facetCounts(
        table.getColumn('sector')?.getFacetedUniqueValues() ?? new Map(),
        table.getColumn('status')?.getFacetedUniqueValues() ?? new Map(),
      ),
    };
  };
}
