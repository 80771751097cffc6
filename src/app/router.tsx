import { lazy, startTransition, Suspense, useLayoutEffect, useState, type ComponentType, type ReactNode } from 'react';
import {
  Router,
  UNSAFE_createBrowserHistory as createBrowserHistory,
  useLocation,
  useRoutes,
  type HistoryRouterProps,
  type Location,
  type NavigationType,
  type RouteObject,
} from 'react-router';
import { Layout } from './layout';
import { RouteErrorBoundary } from './route-error';
import { NotFoundPage } from './not-found-page';
import { ViewLoading } from './view-loading';
import { isChangingAddressAtOnce } from '../lib/address-change';
import { loadEnglish } from '../lib/i18n';

/** What a route keeps besides its element: how to fetch its view's code ahead of the first render. */
export interface ViewHandle {
  load: () => Promise<unknown>;
}

/**
 * A view whose code is fetched when it is first shown, with the English messages of its
 * `namespaces`, so the first paint of a view only downloads what that view needs (charts stay out
 * of chart-free views). `handle.load` fetches it earlier: the start-up does so alongside the
 * dataset, and the build-time render before drawing (see loadMatchedViews). A view loaded that way
 * is drawn in the same render, without suspending: the build-time render gives the finished page,
 * and the browser takes over a prerendered page at once.
 */
function lazyView(load: () => Promise<ComponentType>, namespaces: readonly string[]): Pick<RouteObject, 'element' | 'handle'> {
  let loaded: { default: ComponentType } | undefined;
  const handle: ViewHandle = {
    load: async () => {
      const [view] = await Promise.all([load(), ...namespaces.map(loadEnglish)]);
      loaded = { default: view };
    },
  };
  const View = lazy(() => (loaded ? alreadyLoaded(loaded) : handle.load().then(() => loaded!)));
  return { element: <View />, handle };
}

/**
 * A thenable that calls back at once. React.lazy reads a module given this way in the same call
 * (it checks for the module right after calling `then`); a promise always calls back later.
 */
function alreadyLoaded<T>(value: T): Promise<T> {
  const settled: PromiseLike<T> = {
    then: (onFulfilled) => alreadyLoaded(onFulfilled ? onFulfilled(value) : value) as never,
  };
  // React.lazy only calls `then`; its type asks for a whole Promise.
  return settled as Promise<T>;
}

/**
 * The route contract that links, embeds and tests rely on. The router is the declarative one
 * (routes as elements): the app has no loaders or actions, and the data router's machinery would
 * double the router's share of every page's code.
 */
const embedWidget = lazyView(async () => (await import('../features/embed/embed-widget-page')).EmbedWidgetPage, [
  'embed',
  'trade',
  'summits',
  'agreements',
]);

export const routes: RouteObject[] = [
  {
    path: '/embed/:widget',
    // The layout has the app views' Suspense boundary; a widget, drawn without it, has its own.
    element: <Suspense fallback={<ViewLoading />}>{embedWidget.element}</Suspense>,
    handle: embedWidget.handle,
  },
  {
    element: <Layout />,
    children: [
      { index: true, ...lazyView(async () => (await import('../features/overview/overview-page')).OverviewPage, ['overview']) },
      { path: 'trade', ...lazyView(async () => (await import('../features/trade/trade-page')).TradePage, ['trade']) },
      { path: 'summits', ...lazyView(async () => (await import('../features/summits/summits-page')).SummitsPage, ['summits']) },
      { path: 'summits/:id', ...lazyView(async () => (await import('../features/summits/summit-page')).SummitPage, ['summits']) },
      { path: 'agreements', ...lazyView(async () => (await import('../features/agreements/agreements-page')).AgreementsPage, ['agreements']) },
      { path: 'sources', ...lazyView(async () => (await import('../features/sources/sources-page')).SourcesPage, ['sources']) },
      { path: 'embed', ...lazyView(async () => (await import('../features/embed/embed-builder-page')).EmbedBuilderPage, ['embed', 'trade']) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The app's views for the current address. A failing view shows the route error; moving to another
 * address tries again. The layout has its own boundary around the view, so the header stays usable
 * when a view fails; this one catches a failing layout or embedded widget.
 *
 * No Suspense boundary sits above the layout: React hydrates what is inside one in a later pass, and
 * the header and footer of a prerendered page are taken over with the page itself.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  return <RouteErrorBoundary address={pathname}>{useRoutes(routes)}</RouteErrorBoundary>;
}

/** The app may be served under any base path (vite build --base /some/path/). */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The session history the router follows: the browser's, or a memory one in tests. */
export type AppHistory = HistoryRouterProps['history'];

/**
 * Under a sub-path the router writes the home page as "/base" (no slash), which static hosts answer
 * with a redirect or a 404 on reload. Keep the address as "/base/" so it reloads everywhere.
 */
function keepTrailingSlashAtBase(): void {
  if (basename === '/' || window.location.pathname !== basename) return;
  const { search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${basename}/${search}${hash}`);
}

/**
 * The browser's session history, as react-router's own routers keep it. The app holds it itself
 * (AppRouter) because BrowserRouter draws either every address change as a transition or none.
 */
export function createAppHistory(): AppHistory {
  // v5Compat: listeners also hear the app's own push and replace, not only the back button.
  const history = createBrowserHistory({ v5Compat: true });
  keepTrailingSlashAtBase();
  return history;
}

interface HistoryState {
  action: NavigationType;
  location: Location;
}

/**
 * The router around `children` (the app's routes unless given), following `history`. Address
 * changes are drawn as transitions, except those made through changeAddressAtOnce.
 */
export function AppRouter({ history, children = <AppRoutes /> }: { history: AppHistory; children?: ReactNode }) {
  const [state, setState] = useState<HistoryState>(() => ({ action: history.action, location: history.location }));
  useLayoutEffect(
    () =>
      // A history takes one listener: this one.
      history.listen(({ action, location }) => {
        keepTrailingSlashAtBase();
        if (isChangingAddressAtOnce()) setState({ action, location });
        else startTransition(() => setState({ action, location }));
      }),
    [history],
  );
  return (
    <Router basename={basename} location={state.location} navigationType={state.action} navigator={history}>
      {children}
    </Router>
  );
}
