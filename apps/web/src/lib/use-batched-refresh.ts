import { useEffect, useRef } from 'react';

/** How long a burst of changes is gathered before the page reads itself again, once. */
const GATHER_MS = 250;

/**
 * Returns `refresh` wrapped so that a burst of calls (many members marking a post helpful at
 * once) makes one request after the burst, not one per change.
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
