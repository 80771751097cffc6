import { readFileSync } from 'node:fs';
import { act } from 'react';
import { within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { UNSAFE_createMemoryHistory as createMemoryHistory, type RouteObject } from 'react-router';
import { AppRoot } from '../../src/app/app-root';
import { AppRouter, routes } from '../../src/app/router';
import { I18n } from '../../src/lib/i18n';
import { prerenderView } from '../../src/app/prerender';
import { datasetFingerprint, discardPrerender, PRERENDERED_VIEWS, prerenderFits, readPrerenderMark } from '../../src/app/prerendered';
import { loadMatchedViews, shippedDatasetOrGiveUp } from '../../src/app/hydration';
import { datasetQueryKey } from '../../src/data/load';
import { loadFixture } from './fixtures';

const shippedText = readFileSync('data/relations.json', 'utf8');
const shipped = loadFixture('data/relations.json');

/** Text of the markup without tags (entities kept), for plain-language assertions. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('prerenderView', () => {
  it('draws the whole timeline with the shipped meetings, in English, without scripts', async () => {
    const page = await prerenderView('/summits', shippedText);
    expect(page.heading).toBe('Leader meetings');
    expect(textOf(page.html)).toContain(`${shipped.summits.length} meetings`);
    // Every meeting is in the page: its detail link is there.
    for (const summit of shipped.summits) expect(page.html).toContain(`href="/summits/${summit.id}"`);
    expect(page.html).not.toContain('<script');
    expect(page.fingerprint).toBe(datasetFingerprint(shipped));
  });

  it('draws the agreement table and the sources page from the same data', async () => {
    const agreements = await prerenderView('/agreements', shippedText);
    expect(agreements.html).toContain('<table');
    expect(textOf(agreements.html)).toContain(`of ${shipped.agreements.length} agreements`);
    const sources = await prerenderView('/sources', shippedText);
    expect(sources.heading).toBe('Sources');
    expect(textOf(sources.html)).toContain(`${shipped.sources.length} sources`);
  });

  it('refuses an invalid dataset, naming the problem', async () => {
    await expect(prerenderView('/summits', '{"schemaVersion": 2}')).rejects.toThrow(/shipped dataset is invalid: .*schemaVersion/);
  });
});

describe('prerenderFits', () => {
  const mark = { view: '/summits', fingerprint: 'x' };
  it('fits the same view without parameters, in English', () => {
    expect(prerenderFits(mark, { path: '/summits', search: '', hash: '', language: 'en' })).toBe(true);
    expect(prerenderFits(mark, { path: '/summits/', search: '?', hash: '', language: 'en' })).toBe(true);
  });
  it('does not fit filters, another language or another view', () => {
    expect(prerenderFits(mark, { path: '/summits', search: '?kind=state-visit', hash: '', language: 'en' })).toBe(false);
    expect(prerenderFits(mark, { path: '/summits', search: '', hash: '', language: 'ru' })).toBe(false);
    expect(prerenderFits(mark, { path: '/summits/2013-03-moscow', search: '', hash: '', language: 'en' })).toBe(false);
    expect(prerenderFits(mark, { path: '/summits', search: '', hash: '#year-2019', language: 'en' })).toBe(false);
  });
});

describe('the prerender mark on #root', () => {
  it('is read from the data attributes and removed with the markup', () => {
    const root = document.createElement('div');
    root.setAttribute('inert', '');
    root.dataset.prerenderedView = '/sources';
    root.dataset.prerenderedFingerprint = 'f';
    root.innerHTML = '<h1>Sources</h1>';
    expect(readPrerenderMark(root)).toEqual({ view: '/sources', fingerprint: 'f' });
    discardPrerender(root);
    expect(root.childNodes).toHaveLength(0);
    expect(readPrerenderMark(root)).toBeUndefined();
    expect(root.hasAttribute('inert')).toBe(false);
  });
  it('is absent on the plain page', () => {
    expect(readPrerenderMark(document.createElement('div'))).toBeUndefined();
  });
});

describe('datasetFingerprint', () => {
  it('changes with any edit, a corrected link included', () => {
    const base = datasetFingerprint(shipped);
    expect(datasetFingerprint(structuredClone(shipped))).toBe(base);
    expect(datasetFingerprint({ ...shipped, summits: shipped.summits.slice(1) })).not.toBe(base);
    const [first, ...rest] = shipped.sources;
    expect(datasetFingerprint({ ...shipped, sources: [{ ...first!, url: 'https://example.org/corrected' }, ...rest] })).not.toBe(base);
  });
});

describe('shippedDatasetOrGiveUp', () => {
  const key = datasetQueryKey({ kind: 'shipped' });

  it('gives the dataset once it has loaded', async () => {
    const client = new QueryClient();
    const waiting = shippedDatasetOrGiveUp(client, 1000);
    client.setQueryData(key, shipped);
    await expect(waiting).resolves.toBe(shipped);
  });

  it('gives up at the first failed attempt', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const waiting = shippedDatasetOrGiveUp(client, 1000);
    await client.prefetchQuery({ queryKey: key, queryFn: () => Promise.reject(new Error('404')) });
    await expect(waiting).resolves.toBeUndefined();
  });

  it('gives up when the wait is over', async () => {
    await expect(shippedDatasetOrGiveUp(new QueryClient(), 10)).resolves.toBeUndefined();
  });
});

describe('loadMatchedViews', () => {
  it('loads the code of the matching views only', async () => {
    const loaded: string[] = [];
    const view = (name: string): RouteObject => ({ path: name, handle: { load: async () => void loaded.push(name) } });
    await loadMatchedViews([{ path: '/', children: [view('summits'), view('trade')] }], '/summits', '/');
    expect(loaded).toEqual(['summits']);
  });
});

/** Hydrates the build-time markup of `view` in this document; returns what React reported. */
async function hydrateView(view: (typeof PRERENDERED_VIEWS)[number], beforeTakeover = () => {}) {
  const page = await prerenderView(view, shippedText);
  beforeTakeover();
  const container = document.createElement('div');
  container.innerHTML = page.html;
  document.body.append(container);
  const client = new QueryClient();
  client.setQueryData(datasetQueryKey({ kind: 'shipped' }), shipped);
  await loadMatchedViews(routes, view, '/');
  const history = createMemoryHistory({ initialEntries: [view], v5Compat: true });
  const reported: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void reported.push(args.map(String).join(' ')));
  await act(async () => {
    hydrateRoot(container, <AppRoot i18n={new I18n('en')} client={client} router={<AppRouter history={history} />} />, {
      onRecoverableError: (error) => void reported.push(String(error)),
    });
  });
  return { page, container, reported };
}

/** A browser's observer for a page not yet scrolled: nothing below the first screen comes into view. */
class NothingScrolledIntoView {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

describe('taking a prerendered view over', () => {
  // As in a browser (jsdom has no IntersectionObserver): the overview's charts wait below the first
  // screen instead of loading their code in the middle of the next test.
  beforeEach(() => vi.stubGlobal('IntersectionObserver', NothingScrolledIntoView));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('keeps a remembered theme: drawn as at build time, then the reader\'s choice', async () => {
    const { container, reported } = await hydrateView('/sources', () => localStorage.setItem('bilateral.theme', 'dark'));
    expect(reported).toEqual([]);
    expect(within(container).getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  });

  // React (development build, as in these tests) reports every difference between the markup and
  // the browser's first render, attributes included, which the production build does not.
  it.each(PRERENDERED_VIEWS)('%s hydrates with no difference from the markup', async (view) => {
    const { page, container, reported } = await hydrateView(view);
    expect(reported).toEqual([]);
    expect(container.querySelector('h1')?.textContent).toBe(page.heading);
  });
});
