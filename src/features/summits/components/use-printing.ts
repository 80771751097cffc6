import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMediaQuery } from '../../../lib/use-media-query';

/**
 * True while the page is being printed (or print media is emulated), so a long list that only
 * draws what is on screen can draw everything for paper. `beforeprint` is flushed synchronously,
 * before the browser lays out the printed pages.
 */
export function usePrinting(): boolean {
  const printMedia = useMediaQuery('print', false);
  const [betweenPrintEvents, setBetweenPrintEvents] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setBetweenPrintEvents(true));
    const after = () => flushSync(() => setBetweenPrintEvents(false));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return betweenPrintEvents || printMedia;
}
