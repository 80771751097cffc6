/**
 * The embeddable widgets: their names (the `:widget` of /embed/:widget), the full view each one
 * links to, whether it draws a chart, and which query parameters configure it.
 */

export const WIDGETS = ['trade', 'meetings', 'sectors', 'timeline', 'agreements'] as const;
export type WidgetName = (typeof WIDGETS)[number];

export const isWidget = (value: unknown): value is WidgetName =>
  typeof value === 'string' && (WIDGETS as readonly string[]).includes(value);

/** Filter parameters a widget reads besides the app-wide ones (lang, theme, data) and the embed ones (controls, title). */
export type WidgetFilter = 'kind' | 'host' | 'sector' | 'status' | 'q' | 'sort' | 'view';

export interface WidgetSpec {
  /** The dashboard view that shows the same data in full. */
  fullView: '/trade' | '/summits' | '/agreements';
  /** Chart widgets can switch between chart and table (`view`) and be exported as PNG. */
  chart: boolean;
  filters: readonly WidgetFilter[];
  /** The iframe height to start with (and to keep without the host script), in CSS pixels. */
  initialHeight: number;
}

export const WIDGET_SPECS = {
  trade: { fullView: '/trade', chart: true, filters: ['view'], initialHeight: 520 },
  meetings: { fullView: '/trade', chart: true, filters: ['kind', 'view'], initialHeight: 540 },
  sectors: { fullView: '/trade', chart: true, filters: ['status', 'view'], initialHeight: 560 },
  timeline: { fullView: '/summits', chart: false, filters: ['kind', 'host', 'q'], initialHeight: 600 },
  agreements: { fullView: '/agreements', chart: false, filters: ['sector', 'status', 'q', 'sort'], initialHeight: 600 },
} as const satisfies Record<WidgetName, WidgetSpec>;

/** Whether `controls=0` (or `false`/`no`/`off`) asks to hide the filter controls. */
export function controlsShown(params: URLSearchParams): boolean {
  const raw = params.get('controls');
  return raw === null || !['0', 'false', 'no', 'off'].includes(raw.trim().toLowerCase());
}

export const MAX_TITLE_LENGTH = 120;

/** The `title` override, trimmed and shortened; empty means "use the widget's own title". */
export function titleOverride(params: URLSearchParams): string {
  const raw = (params.get('title') ?? '').replace(/\s+/g, ' ').trim();
  return raw.length > MAX_TITLE_LENGTH ? `${raw.slice(0, MAX_TITLE_LENGTH - 1)}…` : raw;
}
