import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AUTO_RETRIES,
  DatasetLoadError,
  datasetOriginFromParams,
  datasetQuery,
  fetchDataset,
  isTransient,
  loadLocalDataset,
  retryDelay,
} from '../../src/data/load';
import { forgetLocalDataset, saveLocalDataset } from '../../src/data/local-dataset';

const valid = readFileSync('tests/fixtures/other-pair.json', 'utf8');
const URL_ = 'https://data.example.org/relations.json';

function mockFetch(implementation: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(implementation);
}

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetLoadError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

/** A body that sends `first` and then breaks, as a connection reset mid-file does. */
function brokenBody(first: string): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode(first));
      } else {
        controller.error(new TypeError('network error'));
      }
    },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('datasetOriginFromParams', () => {
  it('reads the shipped data, an http(s) address and a local file; refuses anything else', () => {
    expect(datasetOriginFromParams(new URLSearchParams(''))).toEqual({ origin: { kind: 'shipped' } });
    expect(datasetOriginFromParams(new URLSearchParams(`data=${URL_}`))).toEqual({ origin: { kind: 'url', url: URL_ } });
    expect(datasetOriginFromParams(new URLSearchParams('data=local'))).toEqual({ origin: { kind: 'file' } });
    expect(datasetOriginFromParams(new URLSearchParams('data=javascript:alert(1)'))).toEqual({
      origin: { kind: 'shipped' },
      refused: 'javascript:alert(1)',
    });
    expect(datasetOriginFromParams(new URLSearchParams(`data=https://x.org/${'a'.repeat(3000)}`)).origin).toEqual({ kind: 'shipped' });
  });
});

describe('fetchDataset explains each fault', () => {
  it('parses a valid dataset', async () => {
    mockFetch(() => Promise.resolve(new Response(valid)));
    const dataset = await fetchDataset(URL_);
    expect(dataset.meta.parties.map((party) => party.id)).toEqual(['FR', 'SY']);
  });

  it.each([
    [404, 'notFound'],
    [410, 'notFound'],
    [500, 'server'],
    [503, 'server'],
    [403, 'http'],
  ])('HTTP %i is a %s error with its status', async (status, kind) => {
    mockFetch(() => Promise.resolve(new Response('nope', { status })));
    const error = await failure(fetchDataset(URL_));
    expect(error).toMatchObject({ kind, status, url: URL_ });
  });

  it('a failed connection is a network error while online and an offline error while offline', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failure(fetchDataset(URL_, { isOnline: () => true }))).kind).toBe('network');
    expect((await failure(fetchDataset(URL_, { isOnline: () => false }))).kind).toBe('offline');
  });

  it('a server that does not answer in time is a timeout', async () => {
    mockFetch((_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    expect((await failure(fetchDataset(URL_, { timeoutMs: 20 }))).kind).toBe('timeout');
  });

  it('a download that stalls is a timeout', async () => {
    mockFetch(() => Promise.resolve(new Response(new ReadableStream({ pull: () => new Promise(() => undefined) }))));
    expect((await failure(fetchDataset(URL_, { stallMs: 20 }))).kind).toBe('timeout');
  });

  it('a connection broken mid-file is an interrupted download', async () => {
    mockFetch(() => Promise.resolve(new Response(brokenBody(valid.slice(0, 500)))));
    expect((await failure(fetchDataset(URL_, { isOnline: () => true }))).kind).toBe('interrupted');
  });

  it('a body shorter than its declared length is an interrupted download', async () => {
    mockFetch(() => Promise.resolve(new Response(valid.slice(0, 500), { headers: { 'content-length': String(valid.length) } })));
    expect((await failure(fetchDataset(URL_))).kind).toBe('interrupted');
  });

  it('an invalid file lists its problems with paths', async () => {
    mockFetch(() => Promise.resolve(new Response('{"schemaVersion":1}')));
    const error = await failure(fetchDataset(URL_));
    expect(error.kind).toBe('invalid');
    expect(error.problems.map((problem) => problem.path)).toContain('meta');
  });

  it('a file declared larger than 50 MB is refused before it is read', async () => {
    mockFetch(() => Promise.resolve(new Response('{}', { headers: { 'content-length': String(60 * 1024 * 1024) } })));
    const error = await failure(fetchDataset(URL_));
    expect(error.problems[0]?.message).toMatch(/larger than 50 MB/);
  });
});

describe('retries', () => {
  it('retries only faults that may pass by themselves', () => {
    expect(isTransient(new DatasetLoadError('server', URL_, { status: 500 }))).toBe(true);
    expect(isTransient(new DatasetLoadError('network', URL_))).toBe(true);
    expect(isTransient(new DatasetLoadError('interrupted', URL_))).toBe(true);
    for (const kind of ['notFound', 'http', 'invalid', 'offline', 'timeout', 'localMissing'] as const) {
      expect(isTransient(new DatasetLoadError(kind, URL_))).toBe(false);
    }
  });

  it('backs off: 1 s, 2 s, 4 s, then at most 8 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('the query retries a server error twice and an invalid file never', () => {
    const { retry } = datasetQuery({ kind: 'shipped' });
    if (typeof retry !== 'function') throw new Error('retry should be a function');
    const server = new DatasetLoadError('server', URL_, { status: 500 });
    expect(retry(0, server)).toBe(true);
    expect(retry(AUTO_RETRIES - 1, server)).toBe(true);
    expect(retry(AUTO_RETRIES, server)).toBe(false);
    expect(retry(0, new DatasetLoadError('invalid', URL_))).toBe(false);
  });
});

describe('a local file', () => {
  afterEach(() => forgetLocalDataset());

  it('is read back and validated like any dataset', async () => {
    await saveLocalDataset({ name: 'mine.json', size: valid.length, text: valid, savedAt: '2026-01-01T00:00:00Z' });
    expect((await loadLocalDataset()).meta.title).toMatch(/Freedonia/);
  });

  it('that is not stored here is reported, not fetched', async () => {
    const error = await failure(loadLocalDataset());
    expect(error.kind).toBe('localMissing');
  });
});
