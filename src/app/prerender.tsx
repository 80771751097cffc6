import { renderToString } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import { StaticRouter } from 'react-router';
import { AppRoot } from './app-root';
import { AppRoutes, basename, routes } from './router';
import { loadMatchedViews } from './hydration';
import { datasetQueryKey } from '../data/load';
import { parseDatasetText } from '../data/validate';
import { I18n } from '../lib/i18n';
import { datasetFingerprint, PRERENDER_LANGUAGE } from './prerendered';

export interface PrerenderedView {
  /** The markup of #root. */
  html: string;
  /** The view's main heading, for the page's <title>. */
  heading: string;
  /** Identifies the dataset the markup was drawn from (see datasetFingerprint). */
  fingerprint: string;
}

/**
 * Draws one view at build time, with the shipped dataset, in English and without filters: what a
 * first visit to that address shows. The browser shows this markup at once and the app takes it
 * over (hydrates) when its code and the dataset have arrived; see main.tsx for when it may not.
 */
export async function prerenderView(path: string, datasetText: string): Promise<PrerenderedView> {
  const parsed = parseDatasetText(datasetText);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new Error(`the shipped dataset is invalid: ${first ? `${first.path} ${first.message}` : 'unknown problem'}`);
  }
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(datasetQueryKey({ kind: 'shipped' }), parsed.dataset);
  const i18n = new I18n(PRERENDER_LANGUAGE);

  const location = `${basename === '/' ? '' : basename}${path}`;
  await loadMatchedViews(routes, location, basename);
  // With the view's code loaded, nothing suspends: the markup is complete, with none of the inline
  // scripts that stream late parts in (the CSP forbids inline script).
  const html = renderToString(
    <AppRoot
      i18n={i18n}
      client={client}
      router={
        <StaticRouter basename={basename} location={location}>
          <AppRoutes />
        </StaticRouter>
      }
    />,
  );
  if (html.includes('<script') || html.includes('<!--$!-->')) throw new Error(`${path} did not render completely at build time (a part suspended or failed)`);
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
  return { html, heading, fingerprint: datasetFingerprint(parsed.dataset) };
}
