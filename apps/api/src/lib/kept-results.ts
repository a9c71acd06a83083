/**
 * Results kept by key, for at most `size` keys (the least recently counted go first).
 * - A result younger than `keptMs` is given as it is.
 * - One older, but younger than `staleMs`, is given too, while `refresh` does the work again,
 *   once, in the background: nobody waits for a busy result to be counted again, and the
 *   requests under way do not all count it at the same moment.
 * - Older than that, or never done, the asker does `work` and waits for it, in its own
 *   transaction if it has one. What it found is kept; a failure is not.
 * A refresh that fails leaves the result as it was, tried again after another `keptMs`.
 */
export function keptResults<T>({
  keptMs,
  staleMs,
  size,
}: {
  keptMs: number;
  staleMs: number;
  size: number;
}) {
  interface Entry {
    at: number;
    value: T;
    refreshing: boolean;
  }
  const kept = new Map<string, Entry>();

  const keep = (key: string, value: T) => {
    kept.delete(key);
    kept.set(key, { at: Date.now(), value, refreshing: false });
    if (kept.size > size) kept.delete(kept.keys().next().value ?? '');
  };

  return async (key: string, work: () => Promise<T>, refresh: () => Promise<T>): Promise<T> => {
    const found = kept.get(key);
    const age = found ? Date.now() - found.at : Number.POSITIVE_INFINITY;
    if (found && age < keptMs) return found.value;
    if (found && age < staleMs) {
      if (!found.refreshing) {
        found.refreshing = true;
        refresh().then(
          (value) => {
            if (kept.get(key) === found) keep(key, value);
          },
          () => {
            found.refreshing = false;
            found.at = Date.now();
          },
        );
      }
      return found.value;
    }
    const value = await work();
    keep(key, value);
    return value;
  };
}
