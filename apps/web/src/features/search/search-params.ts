import { ThreadKind } from '@praxis/contracts/threads';
import type { SearchFilters } from './api/search-threads.ts';

/** The URL is the search's state: a search can be shared, and the back button undoes a filter. */
export function filtersFrom(params: URLSearchParams): SearchFilters {
  const filters: SearchFilters = { q: params.get('q')?.trim() ?? '' };
  const kind = ThreadKind.safeParse(params.get('kind'));
  if (kind.success) filters.kind = kind.data;
  // Only questions are solved or not.
  const solved = params.get('solved');
  if (filters.kind === 'question' && (solved === 'true' || solved === 'false')) {
    filters.solved = solved;
  }
  const tag = params.get('tag')?.trim();
  if (tag) filters.tag = tag;
  return filters;
}

export function paramsFrom(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) params.set(key, String(value));
  }
  return params;
}
