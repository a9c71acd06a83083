import type { SimilarThreads } from '@praxis/contracts/similar-threads';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Below this many characters a title says too little to match anything useful. */
export const SIMILAR_MIN_LENGTH = 8;

export const findSimilarThreads = (title: string) =>
  apiRequest<SimilarThreads>('GET', `/api/threads/similar?title=${encodeURIComponent(title)}`);

export const similarThreadsQueryOptions = (title: string) =>
  queryOptions({
    queryKey: ['threads', 'similar', title],
    queryFn: () => findSimilarThreads(title),
    enabled: title.length >= SIMILAR_MIN_LENGTH,
    placeholderData: keepPreviousData,
  });

export function useSimilarThreads(title: string) {
  return useQuery(similarThreadsQueryOptions(title));
}
