import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { queryClient } from './app/providers';
import { AppRoot } from './app/app-root';
import { datasetOriginFromParams, datasetQuery } from './data/load';
import { AppRouter, basename, createAppHistory, routes } from './app/router';
import { datasetFingerprint, discardPrerender, prerenderFits, readPrerenderMark } from './app/prerendered';
import { loadMatchedViews, shippedDatasetOrGiveUp } from './app/hydration';
import { I18n, initialLanguage, loadMessages, LOCALES } from './lib/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Start fetching the dataset now, while the view's code and messages are still downloading: the view
// asks for the same query and picks up this request instead of starting its own.
void queryClient.prefetchQuery(datasetQuery(datasetOriginFromParams(new URLSearchParams(window.location.search)).origin));

const language = initialLanguage(window.location.search, navigator.languages ?? [navigator.language]);

// A page's first Intl formatter, whichever it is, sets up the browser's locale data: about 50 ms with
// the CPU slowed four times, as Lighthouse's phone is. Made here, in a task of its own while the
// dataset downloads, that setup stays out of the first render, which formats dates and figures.
setTimeout(() => new Intl.DateTimeFormat(LOCALES[language]).format(0), 0);

// A page drawn at build time (shipped data, English, no filters) is taken over only where it is
// exactly what this address shows; otherwise it goes at once, before anything else is awaited.
const mark = readPrerenderMark(root);
const pathBelowBase = basename === '/' ? window.location.pathname : window.location.pathname.slice(basename.length);
let hydrate = mark !== undefined && prerenderFits(mark, { path: pathBelowBase, search: window.location.search, hash: window.location.hash, language });
if (mark && !hydrate) discardPrerender(root);

// Fetch the view's code now too, alongside the dataset and the messages: the first render would ask
// for it only once the dataset is there. A view whose code fails to load is left to that render,
// which shows its error view.
const viewsLoading = loadMatchedViews(routes, window.location.pathname, basename).then(
  () => true,
  () => false,
);

// Messages that fail to download leave the app in English rather than leave the page blank.
const messages = language === 'en' ? undefined : await loadMessages(language).catch(() => undefined);
const i18n = language !== 'en' && messages ? new I18n(language, { [language]: messages }) : new I18n('en');
if (mark && hydrate) {
  const [dataset, viewsLoaded] = await Promise.all([shippedDatasetOrGiveUp(queryClient), viewsLoading]);
  hydrate = viewsLoaded && dataset !== undefined && datasetFingerprint(dataset) === mark.fingerprint;
  if (!hydrate) discardPrerender(root);
}
const app = <AppRoot i18n={i18n} router={<AppRouter history={createAppHistory()} />} />;
// Taking over a prerendered page is done as a transition: React hydrates it in short slices, so the
// page (already on screen) stays responsive meanwhile instead of freezing for one long task.
if (hydrate) startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);
