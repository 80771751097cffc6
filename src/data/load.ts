import { queryOptions } from '@tanstack/react-query';
import { isHttpUrl, type Dataset } from './schema';
import { parseDatasetText, type DatasetProblem } from './validate';

/** Where the dataset comes from: the file shipped with the app, or another http(s) address (`?data=`). */
export type DatasetOrigin = { kind: 'shipped' } | { kind: 'url'; url: string };

export const SHIPPED_DATASET_PATH = 'data/relations.json';

export function shippedDatasetUrl(): string {
  return `${import.meta.env.BASE_URL}${SHIPPED_DATASET_PATH}`;
}

/** Reads the `data` parameter; anything but an http(s) address is refused (and reported) so it is never fetched. */
export function datasetOriginFromParams(params: URLSearchParams): { origin: DatasetOrigin; refused?: string } {
  const data = params.get('data');
  if (!data) return { origin: { kind: 'shipped' } };
  if (data.length <= 2000 && isHttpUrl(data)) return { origin: { kind: 'url', url: data } };
  return { origin: { kind: 'shipped' }, refused: data.slice(0, 60) };
}

export type DatasetErrorKind = 'http' | 'network' | 'timeout' | 'invalid';

/** Why a dataset could not be loaded, in a form the error view can explain. */
export class DatasetLoadError extends Error {
  readonly kind: DatasetErrorKind;
  readonly status?: number;
  readonly problems: DatasetProblem[];
  readonly url: string;

  constructor(
    kind: DatasetErrorKind,
    url: string,
    details: { status?: number; problems?: DatasetProblem[]; message?: string } = {},
  ) {
    super(details.message ?? `Dataset load failed (${kind})`);
    this.name = 'DatasetLoadError';
    this.kind = kind;
    this.url = url;
    if (details.status !== undefined) this.status = details.status;
    this.problems = details.problems ?? [];
  }
}

export const LOAD_TIMEOUT_MS = 20_000;

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const timeout = AbortSignal.timeout(LOAD_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let text: string;
  try {
    const response = await fetch(url, { signal: combined, credentials: 'omit' });
    if (!response.ok) {
      throw new DatasetLoadError('http', url, { status: response.status });
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    if (timeout.aborted) throw new DatasetLoadError('timeout', url);
    throw new DatasetLoadError('network', url, {
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const result = parseDatasetText(text);
  if (!result.ok) throw new DatasetLoadError('invalid', url, { problems: result.problems });
  return result.dataset;
}

function isTransient(error: unknown): boolean {
  if (!(error instanceof DatasetLoadError)) return false;
  if (error.kind === 'http') return (error.status ?? 0) >= 500;
  return error.kind === 'network' || error.kind === 'timeout';
}

export function datasetQuery(origin: DatasetOrigin) {
  const url = origin.kind === 'url' ? origin.url : shippedDatasetUrl();
  return queryOptions({
    queryKey: ['dataset', origin.kind, url] as const,
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    // Network faults and server errors may pass; a missing or invalid file will not fix itself.
    retry: (failureCount, error) => failureCount < 2 && isTransient(error),
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
  });
}
