import { StrictMode, useEffect, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { I18n } from '../lib/i18n';
import { Providers } from './providers';

/** A page drawn at build time is inert (not clickable, not focusable) until the app has taken it over. */
function ReleasePrerender() {
  useEffect(() => document.getElementById('root')?.removeAttribute('inert'), []);
  return null;
}

/**
 * The whole app around its router. Shared by the browser and the build-time render so both draw the
 * same tree: generated ids (useId) depend on the tree's shape, and must match for the browser to
 * take over the prerendered markup.
 */
export function AppRoot({ i18n, client, router }: { i18n: I18n; client?: QueryClient; router: ReactNode }) {
  return (
    <StrictMode>
      <Providers i18n={i18n} client={client}>
        {router}
        <ReleasePrerender />
      </Providers>
    </StrictMode>
  );
}
