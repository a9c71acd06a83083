import { type ComponentType, type LazyExoticComponent, lazy, useEffect } from 'react';
import { PageLoadError } from '../components/page-suspense.tsx';
import { afterFirstPage, whenIdle } from './after-first-page.ts';

export type Page<Props> = LazyExoticComponent<ComponentType<Props>> & {
  preload(): Promise<unknown>;
};

/**
 * A page loaded when first shown; `preload()` starts loading it before that, once. A page whose
 * code is here when it is first shown renders at once (see `alreadyHere`).
 */
export function page<Module, Props>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<Props>,
): Page<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  let loaded: { default: ComponentType<Props> } | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = { default: pick(module) };
        return loaded;
      },
      (error: unknown) => {
        // A chunk that could not be fetched (offline, a deploy in between) is asked for again.
        loading = undefined;
        throw new PageLoadError(error);
      },
    );
    return loading;
  };
  return Object.assign(
    lazy(() => (loaded ? alreadyHere(loaded) : preload())),
    { preload },
  );
}

/**
 * A thenable that hands its value over on the spot. React's lazy() renders what it is handed
 * synchronously without suspending; even a settled promise answers a turn later, so the loading
 * line would show first, and React then keeps it 300 ms before it reveals the page.
 */
function alreadyHere<T>(value: T): Promise<T> {
  const thenable = {
    // biome-ignore lint/suspicious/noThenProperty: only a thenable can hand React's lazy() a value synchronously
    then: (onFulfilled: (value: T) => unknown) => onFulfilled(value),
  };
  return thenable as unknown as Promise<T>;
}

/**
 * Loads pages once the first page has its data and the browser is idle, so that the first link
 * to one does not wait, and their chunks do not compete with what the first page needs. One page
 * at a time, each when the browser is idle again: loading runs a page's code, and all of them at
 * once would hold up the page a person has just started to use.
 */
export function usePreloadWhenIdle(pages: { preload(): Promise<unknown> }[], when = true) {
  useEffect(() => {
    if (!when) return undefined;
    let stopped = false;
    let cancelIdle = () => {};
    const next = (index: number) => {
      const page = pages[index];
      if (!page || stopped) return;
      void page
        .preload()
        .catch(() => undefined)
        .then(() => {
          cancelIdle = whenIdle(() => next(index + 1));
        });
    };
    const cancelFirst = afterFirstPage(() => next(0));
    return () => {
      stopped = true;
      cancelFirst();
      cancelIdle();
    };
  }, [pages, when]);
}
