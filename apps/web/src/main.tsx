import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { setupStatusQueryOptions } from './features/auth/api/get-setup-status.ts';
import { afterFirstPage } from './lib/after-first-page.ts';
import { loadMessages } from './lib/i18n/catalogs.ts';
import { firstLocale } from './lib/i18n/i18n-provider.tsx';
import { queryClient } from './lib/query-client.ts';
import { keepFirstAnswers, registerServiceWorker } from './lib/service-worker.ts';
import { meQueryOptions } from './lib/session.ts';
import { preloadPageFor } from './pages.ts';
import './styles/index.css';

// Who is signed in and whether the network is set up are asked at once, beside the language
// catalog, rather than by the components that wait for the catalog before they render.
void queryClient.prefetchQuery(meQueryOptions());
void queryClient.prefetchQuery(setupStatusQueryOptions());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first render waits for the language's catalog and the page's code (the page announced both,
// so they arrive beside this script): it then shows the page at once, rather than nothing, then
// a loading line, then the page.
void Promise.allSettled([
  loadMessages(firstLocale()),
  preloadPageFor(window.location.pathname),
]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
// The worker's install copies the whole build: it waits until the first page has its data.
afterFirstPage(() => {
  registerServiceWorker();
  keepFirstAnswers();
});
