import { useId } from 'react';
import { useTranslation } from '../lib/use-translation';
import type { YearRange } from '../data/selectors';

/**
 * Two year pickers ("From", "To") for the linked year range. The parent keeps the range in the URL
 * (`from`, `to`); choosing the first or last year clears that end.
 */
export function YearRangeFilter({
  span,
  value,
  onChange,
}: {
  span: { first: number; last: number };
  value: YearRange;
  onChange: (next: YearRange) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const years: number[] = [];
  for (let year = span.first; year <= span.last; year++) years.push(year);
  // A year from the address outside the data's span is still the filter in force: it is listed too,
  // so the picker shows what is applied (and the empty result makes sense).
  for (const year of [value.from, value.to]) if (year !== undefined && !years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);
  const from = value.from ?? span.first;
  const to = value.to ?? span.last;

  const select = (which: 'from' | 'to', year: number) => {
    const next = { from: value.from, to: value.to, [which]: year };
    if (next.from === span.first) next.from = undefined;
    if (next.to === span.last) next.to = undefined;
    if (next.from !== undefined && next.to !== undefined && next.from > next.to) {
      if (which === 'from') next.to = next.from;
      else next.from = next.to;
    }
    onChange(next);
  };

  const selectClass = 'rounded-md border border-line bg-page px-2 py-1.5 text-ink';
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="sr-only">{t('yearRange.legend')}</legend>
      <div className="flex flex-col">
        <label htmlFor={`${id}-from`} className="text-sm text-muted">
          {t('yearRange.from')}
        </label>
        <select id={`${id}-from`} value={from} onChange={(event) => select('from', Number(event.target.value))} className={selectClass}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor={`${id}-to`} className="text-sm text-muted">
          {t('yearRange.to')}
        </label>
        <select id={`${id}-to`} value={to} onChange={(event) => select('to', Number(event.target.value))} className={selectClass}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
