import type { Dataset } from '../data/vocabulary';
import type { Language } from '../lib/i18n';

/**
 * Views drawn into their own HTML file at build time (dist/<view>.html), so their content is on
 * screen before the app's code has run. The overview stays out: its address is served by
 * index.html, which is also the page every other address falls back to.
 */
export const PRERENDERED_VIEWS = ['/trade', '/summits', '/agreements', '/sources'] as const;

/** Prerendered pages are drawn in this language, with the shipped dataset and no filters. */
export const PRERENDER_LANGUAGE: Language = 'en';

/**
 * Tells apart the dataset a page was drawn from and the one the browser received (a cached copy,
 * say). Counts and the update date change with any real edit and cost nothing to compute; a page
 * that still did not match would be redrawn by React, never shown wrongly.
 */
export function datasetFingerprint(dataset: Dataset): string {
  const { meta } = dataset;
  return [meta.updated, meta.version ?? '', dataset.sources.length, dataset.trade.length, dataset.summits.length, dataset.agreements.length, dataset.claims.length].join('/');
}

export interface PrerenderMark {
  /** The view drawn into the page, e.g. "/summits". */
  view: string;
  fingerprint: string;
}

/** What the page's #root says was drawn into it at build time, if anything. */
export function readPrerenderMark(root: HTMLElement): PrerenderMark | undefined {
  const { prerenderedView: view, prerenderedFingerprint: fingerprint } = root.dataset;
  return view && fingerprint ? { view, fingerprint } : undefined;
}

/**
 * Whether the prerendered markup is what the app would draw for this address: the same view, no
 * query parameters (filters, language, theme or another dataset all change the page) and English.
 * `path` is the address's path below the app's base.
 */
export function prerenderFits(mark: PrerenderMark, address: { path: string; search: string; language: Language }): boolean {
  const path = address.path.replace(/\/+$/, '') || '/';
  return mark.view === path && address.search.replace(/^\?/, '') === '' && address.language === PRERENDER_LANGUAGE;
}

/** Removes the prerendered markup and its marks; the app then draws the page itself. */
export function discardPrerender(root: HTMLElement): void {
  root.replaceChildren();
  delete root.dataset.prerenderedView;
  delete root.dataset.prerenderedFingerprint;
  root.removeAttribute('inert');
}
