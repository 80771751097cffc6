import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { SortParam } from '../../../lib/url-params';
import { SORT_FIELDS, type SortField } from '../lib/view-params';

const DIRECTIONS = ['asc', 'desc'] as const;

/**
 * The sort order as one choice, for the card layout on narrow screens, where there are no column
 * headers to sort by.
 */
export function SortSelect({ sort, onSort }: { sort: SortParam<SortField>; onSort: (sort: SortParam<SortField>) => void }) {
  const { t } = useTranslation('agreements');
  const id = useId();
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium text-ink">
        {t('sortBy')}
      </label>
      <select
        id={id}
        value={`${sort.field}:${sort.direction}`}
        onChange={(event) => {
          const [field, direction] = event.target.value.split(':') as [SortField, 'asc' | 'desc'];
          onSort({ field, direction });
        }}
        className="min-w-0 flex-1 rounded-md border border-line bg-page px-2 py-1.5 text-ink"
      >
        {SORT_FIELDS.flatMap((field) =>
          DIRECTIONS.map((direction) => (
            <option key={`${field}:${direction}`} value={`${field}:${direction}`}>
              {t('sortOption', { column: t(`columns.${field}`), direction: t(`directions.${direction}`) })}
            </option>
          )),
        )}
      </select>
    </div>
  );
}
