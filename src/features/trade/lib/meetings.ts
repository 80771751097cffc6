import type { Summit, SummitKind } from '../../../data/vocabulary';
import { yearOf, type YearRange, type YearSpan } from '../../../data/selectors';

/** The four groups the meetings chart stacks; official and working visits share one. */
export const MEETING_GROUPS = ['state-visit', 'official-working', 'multilateral', 'virtual'] as const;
export type MeetingGroup = (typeof MEETING_GROUPS)[number];

export const GROUP_KINDS = {
  'state-visit': ['state-visit'],
  'official-working': ['official-visit', 'working-visit'],
  multilateral: ['multilateral'],
  virtual: ['virtual'],
} as const satisfies Record<MeetingGroup, readonly SummitKind[]>;

export function groupOfKind(kind: SummitKind): MeetingGroup {
  return MEETING_GROUPS.find((group) => (GROUP_KINDS[group] as readonly SummitKind[]).includes(kind)) ?? 'official-working';
}

export type MeetingsRow = { year: number; total: number; summitIds: string[] } & Record<MeetingGroup, number>;

/** The meetings of the kinds listed (all when none): the `kind` filter applies before meetings are grouped for display. */
export const meetingsOfKinds = (summits: readonly Summit[], kinds: readonly SummitKind[]): readonly Summit[] =>
  kinds.length === 0 ? summits : summits.filter((summit) => kinds.includes(summit.kind));

/** Groups shown for the kinds in the URL's `kind` list (empty: all). A group shows when any of its kinds is listed. */
export function groupsFromKinds(kinds: readonly SummitKind[]): MeetingGroup[] {
  if (kinds.length === 0) return [...MEETING_GROUPS];
  return MEETING_GROUPS.filter((group) => GROUP_KINDS[group].some((kind) => kinds.includes(kind)));
}

/** The `kind` list for a set of shown groups: empty when all show (the default needs no parameter). */
export function kindsFromGroups(groups: readonly MeetingGroup[]): SummitKind[] {
  if (MEETING_GROUPS.every((group) => groups.includes(group))) return [];
  return MEETING_GROUPS.filter((group) => groups.includes(group)).flatMap((group) => [...GROUP_KINDS[group]]);
}

/**
 * Meetings per year in the range, counted by the groups shown; `total` sums only the shown groups (the
 * numbers a reader sees). Every year of the range inside `span` has a row, zeros included.
 */
export function meetingsByGroup(
  summits: readonly Summit[],
  range: YearRange,
  span: YearSpan | undefined,
  groups: readonly MeetingGroup[] = MEETING_GROUPS,
): MeetingsRow[] {
  if (!span) return [];
  const first = Math.max(range.from ?? span.first, span.first);
  const last = Math.min(range.to ?? span.last, span.last);
  const rows: MeetingsRow[] = [];
  for (let year = first; year <= last; year++) {
    rows.push({ year, total: 0, summitIds: [], 'state-visit': 0, 'official-working': 0, multilateral: 0, virtual: 0 });
  }
  for (const summit of summits) {
    const row = rows[yearOf(summit.start) - first];
    const group = groupOfKind(summit.kind);
    if (!row || !groups.includes(group)) continue;
    row[group] += 1;
    row.total += 1;
    row.summitIds.push(summit.id);
  }
  return rows;
}

/** Source ids behind the meetings counted. */
export function meetingSourceIds(summits: readonly Summit[], rows: readonly MeetingsRow[]): string[] {
  const counted = new Set(rows.flatMap((row) => row.summitIds));
  const ids = new Set<string>();
  for (const summit of summits) if (counted.has(summit.id)) for (const id of summit.sourceIds) ids.add(id);
  return [...ids];
}

/** Meetings counted whose record is not fully verified, per year: the chart marks those years. */
export function uncertainMeetings(summits: readonly Summit[], rows: readonly MeetingsRow[]): Map<number, number> {
  const byId = new Map(summits.map((summit) => [summit.id, summit]));
  const result = new Map<number, number>();
  for (const row of rows) {
    const count = row.summitIds.filter((id) => byId.get(id)?.confidence !== 'verified').length;
    if (count > 0) result.set(row.year, count);
  }
  return result;
}

/** State visits in the range, as markers for the trade chart: x sits inside the year's band (year ± 0.5) by date. */
export interface SummitMarker {
  id: string;
  x: number;
  summit: Summit;
}

export function stateVisitMarkers(summits: readonly Summit[], range: YearRange): SummitMarker[] {
  return summits
    .filter((summit) => summit.kind === 'state-visit')
    .filter((summit) => {
      const year = yearOf(summit.start);
      return (range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to);
    })
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((summit) => ({ id: summit.id, x: yearFraction(summit.start), summit }));
}

/** A date as a position on a year axis where the whole year Y spans [Y - 0.5, Y + 0.5]. */
export function yearFraction(isoDate: string): number {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  const offset = Date.UTC(year, month - 1, day) + 12 * 3600 * 1000 - start;
  return year - 0.5 + offset / length;
}
