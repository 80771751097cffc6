import { PALETTES } from '../../trade/lib/palette';

/**
 * Chart colours for the widgets, taken from the trade charts' palette (colour-blind safe, 3:1 against
 * the page in both themes) so an embedded chart looks like the dashboard's.
 */
export function widgetPalette(dark: boolean) {
  const palette = dark ? PALETTES.dark : PALETTES.light;
  return { bar: palette.count, grid: palette.grid, muted: palette.muted, ink: palette.ink, background: palette.background };
}
