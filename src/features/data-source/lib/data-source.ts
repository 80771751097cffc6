import { parseDatasetText, type DatasetResult } from '../../../data/validate';
import { MAX_DATASET_BYTES } from '../../../data/vocabulary';
import { DatasetLoadError, type DatasetErrorKind } from '../../../data/load';
import { withParams } from '../../../lib/url-params';

/** The host of a dataset address, as shown to the reader ("data.example.org"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** The same query string without `data`: the shipped dataset, every other setting kept. */
export function withoutDataParam(params: URLSearchParams): URLSearchParams {
  return withParams(params, { data: undefined });
}

/** What a file picker or a drop hands over; a File fits, and tests can pass a plain object. */
export interface DatasetFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

export type FileReadResult = (DatasetResult & { text?: string }) & { name: string };

/**
 * Reads and checks a local file with the same rules as `npm run validate-data`. Files over the size
 * limit are refused before they are read, so 50 MB of garbage never reaches memory or the parser.
 */
export async function readDatasetFile(file: DatasetFile): Promise<FileReadResult> {
  if (file.size > MAX_DATASET_BYTES) {
    return {
      name: file.name,
      ok: false,
      problems: [{ path: '(file)', message: `is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB, too large for a dataset` }],
    };
  }
  const text = await file.text();
  const result = parseDatasetText(text);
  return result.ok ? { ...result, name: file.name, text } : { ...result, name: file.name };
}

/** The error's kind, or `network` for errors that did not come from the loader. */
export function errorKind(error: unknown): DatasetErrorKind {
  return error instanceof DatasetLoadError ? error.kind : 'network';
}

/** Whether going back to the network may help (used to retry on the `online` event). */
export const recoversOnline = (error: unknown) => {
  const kind = errorKind(error);
  return kind === 'offline' || kind === 'network' || kind === 'interrupted' || kind === 'timeout';
};

/** Query key of the stored local file's name (shown in the banner). */
export const LOCAL_FILE_NAME_KEY = ['local-dataset-name'] as const;
