import { useId, useMemo } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { useLanguage } from '../../../app/app-settings';
import { formatNumber } from '../../../lib/format';
import { YearRangeFilter } from '../../../components/year-range-filter';
import { SECTORS, STATUSES, type AgreementStatus, type Sector } from '../../../data/vocabulary';
import type { YearRange } from '../../../data/selectors';
import type { FacetCounts } from '../lib/table-model';
import type { AgreementFilters } from '../lib/view-params';

export interface ActiveChip {
  key: string;
  label: string;
  onRemove: () => void;
}

interface Props {
  filters: AgreementFilters;
  onQueryChange: (query: string) => void;
  span: { first: number; last: number } | undefined;
  onRangeChange: (range: YearRange) => void;
  facets: FacetCounts;
  onToggleSector: (sector: Sector) => void;
  onToggleStatus: (status: AgreementStatus) => void;
  chips: ActiveChip[];
  canClear: boolean;
  onClear: () => void;
}

/** Placeholders that no message contains, filled in after the lookup. */
const LABEL_SLOT = '\u0001';
const NUMBER_SLOT = '\u0002';

function Checkboxes<T extends string>({
  legend,
  values,
  selected,
  counts,
  label,
  onToggle,
}: {
  legend: string;
  values: readonly T[];
  selected: readonly T[];
  counts: Record<T, number>;
  label: (value: T) => string;
  onToggle: (value: T) => void;
}) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  // "Energy (21)" in the reader's language: the pattern is looked up once per language and each box
  // fills it in, as the counts change with every keystroke.
  const option = useMemo(() => t('filters.option', { label: LABEL_SLOT, number: NUMBER_SLOT }), [t]);
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 font-semibold text-ink">{legend}</legend>
      <ul className="space-y-0.5">
        {values.map((value) => {
          const checked = selected.includes(value);
          const count = counts[value];
          return (
            <li key={value}>
              <label className={`flex cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm hover:bg-page ${count === 0 && !checked ? 'text-muted' : 'text-ink'}`}>
                <input type="checkbox" checked={checked} onChange={() => onToggle(value)} className="size-4 shrink-0 accent-current" />
                <span>{option.replace(LABEL_SLOT, () => label(value)).replace(NUMBER_SLOT, () => formatNumber(count, language, 0))}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The search box: it shows the view's search text, which follows each keystroke at once. */
function SearchField({ query, onQueryChange }: { query: string; onQueryChange: (query: string) => void }) {
  const { t } = useTranslation('agreements');
  const id = useId();
  return (
    <div>
      <label htmlFor={`${id}-q`} className="block font-semibold text-ink">
        {t('filters.search')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        aria-describedby={`${id}-q-hint`}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        className="mt-1 w-full rounded-md border border-line bg-page px-3 py-2 text-ink"
      />
      <p id={`${id}-q-hint`} className="mt-1 text-xs text-muted">
        {t('filters.searchHint')}
      </p>
    </div>
  );
}

/** The filter controls; every change goes to the URL through the callbacks. */
export function FiltersPanel(props: Props) {
  const t = useTranslation('agreements').t;
  return (
    <form
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(event) => event.preventDefault()}
      className="no-print space-y-5 rounded-lg border border-line bg-panel p-4"
    >
      <SearchField query={props.filters.q} onQueryChange={props.onQueryChange} />
      {props.span && (
        <YearRangeFilter span={props.span} value={{ from: props.filters.from, to: props.filters.to }} onChange={props.onRangeChange} />
      )}
      {/* Side by side while the panel spans the page (tablets), so the table starts sooner; stacked in the sidebar. */}
      <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-1">
        <Checkboxes
          legend={t('filters.sector')}
          values={SECTORS}
          selected={props.filters.sectors}
          counts={props.facets.sector}
          label={(sector) => t(`common:sectors.${sector}`)}
          onToggle={props.onToggleSector}
        />
        <Checkboxes
          legend={t('filters.status')}
          values={STATUSES}
          selected={props.filters.statuses}
          counts={props.facets.status}
          label={(status) => t(`common:statuses.${status}`)}
          onToggle={props.onToggleStatus}
        />
      </div>
      {props.chips.length > 0 && (
        <ul className="space-y-2">
          {props.chips.map((chip) => (
            <li key={chip.key} className="flex items-start justify-between gap-2 rounded-md border border-line bg-page px-2 py-1 text-sm text-ink">
              <span className="min-w-0 break-words">{chip.label}</span>
              <button
                type="button"
                onClick={chip.onRemove}
                aria-label={t('filters.remove', { label: chip.label })}
                className="shrink-0 rounded px-1.5 font-bold text-ink hover:bg-panel"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.canClear && (
        <button type="button" onClick={props.onClear} className="w-full rounded-md border border-line bg-page px-3 py-2 font-medium text-ink hover:bg-panel">
          {t('filters.clear')}
        </button>
      )}
    </form>
  );
}
