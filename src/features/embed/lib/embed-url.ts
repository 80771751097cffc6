/**
 * What the embed builder produces: the widget's address and the HTML snippet an editor pastes into
 * a page. Pure, so the exact output is unit tested.
 */
import type { AgreementStatus, Sector, SummitKind } from '../../../data/vocabulary';
import { datasetOriginFromParams } from '../../../data/load';
import type { Language } from '../../../lib/i18n';
import type { Theme } from '../../../lib/theme';
import type { ViewMode } from '../../../lib/url-params';
import { WIDGET_SPECS, type WidgetName } from './widgets';

export const HEIGHT_MODES = ['auto', 'fixed'] as const;
export type HeightMode = (typeof HEIGHT_MODES)[number];

export const MIN_FIXED_HEIGHT = 200;
export const MAX_FIXED_HEIGHT = 4000;

export interface EmbedOptions {
  widget: WidgetName;
  from?: number | undefined;
  to?: number | undefined;
  kinds: readonly SummitKind[];
  sectors: readonly Sector[];
  statuses: readonly AgreementStatus[];
  view: ViewMode;
  theme: Theme;
  lang: Language;
  controls: boolean;
  /** Heading override; empty keeps the widget's own title. */
  title: string;
  heightMode: HeightMode;
  /** The iframe height in fixed mode, and the starting height in auto mode. */
  height: number;
  /** The http(s) address of the dataset shown, when it is not the shipped one. */
  data?: string | undefined;
}

/**
 * The dataset address an embed carries, from the builder's own `data` parameter: another dataset's
 * http(s) address. A file loaded from this computer (`local`) is not carried: it is kept in this
 * site's browser storage, which a page embedding the widget does not share.
 */
export function embedDataAddress(params: URLSearchParams): string | undefined {
  const { origin } = datasetOriginFromParams(params);
  return origin.kind === 'url' ? origin.url : undefined;
}

export const clampHeight = (height: number): number =>
  Number.isFinite(height) ? Math.min(MAX_FIXED_HEIGHT, Math.max(MIN_FIXED_HEIGHT, Math.round(height))) : MIN_FIXED_HEIGHT;

/**
 * The widget's query: only what its widget reads, and only what differs from the defaults (light
 * theme, controls shown, chart view), except `lang`, which is always written so an embed does not
 * depend on the reader's browser language.
 */
export function embedQuery(options: EmbedOptions): URLSearchParams {
  const filters: readonly string[] = WIDGET_SPECS[options.widget].filters;
  const query = new URLSearchParams();
  if (options.from !== undefined) query.set('from', String(options.from));
  if (options.to !== undefined) query.set('to', String(options.to));
  if (filters.includes('kind') && options.kinds.length > 0) query.set('kind', options.kinds.join(','));
  if (filters.includes('sector') && options.sectors.length > 0) query.set('sector', options.sectors.join(','));
  if (filters.includes('status') && options.statuses.length > 0) query.set('status', options.statuses.join(','));
  if (filters.includes('view') && options.view !== 'chart') query.set('view', options.view);
  query.set('lang', options.lang);
  if (options.theme !== 'light') query.set('theme', options.theme);
  if (!options.controls) query.set('controls', '0');
  const title = options.title.trim();
  if (title) query.set('title', title);
  if (options.data) query.set('data', options.data);
  return query;
}

/** `base` is the app's absolute root, e.g. "https://example.org/bilateral/" (origin + BASE_URL). */
export function embedUrl(base: string, options: EmbedOptions): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}embed/${options.widget}?${embedQuery(options).toString()}`;
}

export function scriptUrl(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}embed.js`;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The snippet to paste: the iframe (named by `frameTitle` for screen readers) and, in auto mode,
 * the host script that sizes it. Without the script the iframe keeps its starting height and the
 * widget scrolls inside it. In fixed mode the iframe is marked `data-bilateral="fixed"`: the script
 * (if present) still relays messages but never resizes it.
 */
export function embedSnippet(base: string, options: EmbedOptions, frameTitle: string): string {
  const height = clampHeight(options.height);
  const marker = options.heightMode === 'fixed' ? 'data-bilateral="fixed"' : 'data-bilateral';
  const iframe =
    `<iframe ${marker} src="${escapeAttribute(embedUrl(base, options))}" title="${escapeAttribute(frameTitle)}" ` +
    `width="100%" height="${height}" style="width:100%;border:0" loading="lazy"></iframe>`;
  if (options.heightMode === 'fixed') return iframe;
  return `${iframe}\n<script src="${escapeAttribute(scriptUrl(base))}" async></script>`;
}
