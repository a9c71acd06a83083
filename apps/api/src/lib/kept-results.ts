/**
 * Results kept by key, for at most `size` keys (the least recently counted go first).
 * - A result younger than `keptMs` is given as it is.
 * - One older, but younger than `staleMs`, is given too, while `refresh` does the work again,
 *   once, in the background: nobody waits for a busy result to be counted again, and the
 *   requests under way do not all count it at the same moment. A refresh that fails goes to
 *   `onError` and is tried again a sixth of `keptMs` later.
 * - Older than that, or never done, the asker does `work` and waits for it (in its own
 *   transaction if it has one), failure included. What it found is kept; a failure is not.
 * So no result given is older than `staleMs`.
 */
export function keptResults<T>({
  keptMs,
  staleMs,
  size,
  onError,
}: {
  keptMs: number;
  staleMs: number;
  size: number;
  onError: (error: unknown) => void;
}) {
  interface Entry {
    at: number;
    value: T;
    /** When a refresh may start: at once, never while one runs, or a while after one failed. */
    refreshFrom: number;
  }
  const kept = new Map<string, Entry>();

  const keep = (key: string, value: T) => {
    kept.delete(key);
    kept.set(key, { at: Date.now(), value, refreshFrom: 0 });
    if (kept.size > size) kept.delete(kept.keys().next().value ?? '');
  };

  const startRefresh = (key: string, found: Entry, refresh: () => Promise<T>) => {
    found.refreshFrom = Number.POSITIVE_INFINITY;
    // Started after this turn, so that a refresh throwing at once fails like one that rejects.
    Promise.resolve()
      .then(refresh)
      .then(
        (value) => {
          if (kept.get(key) === found) keep(key, value);
        },
        (error: unknown) => {
          found.refreshFrom = Date.now() + keptMs / 6;
          onError(error);
        },
      );
  };

  return async (key: string, work: () => Promise<T>, refresh: () => Promise<T>): Promise<T> => {
    const found = kept.get(key);
    const now = Date.now();
    if (found && now - found.at < keptMs) return found.value;
    if (found && now - found.at < staleMs) {
      if (now >= found.refreshFrom) startRefresh(key, found, refresh);
      return found.value;
    }
    const value = await work();
    keep(key, value);
    return value;
  };
}
