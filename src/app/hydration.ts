import { matchRoutes, type RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { datasetQueryKey } from '../data/load';
import type { Dataset } from '../data/vocabulary';
import type { ViewHandle } from './router';

/**
 * How long a prerendered page waits for the dataset before the app draws the page itself (and so
 * shows its own loading and retry messages). The shipped file usually arrives long before.
 */
export const HYDRATION_WAIT_MS = 3000;

/**
 * The shipped dataset once its first download succeeds; undefined as soon as an attempt fails or
 * the wait is over. Taking over prerendered markup needs the data it was drawn from; anything else
 * is better shown by the app's own loading and error views.
 */
export function shippedDatasetOrGiveUp(client: QueryClient, waitMs = HYDRATION_WAIT_MS): Promise<Dataset | undefined> {
  const key = datasetQueryKey({ kind: 'shipped' });
  return new Promise((resolve) => {
    let unsubscribe = () => {};
    const settle = (dataset: Dataset | undefined) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(dataset);
    };
    const check = () => {
      const state = client.getQueryState<Dataset>(key);
      if (state?.status === 'success') settle(state.data);
      else if (state && (state.status === 'error' || state.fetchFailureCount > 0)) settle(undefined);
    };
    const timer = setTimeout(() => settle(undefined), waitMs);
    unsubscribe = client.getQueryCache().subscribe(check);
    check();
  });
}

/**
 * Loads the code of the views that match the address (see ViewHandle in router.tsx), so it arrives
 * alongside the dataset rather than after the first render asks for it.
 */
export async function loadMatchedViews(routes: RouteObject[], pathname: string, basename: string): Promise<void> {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  await Promise.all(matches.map(({ route }) => (route.handle as Partial<ViewHandle> | undefined)?.load?.()));
}
