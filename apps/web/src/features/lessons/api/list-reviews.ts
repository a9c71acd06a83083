import type { LessonReviewPage } from '@praxis/contracts/lessons';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { lessonsKey } from '../../../lib/api/lessons-drawn-from.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Sources of the viewer's that lessons draw on: those waiting for an answer, or all of them. */
export const listReviews = (pending: boolean, cursor: string | null) => {
  const params = new URLSearchParams({ pending: String(pending), limit: '20' });
  if (cursor) params.set('cursor', cursor);
  return apiRequest<LessonReviewPage>('GET', `/api/lessons/reviews?${params}`);
};

export const reviewsOptions = (pending: boolean) =>
  infiniteQueryOptions({
    queryKey: [...lessonsKey, 'reviews', pending],
    queryFn: ({ pageParam }) => listReviews(pending, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useReviews(pending: boolean) {
  return useInfiniteQuery(reviewsOptions(pending));
}
