import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useClientValue } from '../../../lib/use-client-value';

/**
 * True while the page is being printed (or print media is emulated), so a long list that only
 * draws what is on screen can draw everything for paper. The update is flushed synchronously in
 * `beforeprint`, before the browser lays out the printed pages. A page drawn at build time was
 * not being printed; the browser's own answer follows once it has taken the page over.
 */
export function usePrinting(): boolean {
  const printMedia = useClientValue(() => window.matchMedia?.('print').matches === true, false);
  const [fromEvents, setFromEvents] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const media = window.matchMedia?.('print');
    const set = (value: boolean) => flushSync(() => setFromEvents(value));
    const before = () => set(true);
    const after = () => set(media?.matches ?? false);
    const change = (event: MediaQueryListEvent) => setFromEvents(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return fromEvents ?? printMedia;
}
