import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following changes; `fallback` where matchMedia is missing (tests, SSR). */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined;
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    [query],
  );
  const read = () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback);
  return useSyncExternalStore(subscribe, read, () => fallback);
}
