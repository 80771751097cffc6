import type { Dataset } from '../data/vocabulary';
import type { Language } from '../lib/i18n';

/**
 * Views drawn into their own HTML file at build time (dist/<view>.html; the overview into
 * index.html), so their content is on screen before the app's code has run. index.html is also
 * the page hosts answer for every address without a file of its own (a meeting, an embedded
 * widget): public/fallback-check.js marks such an address before the first paint, and the
 * stylesheet then keeps the overview's markup hidden until the app draws the right view.
 */
export const PRERENDERED_VIEWS = ['/', '/trade', '/summits', '/agreements', '/sources'] as const;

/** The file a prerendered view is written to, relative to the build's folder. */
export const prerenderedFile = (view: string) => (view === '/' ? 'index.html' : `${view.slice(1)}.html`);

/** Prerendered pages are drawn in this language, with the shipped dataset and no filters. */
export const PRERENDER_LANGUAGE: Language = 'en';

/**
 * Tells apart the dataset a page was drawn from and the one the browser received (a cached copy,
 * say): a hash (32-bit FNV-1a) of the whole parsed dataset, so any edit, a corrected link included,
 * changes it. React would redraw differing text on its own, but not differing attributes such as
 * a link's address. A few milliseconds for the shipped file.
 */
export function datasetFingerprint(dataset: Dataset): string {
  const text = JSON.stringify(dataset);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
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
 * query parameters (filters, language, theme or another dataset all change the page), no fragment
 * (a link to one source draws the list down to it) and English. `path` is the address's path
 * below the app's base.
 */
export function prerenderFits(mark: PrerenderMark, address: { path: string; search: string; hash: string; language: Language }): boolean {
  const path = address.path.replace(/\/+$/, '') || '/';
  const bare = (part: string) => part.replace(/^[?#]/, '') === '';
  return mark.view === path && bare(address.search) && bare(address.hash) && address.language === PRERENDER_LANGUAGE;
}

/** Removes the prerendered markup and its marks; the app then draws the page itself. */
export function discardPrerender(root: HTMLElement): void {
  root.replaceChildren();
  delete root.dataset.prerenderedView;
  delete root.dataset.prerenderedFingerprint;
  root.removeAttribute('inert');
}
