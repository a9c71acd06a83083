import { useEffect, useRef } from 'react';

/** How long changes are gathered before the page reads itself again. */
const GATHER_MS = 250;

/**
 * Returns `refresh` wrapped so that it runs at most once per 250 ms, after the first call of a
 * burst: many members marking a post helpful at once make a few requests, not one per change.
 */
export function useBatchedRefresh(refresh: () => unknown): () => void {
  const latest = useRef(refresh);
  latest.current = refresh;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    if (timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      latest.current();
    }, GATHER_MS);
  };
}
