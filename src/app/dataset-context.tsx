import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../lib/use-translation';
import {
  AUTO_RETRIES,
  DatasetLoadError,
  datasetOriginFromParams,
  datasetQuery,
  datasetQueryKey,
  requestFreshLoad,
  type DatasetOrigin,
} from '../data/load';
import type { Dataset } from '../data/vocabulary';
import { DatasetErrorView } from '../features/data-source/dataset-error-view';
import { recoversOnline } from '../features/data-source/lib/data-source';

export { DatasetLoadError };

interface LoadedDataset {
  dataset: Dataset;
  origin: DatasetOrigin;
}

const DatasetContext = createContext<LoadedDataset | null>(null);

/** The dataset of the current view. Only rendered inside <DatasetGate>, so it is always loaded and valid. */
export function useDataset(): Dataset {
  const loaded = useContext(DatasetContext);
  if (!loaded) throw new Error('useDataset() is used outside <DatasetGate>');
  return loaded.dataset;
}

export function useDatasetOrigin(): DatasetOrigin {
  const loaded = useContext(DatasetContext);
  if (!loaded) throw new Error('useDatasetOrigin() is used outside <DatasetGate>');
  return loaded.origin;
}

/** The query for the dataset named by the URL (one query, shared by every component that asks). */
export function useDatasetQuery() {
  const [params] = useSearchParams();
  const { origin } = datasetOriginFromParams(params);
  return { origin, query: useQuery(datasetQuery(origin)) };
}

/** After this long without an answer the reader is told the server is slow and may try again. */
export const SLOW_AFTER_MS = 4000;

function useElapsed(active: boolean, after: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setPassed(true), after);
    return () => {
      clearTimeout(timer);
      setPassed(false);
    };
  }, [active, after]);
  return passed;
}

function Loading({ query, origin }: { query: ReturnType<typeof useDatasetQuery>['query']; origin: DatasetOrigin }) {
  const { t } = useTranslation(['common', 'data']);
  const queryClient = useQueryClient();
  // A pending first load is shared, not restarted, by refetch(): cancel it, then start over.
  const startOver = async () => {
    await queryClient.cancelQueries({ queryKey: datasetQueryKey(origin) });
    requestFreshLoad();
    await query.refetch();
  };
  const slow = useElapsed(query.fetchStatus === 'fetching', SLOW_AFTER_MS);
  const reason = query.failureReason;
  const reasonText =
    reason instanceof DatasetLoadError ? t(`loadError.${reason.kind}`, { status: reason.status ?? '', url: reason.url }) : '';
  return (
    <div role="status" className="py-16 text-center text-muted">
      <p>{t('loading.dataset')}</p>
      {query.failureCount > 0 && (
        <p className="mx-auto mt-3 max-w-2xl text-ink">
          {t('data:pending.autoRetry', { reason: reasonText, attempt: query.failureCount + 1, total: AUTO_RETRIES + 1 })}
        </p>
      )}
      {slow && (
        <div className="mt-3">
          <p className="text-ink">{t('data:pending.slow')}</p>
          <button
            type="button"
            onClick={() => void startOver()}
            className="mt-3 rounded-md bg-accent px-4 py-2 font-medium text-accent-ink"
          >
            {t('data:pending.retryNow')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Loads the dataset named by the URL and renders its children only once it is parsed and valid. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const { origin, query } = useDatasetQuery();
  const { isError, error, refetch } = query;

  // Back online after a network fault: try again without waiting for the reader.
  useEffect(() => {
    if (!isError || !recoversOnline(error)) return;
    const retry = () => void refetch();
    // The connection may have returned between the failure and this effect.
    if (error instanceof DatasetLoadError && error.kind === 'offline' && navigator.onLine) retry();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [isError, error, refetch]);

  if (query.isPending) return <Loading query={query} origin={origin} />;
  if (query.isError) {
    return <DatasetErrorView error={query.error} origin={origin} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return <DatasetContext.Provider value={{ dataset: query.data, origin }}>{children}</DatasetContext.Provider>;
}
