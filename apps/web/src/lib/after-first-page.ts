import { queryClient } from './query-client.ts';

/** However busy the page stays, deferred work starts after this long. */
const LATEST_MS = 10_000;

/**
 * Runs `work` once the first page has what it shows: the document has loaded, no data request
 * is under way, and the browser is idle. Work that can wait (other pages' chunks, the service
 * worker's copy of the whole build) then no longer competes with the page's own data on a slow
 * connection. Returns a function that cancels it.
 */
export function afterFirstPage(work: () => void): () => void {
  let done = false;
  let cancelIdle = () => {};
  let stopWatching = () => {};
  const run = () => {
    if (done) return;
    done = true;
    cleanUp();
    work();
  };
  const latest = setTimeout(run, LATEST_MS);
  const cleanUp = () => {
    clearTimeout(latest);
    cancelIdle();
    stopWatching();
    window.removeEventListener('load', whenLoaded);
  };

  // A page's query starts once its chunk has arrived, so "nothing fetching" is checked again
  // when the browser is idle rather than trusted at once.
  const whenQuiet = () => {
    if (queryClient.isFetching() > 0) return;
    cancelIdle();
    cancelIdle = whenIdle(() => {
      if (queryClient.isFetching() === 0) run();
    });
  };
  function whenLoaded() {
    stopWatching = queryClient.getQueryCache().subscribe(whenQuiet);
    whenQuiet();
  }
  if (document.readyState === 'complete') whenLoaded();
  else window.addEventListener('load', whenLoaded, { once: true });

  return () => {
    done = true;
    cleanUp();
  };
}

/** Runs `callback` when the browser is next idle; returns a function that cancels it. */
export function whenIdle(callback: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 500);
  return () => clearTimeout(id);
}
