import type { LessonPage } from '@praxis/contracts/lessons';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { lessonsKey } from '../../../lib/api/lessons-drawn-from.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { type LibraryFilters, paramsFrom } from '../library-search-params.ts';

const PAGE_SIZE = 20;

/** One page of the published lessons the viewer may read, filtered and ordered. */
export function listLessons(filters: LibraryFilters, cursor: string | null) {
  const params = paramsFrom(filters);
  if (cursor) params.set('cursor', cursor);
  params.set('limit', String(PAGE_SIZE));
  return apiRequest<LessonPage>('GET', `/api/lessons?${params}`);
}

export const lessonListOptions = (filters: LibraryFilters) =>
  infiniteQueryOptions({
    queryKey: [...lessonsKey, 'list', filters],
    queryFn: ({ pageParam }) => listLessons(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useLessonList(filters: LibraryFilters) {
  // The last list stays on screen while another search or filter loads, so the page does not jump.
  return useInfiniteQuery({ ...lessonListOptions(filters), placeholderData: keepPreviousData });
}
