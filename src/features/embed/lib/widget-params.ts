import { SECTORS, STATUSES, SUMMIT_KINDS, type AgreementStatus, type Sector, type SummitKind } from '../../../data/vocabulary';
import type { YearRange } from '../../../data/selectors';
import {
  parseList,
  parseSort,
  parseText,
  parseView,
  parseYearRange,
  type ParamNote,
  type Parsed,
  type SortParam,
  type ViewMode,
} from '../../../lib/url-params';
import { AGREEMENT_SORT_FIELDS, type AgreementSortField } from './widget-data';
import { WIDGET_SPECS, type WidgetName } from './widgets';

export interface WidgetParams {
  range: YearRange;
  kinds: SummitKind[];
  hosts: string[];
  sectors: Sector[];
  statuses: AgreementStatus[];
  q: string;
  sort: SortParam<AgreementSortField>;
  view: ViewMode;
}

export const DEFAULT_AGREEMENT_SORT: SortParam<AgreementSortField> = { field: 'date', direction: 'desc' };

/**
 * Reads the query as one widget sees it: only its own filters are parsed (and reported when bad);
 * the others are ignored silently, as the full views do with parameters meant for another view.
 */
export function parseWidgetParams(params: URLSearchParams, widget: WidgetName, hostIds: readonly string[]): Parsed<WidgetParams> {
  const filters: readonly string[] = WIDGET_SPECS[widget].filters;
  const notes: ParamNote[] = [];
  const take = <T>(parsed: Parsed<T>): T => {
    notes.push(...parsed.notes);
    return parsed.value;
  };
  const range = take(parseYearRange(params));
  const value: WidgetParams = {
    range,
    kinds: filters.includes('kind') ? take(parseList(params, 'kind', SUMMIT_KINDS)) : [],
    hosts: filters.includes('host') ? take(parseList(params, 'host', hostIds)) : [],
    sectors: filters.includes('sector') ? take(parseList(params, 'sector', SECTORS)) : [],
    statuses: filters.includes('status') ? take(parseList(params, 'status', STATUSES)) : [],
    q: filters.includes('q') ? take(parseText(params, 'q')).trim() : '',
    sort: (filters.includes('sort') ? take(parseSort(params, AGREEMENT_SORT_FIELDS)) : undefined) ?? DEFAULT_AGREEMENT_SORT,
    view: filters.includes('view') ? take(parseView(params)) : 'chart',
  };
  return { value, notes };
}
