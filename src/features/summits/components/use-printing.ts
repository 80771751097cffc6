import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (or print media is emulated), so a long list that only
 * draws what is on screen can draw everything for paper. The update is flushed synchronously in
 * `beforeprint`, before the browser lays out the printed pages.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && window.matchMedia?.('print').matches === true);
  useEffect(() => {
    const media = window.matchMedia?.('print');
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(media?.matches ?? false);
    const change = (event: MediaQueryListEvent) => setPrinting(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
