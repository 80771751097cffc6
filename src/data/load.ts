import { queryOptions } from '@tanstack/react-query';
import { MAX_DATASET_BYTES, isHttpUrl, type Dataset } from './vocabulary';
import { parseDatasetText, type DatasetProblem } from './validate';
import { readLocalDataset } from './local-dataset';

/**
 * Where the dataset comes from: the file shipped with the app, another http(s) address (`?data=<url>`),
 * or a file the reader loaded from their own computer (`?data=local`, kept in this browser's IndexedDB).
 */
export type DatasetOrigin = { kind: 'shipped' } | { kind: 'url'; url: string } | { kind: 'file' };

export const SHIPPED_DATASET_PATH = 'data/relations.json';
/** The value of `data` that means "the file I loaded in this browser". */
export const LOCAL_DATA_PARAM = 'local';

export function shippedDatasetUrl(): string {
  return `${import.meta.env.BASE_URL}${SHIPPED_DATASET_PATH}`;
}

/** Reads the `data` parameter; anything but an http(s) address or `local` is refused (and reported) so it is never fetched. */
export function datasetOriginFromParams(params: URLSearchParams): { origin: DatasetOrigin; refused?: string } {
  const data = params.get('data');
  if (!data) return { origin: { kind: 'shipped' } };
  if (data === LOCAL_DATA_PARAM) return { origin: { kind: 'file' } };
  if (data.length <= 2000 && isHttpUrl(data)) return { origin: { kind: 'url', url: data } };
  return { origin: { kind: 'shipped' }, refused: data.slice(0, 60) };
}

/**
 * Why a dataset could not be loaded. Each kind has its own message under `loadError.<kind>` in common.json.
 * - http: another HTTP status; notFound: 404/410; server: 5xx
 * - network: the connection failed; offline: the browser is offline; timeout: no answer in time
 * - interrupted: the answer started but the connection broke before the file was complete
 * - invalid: the file is not a valid dataset (see `problems`); localMissing: `data=local` but no file is stored here
 */
export type DatasetErrorKind =
  | 'http'
  | 'notFound'
  | 'server'
  | 'network'
  | 'offline'
  | 'timeout'
  | 'interrupted'
  | 'invalid'
  | 'localMissing';

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

/** How long to wait for the server to start answering. */
export const LOAD_TIMEOUT_MS = 15_000;
/** How long the download may stall (no new bytes) once it has started. */
export const STALL_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  stallMs?: number;
  /** Skip the HTTP cache: a retry the reader asked for must reach the server, not wait on a stuck request. */
  fresh?: boolean;
  /** Tells whether the browser believes it is online (injectable for tests). */
  isOnline?: () => boolean;
}

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

function kindOfStatus(status: number): DatasetErrorKind {
  if (status === 404 || status === 410) return 'notFound';
  if (status >= 500) return 'server';
  return 'http';
}

/** Reads the body as text, failing if it stalls; a broken connection here means the file was cut off. */
async function readBody(response: Response, url: string, stallMs: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_DATASET_BYTES) {
    throw new DatasetLoadError('invalid', url, {
      problems: [{ path: '(file)', message: `is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB, too large for a dataset` }],
    });
  }
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  const readChunk = () =>
    new Promise<ReadableStreamReadResult<Uint8Array>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new DatasetLoadError('timeout', url)), stallMs);
      reader.read().then(
        (chunk) => {
          clearTimeout(timer);
          resolve(chunk);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  try {
    for (;;) {
      if (signal.aborted) throw signal.reason;
      const { done, value } = await readChunk();
      if (done) break;
      received += value.byteLength;
      if (received > MAX_DATASET_BYTES) {
        void reader.cancel();
        throw new DatasetLoadError('invalid', url, {
          problems: [{ path: '(file)', message: `is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB, too large for a dataset` }],
        });
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    if (error instanceof DatasetLoadError) {
      void reader.cancel().catch(() => undefined);
      throw error;
    }
    if (signal.aborted) throw error;
    throw new DatasetLoadError(browserOnline() ? 'interrupted' : 'offline', url, {
      message: error instanceof Error ? error.message : String(error),
    });
  }
  parts.push(decoder.decode());
  // A server that announced more bytes than it sent was cut off (some stacks end the stream quietly).
  if (Number.isFinite(declared) && !response.headers.get('content-encoding') && received < declared) {
    throw new DatasetLoadError('interrupted', url);
  }
  return parts.join('');
}

export async function fetchDataset(url: string, options: FetchOptions | AbortSignal = {}): Promise<Dataset> {
  const { signal, fresh = false, timeoutMs = LOAD_TIMEOUT_MS, stallMs = STALL_TIMEOUT_MS, isOnline = browserOnline } =
    options instanceof AbortSignal ? { signal: options } : options;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new DatasetLoadError('timeout', url)), timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, cache: fresh ? 'no-store' : 'default' });
  } catch (error) {
    if (timeout.signal.aborted) throw new DatasetLoadError('timeout', url);
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(isOnline() ? 'network' : 'offline', url, {
      message: error instanceof Error ? error.message : String(error),
    });
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    throw new DatasetLoadError(kindOfStatus(response.status), url, { status: response.status });
  }
  const text = await readBody(response, url, stallMs, signal ?? new AbortController().signal);
  const result = parseDatasetText(text);
  if (!result.ok) throw new DatasetLoadError('invalid', url, { problems: result.problems });
  return result.dataset;
}

/** The stored local file, parsed with the same rules as any other dataset. */
export async function loadLocalDataset(): Promise<Dataset> {
  const stored = await readLocalDataset();
  if (!stored) throw new DatasetLoadError('localMissing', LOCAL_DATA_PARAM);
  const result = parseDatasetText(stored.text);
  if (!result.ok) throw new DatasetLoadError('invalid', stored.name, { problems: result.problems });
  return result.dataset;
}

/** Faults that may pass by themselves, so they are retried with back-off before the reader is asked. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof DatasetLoadError)) return false;
  return error.kind === 'server' || error.kind === 'network' || error.kind === 'interrupted';
}

/** Automatic attempts after the first one, for transient faults. */
export const AUTO_RETRIES = 2;

/** Back-off between automatic attempts: 1 s, 2 s, 4 s … at most 8 s. */
export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 8000);

export const datasetQueryKey = (origin: DatasetOrigin) =>
  origin.kind === 'file'
    ? (['dataset', 'file', LOCAL_DATA_PARAM] as const)
    : (['dataset', origin.kind, origin.kind === 'url' ? origin.url : shippedDatasetUrl()] as const);

let freshRequested = false;

/** The next load skips the HTTP cache (Chromium holds a second request for a URL while the first is pending). */
export function requestFreshLoad(): void {
  freshRequested = true;
}

export function datasetQuery(origin: DatasetOrigin) {
  return queryOptions({
    queryKey: datasetQueryKey(origin),
    queryFn: ({ signal, client, queryKey }) => {
      if (origin.kind === 'file') return loadLocalDataset();
      const state = client.getQueryState(queryKey);
      const fresh = freshRequested || state?.status === 'error' || (state?.fetchFailureCount ?? 0) > 0;
      freshRequested = false;
      return fetchDataset(origin.kind === 'url' ? origin.url : shippedDatasetUrl(), { signal, fresh });
    },
    staleTime: Infinity,
    // Always try the fetch, even when the browser says it is offline: the service worker may hold a copy.
    networkMode: 'offlineFirst',
    // Network faults and server errors may pass; a missing or invalid file, or being offline, will not fix itself by retrying now.
    retry: (failureCount, error) => failureCount < AUTO_RETRIES && isTransient(error),
    retryDelay,
    // The app starts this query before the view mounts; a failure already shown must not be fetched
    // again just because the view mounted. Retry (or the query's own back-off) fetches again.
    retryOnMount: false,
  });
}
