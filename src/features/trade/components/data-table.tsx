import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useLanguage } from '../../../app/app-settings';
import { ConfidenceBadge } from '../../../components/badges';
import { CONFIDENCES, SECTORS, type Confidence, type Sector } from '../../../data/vocabulary';
import { formatChange, formatNumber } from '../../../lib/format';
import { linkTo } from '../../../lib/url-params';
import type { Language } from '../../../lib/i18n';
import type { ChartTable, TableColumn } from '../lib/tables';

const isConfidence = (value: unknown): value is Confidence => (CONFIDENCES as readonly unknown[]).includes(value);
const isSector = (value: unknown): value is Sector => (SECTORS as readonly unknown[]).includes(value);

/** A raw cell value as the table shows it (CSV keeps the raw value). */
export function formatCell(value: unknown, format: TableColumn['format'], language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'number') return String(value);
  switch (format) {
    case 'year':
      return String(value);
    case 'usd-bn':
      return formatNumber(value, language, 3);
    case 'percent':
      return formatChange(value, language);
    case 'count':
      return formatNumber(value, language, 2);
    default:
      return String(value);
  }
}

/** The numbers behind a chart as a real table: a caption, column headers, the year or sector as row header. */
export function DataTable({ table, caption }: { table: ChartTable; caption: string }) {
  const { t } = useTranslation(['trade', 'common']);
  const language = useLanguage();
  const [params] = useSearchParams();
  const columns = table.columns.filter((column) => !column.folded);
  const numeric = (column: TableColumn) => column.format === 'usd-bn' || column.format === 'percent' || column.format === 'count';

  return (
    <div className="relative max-w-full overflow-x-auto rounded-md border border-line" tabIndex={0} role="region" aria-label={t('trade:table.scrollLabel', { title: caption })}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-panel">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`border-b border-line px-3 py-2 align-bottom font-semibold text-ink ${numeric(column) ? 'text-right' : 'text-left'}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="px-3 py-4 text-muted">
                {t('trade:table.empty')}
              </td>
            </tr>
          )}
          {table.rows.map((row, index) => (
            <tr key={String(row[columns[0]?.key ?? ''] ?? index)} className="border-b border-line last:border-b-0">
              {columns.map((column, columnIndex) => {
                const value = row[column.key];
                const Cell = columnIndex === 0 ? 'th' : 'td';
                let content: React.ReactNode = formatCell(value, column.format, language);
                if (column.format === 'confidence' && isConfidence(value)) {
                  const note = column.noteKey ? row[column.noteKey] : undefined;
                  content = (
                    <span className="flex flex-col items-start gap-1">
                      <ConfidenceBadge confidence={value} t={t} />
                      {typeof note === 'string' && note && <span className="text-xs text-muted">{note}</span>}
                    </span>
                  );
                } else if (column.format === 'sector' && isSector(value)) {
                  content = (
                    <Link to={linkTo('/agreements', params, { keepRange: true, extra: { sector: value } })}>{t(`common:sectors.${value}`)}</Link>
                  );
                } else if (content === '') {
                  content = (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">{t('trade:table.noValue')}</span>
                    </>
                  );
                }
                return (
                  <Cell
                    key={column.key}
                    {...(columnIndex === 0 ? { scope: 'row' } : {})}
                    className={`px-3 py-2 align-top ${columnIndex === 0 ? 'font-medium text-ink' : 'text-ink'} ${numeric(column) ? 'text-right tabular-nums whitespace-nowrap' : column.format === 'text' || column.format === 'confidence' ? 'min-w-48 text-left' : 'text-left'}`}
                  >
                    {content}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
