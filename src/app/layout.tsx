import { Suspense } from 'react';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from '../lib/use-translation';
import { DatasetGate, useDatasetQuery } from './dataset-context';
import { chooseLanguage, chooseTheme, useAppSettings, useLanguage } from './app-settings';
import { ParamNotes } from '../components/param-notes';
import { RouteErrorBoundary } from './route-error';
import { ViewLoading } from './view-loading';
import { DataSourceBar } from '../features/data-source/data-source-bar';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../lib/i18n';
import { THEMES, type Theme } from '../lib/theme';
import { linkTo, withParams } from '../lib/url-params';
import { formatDate } from '../lib/format';
import { localized } from '../data/localize';

const NAV_ITEMS = [
  { path: '/', key: 'overview', end: true },
  { path: '/trade', key: 'trade', end: false },
  { path: '/summits', key: 'summits', end: false },
  { path: '/agreements', key: 'agreements', end: false },
  { path: '/sources', key: 'sources', end: false },
  { path: '/embed', key: 'embed', end: true },
] as const;


function Header({ theme }: { theme: Theme }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const language = useLanguage();

  const setLanguage = (next: Language) => {
    chooseLanguage(next, i18n);
    // Like the theme, the language goes into the address, so a shared or bookmarked link keeps it.
    setParams(withParams(params, { lang: next }), { replace: true });
  };
  const setTheme = (next: Theme) => {
    chooseTheme(next);
    setParams(withParams(params, { theme: next }), { replace: true });
  };

  return (
    <header className="no-print border-b border-line bg-panel">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <NavLink to={linkTo('/', params)} className="text-lg font-bold text-ink no-underline">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('nav.label')} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-1">
            {NAV_ITEMS.map((item) => (
              <li key={item.path}>
                <NavLink
                  to={linkTo(item.path, params, { keepRange: true })}
                  end={item.end}
                  className={({ isActive }) =>
                    `block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap no-underline ${
                      isActive ? 'bg-accent text-accent-ink' : 'text-ink hover:bg-page'
                    }`
                  }
                >
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <label className="sr-only" htmlFor="language-select">
            {t('settings.language')}
          </label>
          <select
            id="language-select"
            value={language}
            onChange={(event) => setLanguage(event.target.value as Language)}
            className="rounded-md border border-line bg-page px-2 py-1.5 text-sm text-ink"
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
          <label className="sr-only" htmlFor="theme-select">
            {t('settings.theme')}
          </label>
          <select
            id="theme-select"
            value={theme}
            onChange={(event) => setTheme(event.target.value as Theme)}
            className="rounded-md border border-line bg-page px-2 py-1.5 text-sm text-ink"
          >
            {THEMES.map((option) => (
              <option key={option} value={option}>
                {t(`settings.themes.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </header>
  );
}

function Footer() {
  const { t } = useTranslation();
  const dataset = useDatasetQuery().query.data;
  const language = useLanguage();
  const [params] = useSearchParams();
  if (!dataset) return null;
  return (
    <footer className="no-print mt-12 border-t border-line bg-panel">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          <span className="font-medium text-ink">{localized(dataset.meta, 'title', language).text}</span>
          {' · '}
          {t('footer.updated', { date: formatDate(dataset.meta.updated, language) })}
          {' · '}
          {t('footer.license', { license: dataset.meta.license })}
          {' · '}
          <NavLink to={linkTo('/sources', params)}>{t('footer.sources', { count: dataset.sources.length })}</NavLink>
        </p>
      </div>
    </footer>
  );
}

/** The dashboard's frame: skip link, header, the current view, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { theme, notes } = useAppSettings('remembered');
  const { pathname } = useLocation();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-page focus:p-2">
        {t('app.skipToContent')}
      </a>
      <Header theme={theme} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <ParamNotes notes={notes} />
        <DataSourceBar />
        <DatasetGate>
          <RouteErrorBoundary address={pathname}>
            <Suspense fallback={<ViewLoading />}>
              <Outlet />
            </Suspense>
          </RouteErrorBoundary>
        </DatasetGate>
      </main>
      <Footer />
    </div>
  );
}
