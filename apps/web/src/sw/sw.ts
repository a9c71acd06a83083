import './push.ts';
import { type PageMessage, SHELL_CACHE_PREFIX } from './messages.ts';
import { isOfflineRead } from './offline-reads.ts';
import { keepAnswers, passThrough, readThrough, setMember } from './session-cache.ts';

declare const self: ServiceWorkerGlobalScope;

/** Written in by the build (vite-service-worker.ts): its id and the files of the app shell. */
declare const __PRAXIS_BUILD__: { id: string; shell: string[] };

const SHELL_CACHE = `${SHELL_CACHE_PREFIX}${__PRAXIS_BUILD__.id}`;
/**
 * The shell every route is answered with offline; the SPA routes from there. The built file, not
 * `/`: the server writes the signed-in member's first answers into `/`, which a cache shared by
 * whoever uses this browser next must not keep.
 */
const SHELL_PAGE = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE).then((cache) => cache.addAll([SHELL_PAGE, ...__PRAXIS_BUILD__.shell])),
  );
  // No skipWaiting here: open tabs run the old build until the person chooses to reload.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(SHELL_CACHE_PREFIX) && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data as PageMessage;
  if (message?.type === 'skip-waiting') event.waitUntil(self.skipWaiting());
  if (message?.type === 'session') event.waitUntil(setMember(message.memberId));
  if (message?.type === 'answers')
    event.waitUntil(keepAnswers(message.answers, self.location.origin));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Writes, other sites and the realtime socket go straight to the network, untouched.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    const later = (work: Promise<unknown>) => event.waitUntil(work);
    // Every read is heard for a 401, the end of the session; only the offline reads are kept.
    if (!isOfflineRead(url.pathname)) event.respondWith(passThrough(request, later));
    else event.respondWith(readThrough(request, url.pathname === '/api/auth/me', later));
    return;
  }
  if (request.mode === 'navigate') {
    // Offline, every address opens the shell, and the app reads what it can from the cache.
    event.respondWith(
      fetch(request).catch(async () => (await fromShell(SHELL_PAGE)) ?? Response.error()),
    );
    return;
  }
  // This build's files: the cached copy is the file, until the next build's worker replaces it.
  event.respondWith(fromShell(request).then((cached) => cached ?? fetch(request)));
});

async function fromShell(request: Request | string): Promise<Response | undefined> {
  return (await caches.open(SHELL_CACHE)).match(request, { ignoreVary: true });
}
