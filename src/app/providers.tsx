import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '../lib/use-translation';
import type { I18n } from '../lib/i18n';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

/** The app's contexts; `client` is replaced only when a view is drawn at build time. */
export function Providers({ i18n, client = queryClient, children }: { i18n: I18n; client?: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider i18n={i18n}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
