import { isOneOf, THREAD_KINDS, THREAD_LIST_VIEWS } from '@praxis/contracts/thread-rules';
import type { ThreadFilters } from './api/list-threads.ts';

/** The URL is the list's state, so a filtered list can be shared and the back button undoes. */
export function filtersFrom(params: URLSearchParams): ThreadFilters {
  const view = params.get('view');
  const kind = params.get('kind');
  const filters: ThreadFilters = { view: isOneOf(THREAD_LIST_VIEWS, view) ? view : 'latest' };
  // Unanswered means questions; stories are successes and failures, nothing else.
  if (isOneOf(THREAD_KINDS, kind) && filters.view !== 'unanswered') {
    if (filters.view === 'latest' || kind === 'success' || kind === 'failure') {
      filters.kind = kind;
    }
  }
  for (const key of ['tag', 'cohort', 'author'] as const) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function paramsFrom(filters: ThreadFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view && filters.view !== 'latest') params.set('view', filters.view);
  for (const key of ['kind', 'tag', 'cohort', 'author'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The list's address for these filters. */
export function threadsHref(filters: ThreadFilters): string {
  const query = paramsFrom(filters).toString();
  return query ? `/threads?${query}` : '/threads';
}
