import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { PALETTES, type ChartPalette } from '../lib/palette';

function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDarkNow = () => document.documentElement.classList.contains('dark');

/** The chart palette of the theme in force (the `dark` class on <html>), following theme switches. */
export function useChartPalette(): ChartPalette {
  const dark = useSyncExternalStore(subscribeToTheme, isDarkNow, () => false);
  return dark ? PALETTES.dark : PALETTES.light;
}

/** The width of an element, followed as it resizes (0 before layout and in jsdom). */
export function useElementWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    // A chart's first drawing is long (Recharts lays it out in several passes, all synchronous), so
    // each chart is first drawn in a task of its own: a page of three charts never holds up a click
    // or a key press for all three at once.
    let observer: ResizeObserver | undefined;
    const firstDrawing = setTimeout(() => {
      flushSync(measure);
      observer = new ResizeObserver(measure);
      observer.observe(element);
    }, 0);
    return () => {
      clearTimeout(firstDrawing);
      observer?.disconnect();
    };
  }, []);
  return [ref, width];
}

/** What a custom tooltip reads from Recharts: whether it shows, and the hovered row (as `payload` of an entry). */
export interface TooltipState {
  active?: boolean;
  payload?: readonly { payload?: unknown }[] | undefined;
}

/**
 * For the grid lines a chart leaves out (`vertical={false}`): Recharts would still work out where
 * they go, measuring every tick label's text on the page to do so.
 */
export const NO_GRID_LINES = () => [];
