import { memo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import type { Translate } from '../../../lib/i18n';
import { StatusBadge } from '../../../components/badges';
import { localized } from '../../../data/localize';
import { useLanguage } from '../../../app/app-settings';
import { formatDate, formatDateForColumn } from '../../../lib/format';
import { linkTo } from '../../../lib/url-params';
import type { Language } from '../../../lib/i18n';
import type { AgreementRow } from '../lib/agreement-rows';
import type { SortField } from '../lib/view-params';
import { AgreementDetails } from './agreement-details';
import { LocalizedText } from './localized-text';

export interface SortableHeader {
  field: SortField;
  /** 'asc' | 'desc' when this column orders the table. */
  sorted: false | 'asc' | 'desc';
  onToggle: () => void;
}

export interface DisplayRow {
  row: AgreementRow;
  expanded: boolean;
}

/**
 * What every row needs besides its own data, the same for all rows and kept the same between
 * renders, so that a row is redrawn only when its own data or expansion changes (re-sorting a page
 * moves the rows' elements instead of drawing them again).
 */
interface RowContext {
  /** Opens or closes a row's details. */
  onToggle: (row: AgreementRow) => void;
  /** The app-wide parameters (language, theme, dataset) that links to other views keep. */
  appParams: URLSearchParams;
  language: Language;
  /** The table's translations, looked up once for all rows rather than by a hook in each. */
  t: Translate;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORT_MARK = { asc: '▲', desc: '▼' } as const;

function MeetingLink({ row, language, appParams, t }: { row: AgreementRow } & Omit<RowContext, 'onToggle'>) {
  if (!row.summit) return <span className="text-muted">{t('row.noMeeting')}</span>;
  return (
    <>
      <Link to={linkTo(`/summits/${row.summit.id}`, appParams)}>
        <LocalizedText value={localized(row.summit, 'title', language)} />
      </Link>
      <span className="block text-xs text-muted">{formatDate(row.summit.start, language, 'short')}</span>
    </>
  );
}

const detailsId = (row: AgreementRow) => `agreement-details-${row.index}`;

function DisclosureButton({ row, expanded, onToggle, label }: { row: AgreementRow; expanded: boolean; onToggle: (row: AgreementRow) => void; label: string }) {
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-controls={expanded ? detailsId(row) : undefined}
      aria-label={label}
      onClick={() => onToggle(row)}
      className="inline-flex size-8 items-center justify-center rounded-md border border-line bg-page text-ink hover:bg-panel"
    >
      <span aria-hidden="true" className={`inline-block transition-transform ${expanded ? 'rotate-90' : ''}`}>
        ▶
      </span>
    </button>
  );
}

/**
 * The table for wide screens: a real <table>, sortable column headers announced with aria-sort.
 * Memoised, so a keystroke in the search box redraws the box at once and the table only when its
 * rows change.
 */
export const AgreementsTable = memo(function AgreementsTable({
  headers,
  rows,
  caption,
  onToggle,
  appParams,
}: { headers: SortableHeader[]; rows: DisplayRow[]; caption: string } & Omit<RowContext, 'language' | 't'>) {
  const t = useTranslation('agreements').t;
  const language = useLanguage();
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-panel">
          <tr>
            <th scope="col" className="w-10 px-2 py-2">
              <span className="sr-only">{t('columns.details')}</span>
            </th>
            {headers.map((header) => (
              <th
                key={header.field}
                scope="col"
                aria-sort={header.sorted ? ARIA_SORT[header.sorted] : undefined}
                className={`px-2 py-1 font-semibold text-ink ${header.field === 'sources' ? 'text-right' : ''}`}
              >
                <button
                  type="button"
                  onClick={header.onToggle}
                  className="inline-flex items-center gap-1 rounded px-1 py-1 whitespace-nowrap hover:bg-page"
                >
                  {t(`columns.${header.field}`)}
                  <span aria-hidden="true" className={header.sorted ? 'text-ink' : 'text-muted'}>
                    {header.sorted ? SORT_MARK[header.sorted] : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, expanded }) => (
            <TableRow key={row.id} row={row} expanded={expanded} onToggle={onToggle} appParams={appParams} language={language} t={t} />
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** The same rows as cards for narrow screens: nothing needs sideways scrolling. Memoised like the table. */
export const AgreementCards = memo(function AgreementCards({ rows, onToggle, appParams }: { rows: DisplayRow[] } & Omit<RowContext, 'language' | 't'>) {
  const t = useTranslation('agreements').t;
  const language = useLanguage();
  return (
    <ul className="space-y-3">
      {rows.map(({ row, expanded }) => (
        <CardRow key={row.id} row={row} expanded={expanded} onToggle={onToggle} appParams={appParams} language={language} t={t} />
      ))}
    </ul>
  );
});

const TableRow = memo(function TableRow({ row, expanded, onToggle, appParams, language, t }: DisplayRow & RowContext) {
  const title = localized(row.agreement, 'title', language);
  return (
    <>
      <tr className="border-t border-line align-top">
        <td className="px-2 py-2">
          <DisclosureButton row={row} expanded={expanded} onToggle={onToggle} label={t('row.expand', { title: title.text })} />
        </td>
        <td className="px-2 py-2 text-ink">{formatDateForColumn(row.date, language)}</td>
        <th scope="row" className="px-2 py-2 font-medium text-ink">
          <LocalizedText value={title} />
        </th>
        <td className="px-2 py-2 text-ink">{t(`common:sectors.${row.sector}`)}</td>
        <td className="px-2 py-2">
          <StatusBadge status={row.status} t={t} />
        </td>
        <td className="px-2 py-2">
          <MeetingLink row={row} language={language} appParams={appParams} t={t} />
        </td>
        <td className="px-2 py-2 text-right text-ink tabular-nums">{row.sources.length}</td>
      </tr>
      {expanded && (
        <tr id={detailsId(row)} className="bg-page">
          <td />
          <td colSpan={6} className="px-2 pt-1 pb-4">
            <AgreementDetails row={row} />
          </td>
        </tr>
      )}
    </>
  );
});

const CardRow = memo(function CardRow({ row, expanded, onToggle, appParams, language, t }: DisplayRow & RowContext) {
  const title = localized(row.agreement, 'title', language);
  return (
    <li className="rounded-lg border border-line bg-panel p-3">
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p className="font-medium break-words text-ink">
            <LocalizedText value={title} />
          </p>
          <p className="mt-1 text-sm text-muted">
            {formatDate(row.date, language, 'short')} · {t(`common:sectors.${row.sector}`)} ·{' '}
            {t('row.sourcesCount', { count: row.sources.length })}
          </p>
        </div>
        <DisclosureButton row={row} expanded={expanded} onToggle={onToggle} label={t('row.expand', { title: title.text })} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <StatusBadge status={row.status} t={t} />
        <span className="min-w-0 break-words">
          <span className="text-muted">{t('common:labelled', { label: t('columns.meeting') })}</span>
          <MeetingLink row={row} language={language} appParams={appParams} t={t} />
        </span>
      </div>
      {expanded && (
        <div id={detailsId(row)} className="mt-3 border-t border-line pt-3">
          <AgreementDetails row={row} />
        </div>
      )}
    </li>
  );
});
