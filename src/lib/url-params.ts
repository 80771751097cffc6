/**
 * The query string is the state of a view, so links can be shared and reloaded. Parameters are read
 * leniently: a bad value is dropped (the view falls back to its default) and reported as a note that
 * the page shows, never a crash.
 *
 * The contract: from, to (years); kind, host, sector, status (comma-separated lists); q (text);
 * sort (field:asc|desc); view (chart|table); and app-wide lang, theme, data.
 */

export type ParamProblem = 'not-a-year' | 'year-out-of-range' | 'range-reversed' | 'unknown-value' | 'too-long' | 'bad-sort' | 'bad-url';

export interface ParamNote {
  param: string;
  /** The offending value, shortened for display. */
  value: string;
  problem: ParamProblem;
}

export interface Parsed<T> {
  value: T;
  notes: ParamNote[];
}

export const MAX_PARAM_LENGTH = 200;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
const note = (param: string, value: string, problem: ParamProblem): ParamNote => ({
  param,
  value: shorten(value),
  problem,
});

export function parseYear(params: URLSearchParams, name: string): Parsed<number | undefined> {
  const raw = params.get(name);
  if (raw === null || raw === '') return { value: undefined, notes: [] };
  if (!/^\d{4}$/.test(raw.trim())) return { value: undefined, notes: [note(name, raw, 'not-a-year')] };
  const year = Number(raw.trim());
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { value: undefined, notes: [note(name, raw, 'year-out-of-range')] };
  }
  return { value: year, notes: [] };
}

export interface YearRangeParams {
  from?: number | undefined;
  to?: number | undefined;
}

/** `from` and `to`; a reversed pair is swapped, with a note. */
export function parseYearRange(params: URLSearchParams): Parsed<YearRangeParams> {
  const from = parseYear(params, 'from');
  const to = parseYear(params, 'to');
  const notes = [...from.notes, ...to.notes];
  if (from.value !== undefined && to.value !== undefined && from.value > to.value) {
    notes.push(note('to', String(to.value), 'range-reversed'));
    return { value: { from: to.value, to: from.value }, notes };
  }
  return { value: { from: from.value, to: to.value }, notes };
}

/** A comma-separated list restricted to known values; unknown ones are dropped with a note. */
export function parseList<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): Parsed<T[]> {
  const raw = params.get(name);
  if (raw === null || raw === '') return { value: [], notes: [] };
  if (raw.length > MAX_PARAM_LENGTH * 5) return { value: [], notes: [note(name, raw, 'too-long')] };
  const value: T[] = [];
  const notes: ParamNote[] = [];
  for (const item of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    if ((allowed as readonly string[]).includes(item)) {
      if (!value.includes(item as T)) value.push(item as T);
    } else {
      notes.push(note(name, item, 'unknown-value'));
    }
  }
  return { value, notes };
}

/** One value out of a fixed set, or the fallback. */
export function parseChoice<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  const raw = params.get(name);
  if (raw === null || raw === '') return { value: fallback, notes: [] };
  if ((allowed as readonly string[]).includes(raw)) return { value: raw as T, notes: [] };
  return { value: fallback, notes: [note(name, raw, 'unknown-value')] };
}

export function parseText(params: URLSearchParams, name: string): Parsed<string> {
  const raw = params.get(name) ?? '';
  if (raw.length > MAX_PARAM_LENGTH) {
    return { value: '', notes: [note(name, raw, 'too-long')] };
  }
  return { value: raw, notes: [] };
}

export interface SortParam<F extends string> {
  field: F;
  direction: 'asc' | 'desc';
}

export function parseSort<F extends string>(
  params: URLSearchParams,
  fields: readonly F[],
): Parsed<SortParam<F> | undefined> {
  const raw = params.get('sort');
  if (raw === null || raw === '') return { value: undefined, notes: [] };
  const [field, direction = 'asc'] = raw.split(':');
  if (field && (fields as readonly string[]).includes(field) && (direction === 'asc' || direction === 'desc')) {
    return { value: { field: field as F, direction }, notes: [] };
  }
  return { value: undefined, notes: [note('sort', raw, 'bad-sort')] };
}

export const VIEWS = ['chart', 'table'] as const;
export type ViewMode = (typeof VIEWS)[number];

export const parseView = (params: URLSearchParams): Parsed<ViewMode> =>
  parseChoice(params, 'view', VIEWS, 'chart');

/** Parameters that follow the reader from view to view (and into embeds). */
export const APP_PARAMS = ['lang', 'theme', 'data'] as const;
/** The linked year range, carried between the charts, the timeline and the table. */
export const RANGE_PARAMS = ['from', 'to'] as const;

/** The non-empty parameters of `current` among `names`. */
function keptParams(current: URLSearchParams, names: readonly string[]): URLSearchParams {
  const kept = new URLSearchParams();
  for (const name of names) {
    const value = current.get(name);
    if (value) kept.set(name, value);
  }
  return kept;
}

/** Only the app-wide parameters of `current`: what every link to another view keeps. */
export function appParamsOf(current: URLSearchParams): URLSearchParams {
  return keptParams(current, APP_PARAMS);
}

/**
 * Builds a link to another view that keeps the app-wide parameters and, when asked, the year range.
 * `extra` sets or (with undefined/empty) removes parameters.
 */
export function linkTo(
  pathname: string,
  current: URLSearchParams,
  options: { keepRange?: boolean; extra?: Record<string, string | number | undefined> } = {},
): string {
  const next = keptParams(current, options.keepRange ? [...APP_PARAMS, ...RANGE_PARAMS] : APP_PARAMS);
  for (const [name, value] of Object.entries(options.extra ?? {})) {
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
  }
  const query = next.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Returns a copy of `params` with the given values set; undefined, empty strings and empty lists remove the parameter. */
export function withParams(
  params: URLSearchParams,
  changes: Record<string, string | number | readonly string[] | undefined>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    const text = Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
    if (text === '') next.delete(name);
    else next.set(name, text);
  }
  return next;
}
