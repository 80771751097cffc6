import {
  columnFacetingFeature,
  columnFilteringFeature,
  constructTable,
  createColumnHelper,
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
  type RowData,
  type RowModel,
  type SortFn,
  type Table,
  type TableFeatures,
  type SortingState,
  tableMemo,
} from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { SECTORS, STATUSES, type AgreementStatus, type Sector } from '../../../data/vocabulary';
import { localized } from '../../../data/localize';
import type { Language } from '../../../lib/i18n';
import { createTextMatcher, searchTokens } from '../../../lib/search-text';
import type { AgreementRow, PreparedAgreements } from './agreement-rows';
import { DEFAULT_SORT, SORT_FIELDS, type AgreementFilters, type AgreementView, type SortField } from './view-params';

/** A row as filtering sees it: which column filters it passed. */
interface FlatRow {
  columnFilters?: Record<string, boolean>;
}
interface ResolvedFilter {
  id: string;
  filterFn: (row: never, columnId: string, value: unknown, addMeta: (meta: unknown) => void) => boolean;
  value: unknown;
}
/** What filtering reads from the table (typed here: the feature slot takes any table). */
interface FilteringTable {
  getPreFilteredRowModel(): { rows: FlatRow[]; flatRows: FlatRow[]; rowsById: Record<string, FlatRow> };
  getColumn(id: string): { getFilterFn(): (ResolvedFilter['filterFn'] & { resolveFilterValue?: (value: unknown) => unknown }) | undefined } | undefined;
  atoms: { columnFilters?: { get(): { id: string; value: unknown }[] } };
}

const ignoreMeta = () => undefined;

/**
 * TanStack's filtered row model for flat rows, without its allocations: the stock factory gives
 * each of 100,000 rows two fresh dictionaries and a closure per filter on every keystroke, and
 * collecting that garbage took most of the time. Here each row keeps one \`columnFilters\` record
 * (which column filters it passed, read by faceting), updated in place. Only the entries of the
 * filters now set are current, and only those are read (here, by faceting, as by TanStack's own).
 * The filter functions, their resolved values and the state are TanStack's.
 */
function createFlatFilteredRowModel<TFeatures extends TableFeatures, TData extends RowData>() {
  return (anyTable: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    // Typed structurally: what this model reads and writes of the table and its rows.
    const table = anyTable as unknown as FilteringTable;
    const modelsWithRecords = new WeakSet<object>();
    const filteredRowModel = tableMemo({
      feature: 'columnFilteringFeature',
      table: anyTable,
      fnName: 'table.getFilteredRowModel',
      memoDeps: () => [table.getPreFilteredRowModel(), table.atoms.columnFilters?.get()],
      fn: () => {
        const model = table.getPreFilteredRowModel();
        const filters: ResolvedFilter[] = [];
        for (const { id, value } of table.atoms.columnFilters?.get() ?? []) {
          const filterFn = table.getColumn(id)?.getFilterFn();
          if (filterFn) filters.push({ id, filterFn, value: filterFn.resolveFilterValue?.(value) ?? value });
        }
        if (filters.length === 0) return model;
        const flatRows = model.flatRows;
        if (!modelsWithRecords.has(model)) {
          // Plain objects in place of the dictionaries rows are built with: the engine stores into
          // an object that keeps its keys several times faster.
          modelsWithRecords.add(model);
          for (let i = 0; i < flatRows.length; i++) flatRows[i]!.columnFilters = {};
        }
        const rows: FlatRow[] = [];
        for (let i = 0; i < flatRows.length; i++) {
          const row = flatRows[i]!;
          const results = row.columnFilters!;
          let passed = true;
          for (let j = 0; j < filters.length; j++) {
            const filter = filters[j]!;
            const result = filter.filterFn(row as never, filter.id, filter.value, ignoreMeta);
            results[filter.id] = result;
            passed &&= result;
          }
          if (passed) rows.push(row);
        }
        // Looking a row up by id finds the same row object in the unfiltered map (TanStack's own
        // sorted row model passes its input's map on in the same way), so none is built per keystroke.
        return { rows, flatRows: rows, rowsById: model.rowsById };
      },
    });
    return filteredRowModel as () => RowModel<TFeatures, TData>;
  };
}

/** What faceting reads from the table (typed here: the feature slot takes any table). */
interface FacetedRow {
  original: unknown;
  index: number;
  columnFilters?: Record<string, boolean>;
}
interface FacetedTable {
  getFilteredRowModel(): { flatRows: FacetedRow[] };
  getPreFilteredRowModel(): { flatRows: FacetedRow[] };
  getColumn(id: string): { accessorFn?: (original: unknown, index: number) => unknown } | undefined;
  atoms: { columnFilters?: { get(): { id: string }[] } };
}

/** One faceted column's counts, taking the value from the row's data as the column's accessor does. */
class FacetCounter {
  readonly counts = new Map<unknown, number>();
  constructor(
    readonly id: string,
    private readonly accessor: (original: unknown, index: number) => unknown,
  ) {}
  add(row: FacetedRow) {
    const value = this.accessor(row.original, row.index);
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
}

/**
 * TanStack's faceting (a column's values counted over the rows that pass every other filter), read
 * from the results the filtered row model leaves on each row (\`row.columnFilters\`). The stock
 * factory builds one more filtered row model per faceted column, for every one of 100,000 rows on
 * each change. Here a column without a filter of its own counts the filtered rows; a column whose
 * filter is the only one counts all rows (once per dataset); otherwise it counts the filtered rows
 * and the rows that fail its filter alone. Values come from the column accessors rather than
 * \`row.getValue\`, whose cache is a dictionary per row. A unit test checks the counts against
 * plain ones.
 */
function countFacetValues(facetedIds: readonly string[]) {
  const counterFor = (table: FacetedTable, id: string) => new FacetCounter(id, table.getColumn(id)?.accessorFn ?? (() => undefined));
  /** Every faceted column counted over a row model's rows, remembered per row model. */
  const countsByModel = new WeakMap<object, Map<string, Map<unknown, number>>>();
  const countRows = (table: FacetedTable, model: { flatRows: FacetedRow[] }, columnId: string) => {
    let counts = countsByModel.get(model);
    if (!counts) {
      const counters = facetedIds.map((id) => counterFor(table, id));
      for (const row of model.flatRows) for (const counter of counters) counter.add(row);
      counts = new Map(counters.map((counter) => [counter.id, counter.counts]));
      countsByModel.set(model, counts);
    }
    return counts.get(columnId);
  };
  /** One column counted over the rows that fail no filter or only its own, remembered per filtered model. */
  const ownCountsByModel = new WeakMap<object, Map<string, Map<unknown, number>>>();
  const countOwnFiltered = (table: FacetedTable, filtered: { flatRows: FacetedRow[] }, columnId: string, active: readonly string[]) => {
    let known = ownCountsByModel.get(filtered);
    if (!known) ownCountsByModel.set(filtered, (known = new Map()));
    let counts = known.get(columnId);
    if (!counts) {
      const counter = counterFor(table, columnId);
      for (const row of filtered.flatRows) counter.add(row);
      const rows = table.getPreFilteredRowModel().flatRows;
      rows: for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        const results = row.columnFilters;
        if (results?.[columnId] !== false) continue;
        for (let j = 0; j < active.length; j++) if (active[j] !== columnId && results[active[j]!] === false) continue rows;
        counter.add(row);
      }
      counts = counter.counts;
      known.set(columnId, counts);
    }
    return counts;
  };
  return (table: FacetedTable, columnId: string) => () => {
    // Also runs the filters, so every row's results are current.
    const filtered = table.getFilteredRowModel();
    const active = (table.atoms.columnFilters?.get() ?? []).map((filter) => filter.id);
    const counts = !active.includes(columnId)
      ? countRows(table, filtered, columnId)
      : active.length === 1
        ? countRows(table, table.getPreFilteredRowModel(), columnId)
        : countOwnFiltered(table, filtered, columnId, active);
    return counts ?? new Map<unknown, number>();
  };
}

/** What sorting reads from the table (typed here: the feature slot takes any table). */
interface SortingTable {
  getPreSortedRowModel(): object;
  atoms: { sorting?: { get(): SortingState } };
}

/**
 * TanStack's sorted row model, except in the prepared rows' own order (newest first, ties in the
 * dataset's order: see prepareAgreements), which filtering keeps, so there is nothing to sort. At
 * 100,000 rows the stock sort still compares every row again on each keystroke to find that out.
 */
function createSortedRowModelSkippingDataOrder<TFeatures extends TableFeatures, TData extends RowData>() {
  const sortRows = createSortedRowModel<TFeatures, TData>();
  return (anyTable: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    const table = anyTable as unknown as SortingTable;
    const sortedRowModel = sortRows(anyTable);
    return () => {
      const [first, ...rest] = table.atoms.sorting?.get() ?? [];
      const inDataOrder = rest.length === 0 && first?.id === DEFAULT_SORT.field && first.desc === (DEFAULT_SORT.direction === 'desc');
      return inDataOrder ? (table.getPreSortedRowModel() as RowModel<TFeatures, TData>) : sortedRowModel();
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
  filteredRowModel: createFlatFilteredRowModel(),
  columnFacetingFeature,
  facetedUniqueValues: countFacetValues(['sector', 'status']),
  rowSortingFeature,
  sortedRowModel: createSortedRowModelSkippingDataOrder(),
  rowExpandingFeature,
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});
export type AgreementFeatures = typeof agreementFeatures;
export type AgreementTableRow = Row<AgreementFeatures, AgreementRow>;

type RowFilter = FilterFn<AgreementFeatures, AgreementRow>;
type RowSort = SortFn<AgreementFeatures, AgreementRow>;

const isEmptyList = (value: unknown) => !Array.isArray(value) || value.length === 0;

/**
 * Every word of the query occurs in the row's normalised text. The query is resolved once per change
 * into the matching rows (by position), so testing a row is one lookup.
 */
function matchesWords(prepared: PreparedAgreements): RowFilter {
  const matcher = createTextMatcher(prepared.rows.map((row) => row.search));
  return Object.assign((row: AgreementTableRow, _columnId: string, matches: Uint8Array) => matches[row.index] === 1, {
    resolveFilterValue: (query: unknown) => matcher(searchTokens(typeof query === 'string' ? query : '')),
    autoRemove: (query: unknown) => typeof query !== 'string' || searchTokens(query).length === 0,
  });
}

/** The row's value is one of those chosen (read by position, not through TanStack's per-row value cache). */
const inList = (values: readonly string[]): RowFilter =>
  Object.assign((row: AgreementTableRow, _columnId: string, list: readonly string[]) => list.includes(values[row.index]!), {
    autoRemove: isEmptyList,
  });

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

/**
 * Sorts by ranks precomputed for every row (by position, as TanStack's \`row.index\` gives it for
 * flat data), computed on first use: a comparison is one subtraction, without reading the rows.
 */
function byRank(computeRanks: () => ArrayLike<number>): RowSort {
  let ranks: ArrayLike<number> | undefined;
  return (a, b) => {
    ranks ??= computeRanks();
    return ranks[a.index]! - ranks[b.index]!;
  };
}

/** Ranks of the rows' localized titles in the language's collation order. */
function titleRanks(prepared: PreparedAgreements, language: Language): Int32Array {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const titles = prepared.rows.map((item) => localized(item.agreement, 'title', language).text);
  const order = prepared.rows.map((item) => item.index).sort((x, y) => collator.compare(titles[x]!, titles[y]!));
  const ranks = new Int32Array(order.length);
  order.forEach((rowIndex, rank) => {
    ranks[rowIndex] = rank;
  });
  return ranks;
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
  const rowRanks = (rankOf: (row: AgreementRow) => number) => () => Int32Array.from(prepared.rows, rankOf);
  // Each row's sector and status by position (TanStack passes accessors the row's position in the
  // data): filters and facets read one array instead of 100,000 row objects.
  const sectors = prepared.rows.map((row) => row.sector);
  const statuses = prepared.rows.map((row) => row.status);
  const sectorRanks = labelRanks(SECTORS, labels.sector, language);
  const statusRanks = labelRanks(STATUSES, labels.status, language);
  return helper.columns([
    helper.accessor((row) => row.date, { id: 'date', sortFn: byRank(rowRanks((row) => row.dateRank)), filterFn: inYears, sortDescFirst: true }),
    helper.accessor((row) => localized(row.agreement, 'title', language).text, {
      id: 'title',
      sortFn: byRank(() => titleRanks(prepared, language)),
      enableColumnFilter: false,
    }),
    helper.accessor((_row, index) => sectors[index]!, { id: 'sector', sortFn: byRank(rowRanks((row) => sectorRanks[row.sector])), filterFn: inList(sectors) }),
    helper.accessor((_row, index) => statuses[index]!, { id: 'status', sortFn: byRank(rowRanks((row) => statusRanks[row.status])), filterFn: inList(statuses) }),
    helper.accessor((row) => row.summit?.start, { id: 'meeting', sortFn: compareValues, sortUndefined: 'last', filterFn: atSummit }),
    helper.accessor((row) => row.sources.length, { id: 'sources', sortFn: compareValues, filterFn: citesSource, sortDescFirst: true }),
    helper.accessor((row) => row.search, { id: 'search', enableSorting: false, filterFn: matchesWords(prepared) }),
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
