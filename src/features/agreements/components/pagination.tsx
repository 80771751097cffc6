import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from '../lib/view-params';

interface Props {
  page: number;
  pageCount: number;
  pageSize: number;
  first: number;
  last: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

/** Previous / next pages and the page size; only one page of rows is ever in the document. */
export function Pagination({ page, pageCount, pageSize, first, last, onPage, onPageSize }: Props) {
  const { t } = useTranslation('agreements');
  const id = useId();
  const button = 'rounded-md border border-line bg-panel px-3 py-1.5 text-sm font-medium text-ink hover:bg-page disabled:cursor-not-allowed disabled:opacity-50';
  return (
    <nav aria-label={t('pages.label')} className="no-print mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-ink">
      <p>
        {t('pages.rows', { first, last })} · {t('pages.pageOf', { page, pages: pageCount })}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-size`} className="text-muted">
          {t('pages.size')}
        </label>
        <select
          id={`${id}-size`}
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
          className="rounded-md border border-line bg-page px-2 py-1.5 text-ink"
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <button type="button" className={button} disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('pages.previous')}
        </button>
        <button type="button" className={button} disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
          {t('pages.next')}
        </button>
      </div>
    </nav>
  );
}
