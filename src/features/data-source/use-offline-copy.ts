import { useEffect } from 'react';
import { shippedDatasetUrl, type DatasetOrigin } from '../../data/load';

/**
 * On the very first visit the dataset is fetched before the service worker controls the page, so the
 * worker has not kept a copy. When it takes control, fetch the dataset once more through it: a reload
 * while offline then still shows the data.
 */
export function useOfflineCopy(origin: DatasetOrigin, loaded: boolean): void {
  const url = origin.kind === 'file' ? undefined : origin.kind === 'url' ? origin.url : shippedDatasetUrl();
  useEffect(() => {
    if (!loaded || url === undefined || !('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
    const keep = () => {
      fetch(url, { credentials: 'omit' }).catch(() => undefined);
    };
    navigator.serviceWorker.addEventListener('controllerchange', keep, { once: true });
    return () => navigator.serviceWorker.removeEventListener('controllerchange', keep);
  }, [url, loaded]);
}
