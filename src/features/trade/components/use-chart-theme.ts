import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
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
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** What a custom tooltip reads from Recharts: whether it shows, and the hovered row (as `payload` of an entry). */
export interface TooltipState {
  active?: boolean;
  payload?: readonly { payload?: unknown }[] | undefined;
}
