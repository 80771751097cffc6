import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '../../src/lib/use-translation';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { AppRouter } from '../../src/app/router';
import { datasetQuery } from '../../src/data/load';
import type { Language } from '../../src/lib/i18n';
import { testI18n } from './messages';
import type { Dataset } from '../../src/data/vocabulary';

/**
 * Renders the real app routes at `path` with `dataset` already loaded (as if fetched), so a test
 * meets a view the way a reader does. Returns the history to inspect the location.
 */
export function renderRoute(path: string, dataset: Dataset, language: Language = 'en') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(datasetQuery({ kind: 'shipped' }).queryKey, dataset);
  const history = createMemoryHistory({ initialEntries: [path], v5Compat: true });
  const i18n = testI18n(language);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider i18n={i18n}>
        <AppRouter history={history} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...view, history, queryClient };
}
