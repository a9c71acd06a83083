import { useSyncExternalStore } from 'react';
import { DATA_CACHE_PREFIX, type PageMessage } from '../sw/messages.ts';
import { takenAnswers } from './first-answers.ts';

type Container = Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>;
type Registration = Pick<ServiceWorkerRegistration, 'waiting' | 'installing' | 'addEventListener'>;

/**
 * Notices a new version of the app: a worker that finishes installing while an older one
 * controls the page waits for the person's word (`apply`), which makes it take over; the page
 * reloads once it has. A tab whose worker another tab replaced runs the old build, so it is
 * offered the reload too. The very first worker replaces nothing and offers nothing.
 */
export function updateWatcher(container: Container, reload: () => void) {
  let offered: { waiting: ServiceWorker | null } | null = null;
  let applying = false;
  let controlled = container.controller !== null;
  const listeners = new Set<() => void>();
  const offer = (waiting: ServiceWorker | null) => {
    offered = { waiting };
    for (const listener of listeners) listener();
  };
  const offerIfNew = (worker: ServiceWorker) => {
    if (container.controller) offer(worker);
  };

  container.addEventListener('controllerchange', () => {
    if (applying) reload();
    else if (controlled) offer(null);
    controlled = true;
  });

  return {
    watch(registration: Registration) {
      if (registration.waiting) offerIfNew(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offerIfNew(worker);
        });
      });
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    offered: () => offered !== null,
    apply() {
      const waiting = offered?.waiting;
      if (!waiting) return reload();
      applying = true;
      waiting.postMessage({ type: 'skip-waiting' } satisfies PageMessage);
    },
  };
}

/** Production builds only: `vite dev` serves modules the worker knows nothing about. */
const enabled =
  import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

const updates = enabled
  ? updateWatcher(navigator.serviceWorker, () => window.location.reload())
  : null;

export function registerServiceWorker() {
  if (!enabled || !updates) return;
  const register = async () => {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    updates.watch(registration);
    // A tab left open for days still hears of a deploy when the person comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  };
  const start = () => register().catch(() => {});
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * Gives the worker the answers this page came with, which it never saw read, so that it keeps
 * them for offline reading as it keeps what it reads.
 */
export function keepFirstAnswers() {
  if (!enabled || !navigator.serviceWorker.controller) return;
  const message: PageMessage = { type: 'answers', answers: takenAnswers() };
  if (Object.keys(message.answers).length === 0) return;
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
}

/** Whether a new version of the app waits for a reload. */
export function useUpdateOffered(): boolean {
  return useSyncExternalStore(updates?.subscribe ?? neverChanges, updates?.offered ?? never);
}

const neverChanges = () => () => {};
const never = () => false;

export function applyUpdate() {
  if (updates) updates.apply();
  else window.location.reload();
}

/**
 * Tells the worker who is signed in, so that it keeps and serves cached answers for that
 * member only. Signing out also deletes them here, at once, even in a tab the worker does
 * not control (after a forced reload), rather than waiting for the message.
 */
export function tellServiceWorkerWhoIsSignedIn(memberId: string | null) {
  if (!enabled) return;
  const message: PageMessage = { type: 'session', memberId };
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
  if (memberId !== null) return;
  if ('caches' in window) void forgetCachedReads();
  stopPush(navigator.serviceWorker.ready).catch(() => {});
}

/**
 * Nobody is signed in: this browser takes no more pushes. The server forgets the subscription
 * with the session; cancelling it here too stops what the push service still holds for it.
 */
export async function stopPush(ready: Promise<Pick<ServiceWorkerRegistration, 'pushManager'>>) {
  const registration = await ready;
  // Browsers without Web Push have no pushManager.
  const subscription = await registration.pushManager?.getSubscription();
  await subscription?.unsubscribe();
}

async function forgetCachedReads() {
  for (const name of await caches.keys()) {
    if (name.startsWith(DATA_CACHE_PREFIX)) await caches.delete(name);
  }
}
