import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
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

/**
 * Previous / next pages and the page size; only one page of rows is ever in the document. At the
 * first or last page the button says it cannot be used (aria-disabled) instead of being disabled,
 * so a keyboard user paging through keeps focus on it. The rows a page change brings are announced
 * (a filter change is already announced by the count above the table).
 */
export function Pagination({ page, pageCount, pageSize, first, last, onPage, onPageSize }: Props) {
  const { t } = useTranslation('agreements');
  const id = useId();
  const button =
    'rounded-md border border-line bg-panel px-3 py-1.5 text-sm font-medium text-ink hover:bg-page aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:bg-panel';
  const atFirst = page <= 1;
  const atLast = page >= pageCount;
  const shown = `${t('pages.rows', { first, last })} · ${t('pages.pageOf', { page, pages: pageCount })}`;
  const [announcement, setAnnouncement] = useState('');
  const paging = useRef(false);
  useEffect(() => {
    if (!paging.current) return;
    paging.current = false;
    setAnnouncement(shown);
  }, [page, shown]);
  const goTo = (next: number) => {
    paging.current = true;
    onPage(next);
  };
  return (
    <nav aria-label={t('pages.label')} className="no-print mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-ink">
      <p>{shown}</p>
      <p role="status" className="sr-only">
        {announcement}
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
        <button type="button" className={button} aria-disabled={atFirst} onClick={() => !atFirst && goTo(page - 1)}>
          {t('pages.previous')}
        </button>
        <button type="button" className={button} aria-disabled={atLast} onClick={() => !atLast && goTo(page + 1)}>
          {t('pages.next')}
        </button>
      </div>
    </nav>
  );
}
