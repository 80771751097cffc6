import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useDark } from '../../../lib/use-dark';
import { PALETTES, type ChartPalette } from '../lib/palette';

/** The chart palette of the theme in force, following theme switches. */
export function useChartPalette(): ChartPalette {
  return useDark() ? PALETTES.dark : PALETTES.light;
}

/**
 * The width of an element, followed as it resizes (0 before layout, in jsdom, and until the element
 * first comes near the screen).
 *
 * A chart's first drawing is long (Recharts lays it out in several passes, all synchronous), so it
 * waits until the chart is within 400 pixels of the screen, and each chart is drawn in a task of its
 * own: a page of three charts never holds up a click or a key press for all three at once, and a
 * phone does not draw the charts below the fold while the page is loading. Printing draws them all.
 */
export function useElementWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    let resizes: ResizeObserver | undefined;
    const draw = () => {
      if (resizes) return;
      nearScreen?.disconnect();
      flushSync(measure);
      resizes = new ResizeObserver(measure);
      resizes.observe(element);
    };
    let firstDrawing: ReturnType<typeof setTimeout> | undefined;
    const drawSoon = () => {
      firstDrawing ??= setTimeout(draw, 0);
    };
    const nearScreen =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && drawSoon(), { rootMargin: '400px 0px' });
    if (nearScreen) nearScreen.observe(element);
    else drawSoon();
    // Printing leaves no later task: the chart is drawn in the event itself (print preview and
    // print emulation switch the media without a beforeprint event).
    const drawNow = () => {
      clearTimeout(firstDrawing);
      draw();
    };
    const printMedia = window.matchMedia?.('print');
    const drawIfPrinting = () => printMedia?.matches && drawNow();
    window.addEventListener('beforeprint', drawNow);
    printMedia?.addEventListener('change', drawIfPrinting);
    return () => {
      clearTimeout(firstDrawing);
      nearScreen?.disconnect();
      resizes?.disconnect();
      window.removeEventListener('beforeprint', drawNow);
      printMedia?.removeEventListener('change', drawIfPrinting);
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
