import { describe, expect, it, vi } from 'vitest';
import { stopPush, updateWatcher } from './service-worker.ts';

/** Stand-ins for the browser's worker objects: event targets with the fields the watcher reads. */
function fakeWorker(state: ServiceWorkerState = 'installing') {
  return Object.assign(new EventTarget(), { state, postMessage: vi.fn() });
}
type FakeWorker = ReturnType<typeof fakeWorker>;

function fakeBrowser({ controlled }: { controlled: boolean }) {
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? fakeWorker('activated') : null,
  });
  const registration = Object.assign(new EventTarget(), {
    waiting: null as FakeWorker | null,
    installing: null as FakeWorker | null,
  });
  const reload = vi.fn();
  const updates = updateWatcher(container as unknown as ServiceWorkerContainer, reload);
  const install = (worker: FakeWorker) => {
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    worker.state = 'installed';
    worker.dispatchEvent(new Event('statechange'));
  };
  const takeOver = () => {
    container.controller = fakeWorker('activated');
    container.dispatchEvent(new Event('controllerchange'));
  };
  return { container, registration, reload, updates, install, takeOver };
}

describe('updateWatcher', () => {
  it('offers nothing when the first worker installs and takes over the page', () => {
    const browser = fakeBrowser({ controlled: false });
    browser.updates.watch(browser.registration as unknown as ServiceWorkerRegistration);
    browser.install(fakeWorker());
    browser.takeOver();
    expect(browser.updates.offered()).toBe(false);
    expect(browser.reload).not.toHaveBeenCalled();
  });

  it('offers the new version when a worker installs while an older one controls the page', () => {
    const browser = fakeBrowser({ controlled: true });
    const listener = vi.fn();
    browser.updates.subscribe(listener);
    browser.updates.watch(browser.registration as unknown as ServiceWorkerRegistration);
    browser.install(fakeWorker());
    expect(browser.updates.offered()).toBe(true);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('offers a version that was already waiting when the page loaded', () => {
    const browser = fakeBrowser({ controlled: true });
    browser.registration.waiting = fakeWorker('installed');
    browser.updates.watch(browser.registration as unknown as ServiceWorkerRegistration);
    expect(browser.updates.offered()).toBe(true);
  });

  it('tells the waiting worker to take over, and reloads only once it has', () => {
    const browser = fakeBrowser({ controlled: true });
    browser.updates.watch(browser.registration as unknown as ServiceWorkerRegistration);
    const waiting = fakeWorker();
    browser.install(waiting);
    browser.updates.apply();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'skip-waiting' });
    expect(browser.reload).not.toHaveBeenCalled();
    browser.takeOver();
    expect(browser.reload).toHaveBeenCalledOnce();
  });

  it('offers a reload to a tab whose worker another tab replaced', () => {
    const browser = fakeBrowser({ controlled: true });
    browser.takeOver();
    expect(browser.updates.offered()).toBe(true);
    browser.updates.apply();
    expect(browser.reload).toHaveBeenCalledOnce();
  });
});

describe('stopPush', () => {
  it("cancels the browser's push subscription, so nothing held for it arrives after signing out", async () => {
    const unsubscribe = vi.fn(async () => true);
    const pushManager = { getSubscription: vi.fn(async () => ({ unsubscribe })) };
    await stopPush(Promise.resolve({ pushManager } as unknown as ServiceWorkerRegistration));
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('does nothing in a browser with no subscription, or no Web Push', async () => {
    const pushManager = { getSubscription: vi.fn(async () => null) };
    await stopPush(Promise.resolve({ pushManager } as unknown as ServiceWorkerRegistration));
    await stopPush(Promise.resolve({} as ServiceWorkerRegistration));
    expect(pushManager.getSubscription).toHaveBeenCalledOnce();
  });
});
