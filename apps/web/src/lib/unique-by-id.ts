/**
 * Each item once, in first-seen order. Keyset pages can overlap when something moves between
 * two requests (a thread bumped by a reply, a reply added after the last page was read).
 */
export function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}
