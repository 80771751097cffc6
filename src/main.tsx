import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers, queryClient } from './app/providers';
import { datasetOriginFromParams, datasetQuery } from './data/load';
import { createRouter } from './app/router';
import { createI18n, initialLanguage, loadMessages } from './lib/i18n';
import './styles.css';

// Start fetching the dataset now, while the view's code and messages are still downloading: the view
// asks for the same query and picks up this request instead of starting its own.
void queryClient.prefetchQuery(datasetQuery(datasetOriginFromParams(new URLSearchParams(window.location.search)).origin));

const language = initialLanguage(window.location.search, navigator.languages ?? [navigator.language]);
const i18n = createI18n(language, { [language]: await loadMessages(language) });
const router = createRouter();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Providers i18n={i18n}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
