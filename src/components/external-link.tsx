import type { ReactNode } from 'react';
import { isHttpUrl } from '../data/vocabulary';

/**
 * A link to an address from the data. Only http(s) addresses become links (anything else is shown
 * as plain text), and they open in a new tab without giving that page a handle on this one.
 */
export function ExternalLink({ href, children, className }: { href: string | undefined; children: ReactNode; className?: string }) {
  if (!href || !isHttpUrl(href)) return <span className={className}>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
    </a>
  );
}
