import { useCallback, useSyncExternalStore } from 'react';

/** One MediaQueryList per query: React reads the value on every render of the component. */
const lists = new Map<string, MediaQueryList>();
function mediaList(query: string): MediaQueryList | undefined {
  if (typeof window.matchMedia !== 'function') return undefined;
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/** Whether a CSS media query matches, following changes; `fallback` where matchMedia is missing (tests, SSR). */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = mediaList(query);
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    [query],
  );
  const read = () => mediaList(query)?.matches ?? fallback;
  return useSyncExternalStore(subscribe, read, () => fallback);
}
