export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A file name made of plain parts: "trade-by-year_2013-2024.csv". */
export function fileName(parts: readonly (string | number | undefined)[], extension: string): string {
  const stem = parts
    .filter((part) => part !== undefined && part !== '')
    .map((part) => String(part).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('_');
  return `${stem || 'bilateral'}.${extension}`;
}

/** Saves a text or blob as a download without a server round trip. */
export function saveFile(content: string | Blob, name: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
