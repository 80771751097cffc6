import { useCallback, useMemo } from 'react';
import { SUMMIT_KINDS } from '../../../data/vocabulary';
import type { YearRange } from '../../../data/selectors';
import { useUrlState } from '../../../lib/use-url-state';
import { parseList, parseView, parseYearRange, type ParamNote, type ViewMode } from '../../../lib/url-params';
import { groupsFromKinds, kindsFromGroups, type MeetingGroup } from '../lib/meetings';

/** The charts' parameters read from a query string (one object per distinct query, so charts can memoise on it). */
function readChartsParams(search: string): { range: YearRange; view: ViewMode; groups: MeetingGroup[]; notes: ParamNote[] } {
  const params = new URLSearchParams(search);
  const range = parseYearRange(params);
  const view = parseView(params);
  const kinds = parseList(params, 'kind', SUMMIT_KINDS);
  return {
    range: range.value,
    view: view.value,
    groups: groupsFromKinds(kinds.value),
    notes: [...range.notes, ...view.notes, ...kinds.notes],
  };
}

/** The charts' state in the URL: the linked year range, Chart | Table, and the meeting kinds shown. */
export function useChartsUrl() {
  const [params, update] = useUrlState();
  const search = params.toString();
  const state = useMemo(() => readChartsParams(search), [search]);
  const setRange = useCallback((next: YearRange) => update({ from: next.from, to: next.to }), [update]);
  const setView = useCallback((next: ViewMode) => update({ view: next === 'chart' ? undefined : next }), [update]);
  const setGroups = useCallback((next: readonly MeetingGroup[]) => update({ kind: kindsFromGroups(next) }), [update]);
  return { params, ...state, setRange, setView, setGroups };
}
