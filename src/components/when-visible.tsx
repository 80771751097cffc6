import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useClientValue } from '../lib/use-client-value';

/**
 * Renders its children once the reserved space comes near the viewport. Used for heavy parts below
 * the fold (the overview's charts) so the first screen does not wait for, or download, their code.
 */
export function WhenVisible({ children, minHeight, margin = '400px' }: { children: ReactNode; minHeight: number; margin?: string }) {
  const placeholder = useRef<HTMLDivElement>(null);
  // A browser without IntersectionObserver shows the children at once. A page drawn at build time
  // gets the placeholder, as does the browser's first render when it takes that page over.
  const cannotObserve = useClientValue(() => typeof IntersectionObserver === 'undefined', false);
  const [seen, setSeen] = useState(false);
  const visible = seen || cannotObserve;

  useEffect(() => {
    const element = placeholder.current;
    // (While a prerendered page is taken over, cannotObserve still reads false: check here too.)
    if (visible || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    // Printing shows everything, whether or not it was scrolled to.
    const show = () => setSeen(true);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [visible, margin]);

  return visible ? <>{children}</> : <div ref={placeholder} style={{ minHeight }} />;
}
