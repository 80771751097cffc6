import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { SUMMIT_KINDS, type SummitKind } from '../../../data/vocabulary';
import type { YearRange } from '../../../data/selectors';
import { YearRangeFilter } from '../../../components/year-range-filter';
import { KIND_BADGE_CLASSES } from '../../../components/badges';
import type { SummitFilters, TimelineOrder } from '../lib/timeline';

/** The search box, focused again after "Clear filters". */
export const SEARCH_INPUT_ID = 'summits-search';

type ParamChanges = Record<string, string | number | readonly string[] | undefined>;

interface Props {
  filters: SummitFilters;
  order: TimelineOrder;
  hosts: { id: string; label: string }[];
  span: { first: number; last: number } | undefined;
  onChange: (changes: ParamChanges, options?: { typing?: boolean }) => void;
}

/**
 * The timeline's filters. The URL is the state; this form keeps a local copy so each control
 * answers at once while the list re-renders (the parent remounts it when filters are cleared).
 */
export function TimelineFilters({ filters, order, hosts, span, onChange }: Props) {
  const { t } = useTranslation(['summits', 'common']);
  const id = useId();
  const searchId = SEARCH_INPUT_ID;
  const [q, setQ] = useState(filters.q);
  const [kinds, setKinds] = useState<SummitKind[]>(filters.kinds);
  const [host, setHost] = useState(filters.hosts.join(','));
  const [range, setRange] = useState<YearRange>({ from: filters.from, to: filters.to });
  const [sort, setSort] = useState<TimelineOrder>(order);

  const toggleKind = (kind: SummitKind, checked: boolean) => {
    const next = SUMMIT_KINDS.filter((item) => (item === kind ? checked : kinds.includes(item)));
    setKinds(next);
    onChange({ kind: next });
  };

  const labelClass = 'block text-sm font-medium text-ink';
  const controlClass = 'mt-1 w-full rounded-md border border-line bg-page px-2 py-1.5 text-ink';
  const several = filters.hosts.length > 1 ? filters.hosts : undefined;

  return (
    <form
      role="search"
      aria-label={t('summits:filters.label')}
      onSubmit={(event) => event.preventDefault()}
      className="grid gap-4 rounded-lg border border-line bg-panel p-4 print:hidden md:grid-cols-2 lg:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)]"
    >
      <div className="md:col-span-2 lg:col-span-1">
        <label htmlFor={searchId} className={labelClass}>
          {t('summits:filters.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={q}
          maxLength={200}
          autoComplete="off"
          aria-describedby={`${id}-q-hint`}
          onChange={(event) => {
            setQ(event.target.value);
            onChange({ q: event.target.value }, { typing: true });
          }}
          className={controlClass}
        />
        <p id={`${id}-q-hint`} className="mt-1 text-xs text-muted">
          {t('summits:filters.searchHint')}
        </p>
      </div>
      <fieldset className="min-w-0 md:row-span-2 lg:row-span-2">
        <legend className={labelClass}>{t('summits:filters.kind')}</legend>
        <ul className="mt-1 grid gap-1 sm:grid-cols-2 md:grid-cols-1 xl:grid-cols-2">
          {SUMMIT_KINDS.map((kind) => (
            <li key={kind}>
              <label className="flex min-h-6 cursor-pointer items-center gap-2 text-ink">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={(event) => toggleKind(kind, event.target.checked)}
                  className="h-4 w-4 accent-[var(--accent)]"
                />
                <span aria-hidden="true" className={`h-3 w-3 shrink-0 rounded-full border-[3px] ${KIND_BADGE_CLASSES[kind]}`} />
                {t(`common:summitKinds.${kind}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-40 flex-1">
          <label htmlFor={`${id}-host`} className={labelClass}>
            {t('summits:filters.host')}
          </label>
          <select
            id={`${id}-host`}
            value={host}
            onChange={(event) => {
              setHost(event.target.value);
              onChange({ host: event.target.value });
            }}
            className={controlClass}
          >
            <option value="">{t('summits:filters.allHosts')}</option>
            {several && (
              <option value={several.join(',')}>
                {several.map((value) => hosts.find((item) => item.id === value)?.label ?? value).join(', ')}
              </option>
            )}
            {hosts.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-36">
          <label htmlFor={`${id}-order`} className={labelClass}>
            {t('summits:filters.order')}
          </label>
          <select
            id={`${id}-order`}
            value={sort}
            onChange={(event) => {
              const next = event.target.value === 'desc' ? 'desc' : 'asc';
              setSort(next);
              onChange({ sort: next === 'desc' ? 'date:desc' : undefined });
            }}
            className={controlClass}
          >
            <option value="asc">{t('summits:filters.oldest')}</option>
            <option value="desc">{t('summits:filters.newest')}</option>
          </select>
        </div>
      </div>
      {span && (
        <YearRangeFilter
          span={span}
          value={range}
          onChange={(next) => {
            setRange(next);
            onChange({ from: next.from, to: next.to });
          }}
        />
      )}
    </form>
  );
}
