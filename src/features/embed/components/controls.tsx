import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { YearRangeFilter } from '../../../components/year-range-filter';
import type { YearRange, YearSpan } from '../../../data/selectors';
import { useUrlState } from '../../../lib/use-url-state';
import { VIEWS, type ViewMode } from '../../../lib/url-params';

const fieldClass = 'rounded-md border border-line bg-page px-2 py-1.5 text-ink';

/** The year range, kept in `from` / `to`. */
export function RangeControl({ span, range }: { span: YearSpan | undefined; range: YearRange }) {
  const [, update] = useUrlState();
  if (!span) return null;
  return <YearRangeFilter span={span} value={range} onChange={(next) => update({ from: next.from, to: next.to })} />;
}

/** Chart or table, kept in `view`. */
export function ViewSwitch({ view }: { view: ViewMode }) {
  const { t } = useTranslation('embed');
  const [, update] = useUrlState();
  const name = useId();
  return (
    <fieldset className="flex flex-col">
      <legend className="text-sm text-muted">{t('controls.view')}</legend>
      <div className="flex overflow-hidden rounded-md border border-line">
        {VIEWS.map((option) => (
          <label
            key={option}
            className={`cursor-pointer px-3 py-1.5 text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus ${
              view === option ? 'bg-accent text-accent-ink' : 'bg-page text-ink'
            }`}
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={view === option}
              onChange={() => update({ view: option === 'chart' ? undefined : option })}
              className="sr-only"
            />
            {t(`controls.views.${option}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const SEVERAL = '__several';

/**
 * One value of a comma-list parameter (`kind`, `sector`, `status`, `host`) or all of them. A list of
 * several values from the address shows as "several" until the reader picks one.
 */
export function ListSelect({
  param,
  label,
  allLabel,
  options,
  selected,
}: {
  param: string;
  label: string;
  allLabel: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
}) {
  const { t } = useTranslation('embed');
  const [, update] = useUrlState();
  const id = useId();
  const value = selected.length === 0 ? '' : selected.length === 1 ? selected[0] : SEVERAL;
  return (
    <div className="flex min-w-0 flex-col">
      <label htmlFor={id} className="text-sm text-muted">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (event.target.value !== SEVERAL) update({ [param]: event.target.value || undefined });
        }}
        className={`${fieldClass} max-w-full`}
      >
        <option value="">{allLabel}</option>
        {value === SEVERAL && <option value={SEVERAL}>{t('controls.several', { count: selected.length })}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
