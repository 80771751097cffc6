import { SECTORS, STATUSES, type AgreementStatus, type Sector } from '../../../data/vocabulary';
import {
  parseList,
  parseSort,
  parseText,
  parseYearRange,
  type ParamNote,
  type Parsed,
  type SortParam,
} from '../../../lib/url-params';

export const SORT_FIELDS = ['date', 'title', 'sector', 'status', 'meeting', 'sources'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const DEFAULT_SORT: SortParam<SortField> = { field: 'date', direction: 'desc' };
export const PAGE_SIZES = [25, 50, 100] as const;
/** 25 rows by default: about three screens of a desktop table, and light enough to draw with each keystroke. */
export const DEFAULT_PAGE_SIZE = 25;

/** Everything that decides which agreements show, and in what order: the state kept in the URL. */
export interface AgreementFilters {
  sectors: Sector[];
  statuses: AgreementStatus[];
  from?: number | undefined;
  to?: number | undefined;
  q: string;
  summit?: string | undefined;
  source?: string | undefined;
}

export interface AgreementView extends AgreementFilters {
  sort: SortParam<SortField>;
  /** 1-based page number. */
  page: number;
  pageSize: number;
}

export const EMPTY_FILTERS: AgreementFilters = { sectors: [], statuses: [], q: '' };

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function parseId(params: URLSearchParams, name: string, notes: ParamNote[]): string | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (ID_PATTERN.test(raw)) return raw;
  notes.push({ param: name, value: raw.slice(0, 40), problem: 'unknown-value' });
  return undefined;
}

function parsePositive(params: URLSearchParams, name: string, notes: ParamNote[]): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (/^\d{1,6}$/.test(raw) && Number(raw) >= 1) return Number(raw);
  notes.push({ param: name, value: raw.slice(0, 40), problem: 'unknown-value' });
  return undefined;
}

/** Reads the agreements view from the query string, leniently: bad values are dropped with a note. */
export function parseAgreementView(params: URLSearchParams): Parsed<AgreementView> {
  const notes: ParamNote[] = [];
  const take = <T>(parsed: Parsed<T>): T => {
    notes.push(...parsed.notes);
    return parsed.value;
  };
  const range = take(parseYearRange(params));
  const sort = take(parseSort(params, SORT_FIELDS)) ?? DEFAULT_SORT;
  const size = parsePositive(params, 'size', notes);
  let pageSize = DEFAULT_PAGE_SIZE;
  if (size !== undefined) {
    if ((PAGE_SIZES as readonly number[]).includes(size)) pageSize = size;
    else notes.push({ param: 'size', value: String(size), problem: 'unknown-value' });
  }
  return {
    value: {
      sectors: take(parseList(params, 'sector', SECTORS)),
      statuses: take(parseList(params, 'status', STATUSES)),
      from: range.from,
      to: range.to,
      q: take(parseText(params, 'q')),
      summit: parseId(params, 'summit', notes),
      source: parseId(params, 'source', notes),
      sort,
      page: parsePositive(params, 'page', notes) ?? 1,
      pageSize,
    },
    notes,
  };
}

/** URL changes that clear every filter (and the page), keeping sort and page size. */
export const CLEAR_FILTER_PARAMS = {
  sector: undefined,
  status: undefined,
  from: undefined,
  to: undefined,
  q: undefined,
  summit: undefined,
  source: undefined,
  page: undefined,
} as const;

export function hasActiveFilters(filters: AgreementFilters): boolean {
  return (
    filters.sectors.length > 0 ||
    filters.statuses.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.q.trim() !== '' ||
    filters.summit !== undefined ||
    filters.source !== undefined
  );
}

export const sortParam = (sort: SortParam<SortField>): string | undefined =>
  sort.field === DEFAULT_SORT.field && sort.direction === DEFAULT_SORT.direction ? undefined : `${sort.field}:${sort.direction}`;
