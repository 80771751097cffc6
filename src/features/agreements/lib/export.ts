import { localized } from '../../../data/localize';
import type { AgreementStatus, Confidence, Sector } from '../../../data/vocabulary';
import { toCsv, type CsvRow } from '../../../lib/csv';
import { toJson } from '../../../lib/download';
import type { Language } from '../../../lib/i18n';
import type { AgreementRow } from './agreement-rows';

export const CSV_COLUMNS = [
  'id',
  'date',
  'title',
  'sector',
  'status',
  'meeting',
  'meetingDate',
  'confidence',
  'summary',
  'sourceTitles',
  'sourceUrls',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface ExportLabels {
  header: (column: CsvColumn) => string;
  sector: (sector: Sector) => string;
  status: (status: AgreementStatus) => string;
  confidence: (confidence: Confidence) => string;
}

/** Several values in one cell: "; " reads well and does not clash with CSV quoting. */
const LIST_SEPARATOR = '; ';

/** The rows exactly as filtered and sorted, one CSV line each, in the reader's language. */
export function agreementsCsv(rows: readonly AgreementRow[], language: Language, labels: ExportLabels): string {
  const data: CsvRow[] = rows.map((row) => ({
    id: row.id,
    date: row.date,
    title: localized(row.agreement, 'title', language).text,
    sector: labels.sector(row.sector),
    status: labels.status(row.status),
    meeting: row.summit ? localized(row.summit, 'title', language).text : '',
    meetingDate: row.summit?.start ?? '',
    confidence: labels.confidence(row.agreement.confidence),
    summary: localized(row.agreement, 'summary', language).text,
    sourceTitles: row.sources.map((source) => source.title).join(LIST_SEPARATOR),
    sourceUrls: row.sources.map((source) => source.url ?? '').filter(Boolean).join(LIST_SEPARATOR),
  }));
  return toCsv(
    data,
    CSV_COLUMNS.map((key) => ({ key, header: labels.header(key) })),
  );
}

/** The same rows as JSON: stable codes (not labels), sources resolved to title, publisher and address. */
export function agreementsJson(rows: readonly AgreementRow[], language: Language, view: Record<string, unknown>): string {
  return toJson({
    view,
    count: rows.length,
    agreements: rows.map((row) => ({
      id: row.id,
      date: row.date,
      title: localized(row.agreement, 'title', language).text,
      sector: row.sector,
      status: row.status,
      confidence: row.agreement.confidence,
      summary: localized(row.agreement, 'summary', language).text,
      ...(row.agreement.note ? { note: row.agreement.note } : {}),
      meeting: row.summit ? { id: row.summit.id, title: localized(row.summit, 'title', language).text, start: row.summit.start } : null,
      sources: row.sources.map((source) => ({
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        date: source.date ?? null,
        dateInferred: source.dateInferred ?? false,
        url: source.url ?? null,
      })),
    })),
  });
}
