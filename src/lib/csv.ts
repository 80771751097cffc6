// CSV writing is kept apart from the other download helpers: papaparse is only fetched when a
// reader asks for a CSV file (see the callers' dynamic imports), not with every page that can export.
import Papa from 'papaparse';

export type CsvRow = Record<string, string | number | boolean | null | undefined>;

/**
 * CSV text with a header row, quoted where needed (commas, quotes, newlines), and a leading BOM so
 * spreadsheet programs read non-Latin text as UTF-8. Cells that start like a formula are prefixed
 * with an apostrophe so opening the file never runs one.
 */
export function toCsv(rows: readonly CsvRow[], columns: readonly { key: string; header: string }[]): string {
  const data = rows.map((row) =>
    columns.map(({ key }) => {
      const value = row[key];
      if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
      return value ?? '';
    }),
  );
  return `\uFEFF${Papa.unparse({ fields: columns.map((column) => column.header), data }, { newline: '\r\n' })}`;
}
