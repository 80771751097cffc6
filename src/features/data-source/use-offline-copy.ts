import { useEffect } from 'react';
import { shippedDatasetUrl, type DatasetOrigin } from '../../data/load';

/** Whether the worker already served this page: then the dataset went through it and is kept. */
const controlledAtStart = typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);

/**
 * On the very first visit the dataset is fetched before the service worker controls the page, so the
 * worker has not kept a copy. When it takes control, fetch the dataset once more through it: a reload
 * while offline then still shows the data.
 */
export function useOfflineCopy(origin: DatasetOrigin, loaded: boolean): void {
  const url = origin.kind === 'file' ? undefined : origin.kind === 'url' ? origin.url : shippedDatasetUrl();
  useEffect(() => {
    if (!loaded || url === undefined || !('serviceWorker' in navigator) || controlledAtStart) return;
    const keep = () => {
      fetch(url).catch(() => undefined);
    };
    // The worker may have taken control before the data arrived, or may do so later.
    if (navigator.serviceWorker.controller) {
      keep();
      return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', keep, { once: true });
    return () => navigator.serviceWorker.removeEventListener('controllerchange', keep);
  }, [url, loaded]);
}
