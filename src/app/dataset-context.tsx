import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { datasetOriginFromParams, datasetQuery, type DatasetOrigin } from '../data/load';
import type { Dataset } from '../data/schema';
import { LoadError } from '../components/load-error';

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

/** Loads the dataset named by the URL and renders its children only once it is parsed and valid. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const { origin, query } = useDatasetQuery();
  const { t } = useTranslation();

  if (query.isPending) {
    return (
      <p role="status" className="py-16 text-center text-muted">
        {t('loading.dataset')}
      </p>
    );
  }
  if (query.isError) {
    return <LoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return <DatasetContext.Provider value={{ dataset: query.data, origin }}>{children}</DatasetContext.Provider>;
}
