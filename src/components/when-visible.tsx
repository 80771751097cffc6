import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once the reserved space comes near the viewport. Used for heavy parts below
 * the fold (the overview's charts) so the first screen does not wait for, or download, their code.
 */
export function WhenVisible({ children, minHeight, margin = '400px' }: { children: ReactNode; minHeight: number; margin?: string }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = placeholder.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    // Printing shows everything, whether or not it was scrolled to.
    const show = () => setVisible(true);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [visible, margin]);

  return visible ? <>{children}</> : <div ref={placeholder} style={{ minHeight }} />;
}
