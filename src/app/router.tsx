import { flushSync } from 'react-dom';
import { createBrowserRouter, RouterProvider, type DataRouter, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { NotFoundPage } from './not-found-page';

/** Shown while the first view's code arrives. */
function ViewLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="py-16 text-center text-muted">
      {t('loading.view')}
    </p>
  );
}

/**
 * The route contract that links, embeds and tests rely on. Views are loaded on demand so the first
 * paint of a view only downloads what that view needs (charts stay out of chart-free views).
 */
export const routes: RouteObject[] = [
  {
    path: '/embed/:widget',
    errorElement: <RouteError />,
    hydrateFallbackElement: <ViewLoading />,
    lazy: async () => ({ Component: (await import('../features/embed/embed-widget-page')).EmbedWidgetPage }),
  },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <ViewLoading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/overview/overview-page')).OverviewPage }) },
          { path: 'trade', lazy: async () => ({ Component: (await import('../features/trade/trade-page')).TradePage }) },
          { path: 'summits', lazy: async () => ({ Component: (await import('../features/summits/summits-page')).SummitsPage }) },
          { path: 'summits/:id', lazy: async () => ({ Component: (await import('../features/summits/summit-page')).SummitPage }) },
          { path: 'agreements', lazy: async () => ({ Component: (await import('../features/agreements/agreements-page')).AgreementsPage }) },
          { path: 'sources', lazy: async () => ({ Component: (await import('../features/sources/sources-page')).SourcesPage }) },
          { path: 'embed', lazy: async () => ({ Component: (await import('../features/embed/embed-builder-page')).EmbedBuilderPage }) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** The app may be served under any base path (vite build --base /some/path/). */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/**
 * Under a sub-path the router writes the home page as "/base" (no slash), which static hosts answer
 * with a redirect or a 404 on reload. Keep the address as "/base/" so it reloads everywhere.
 */
function keepTrailingSlashAtBase(): void {
  if (basename === '/' || window.location.pathname !== basename) return;
  const { search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${basename}/${search}${hash}`);
}

export function createRouter() {
  const router = createBrowserRouter(routes, { basename });
  keepTrailingSlashAtBase();
  router.subscribe(keepTrailingSlashAtBase);
  return router;
}

const applyAtOnce = (update: () => unknown): undefined => {
  flushSync(update);
};

/**
 * The router's provider, able to apply an update at once. Filter changes ask for that (`flushSync`
 * in useUrlState): the list under a ticked checkbox is redrawn in the click's own task, before the
 * next frame, rather than as a transition that the browser may paint in the middle of.
 */
export function AppRouterProvider({ router }: { router: DataRouter }) {
  return <RouterProvider router={router} flushSync={applyAtOnce} />;
}
