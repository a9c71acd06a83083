import type { FlagPage } from '@praxis/contracts/moderation';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Open flags, for organisers. */
export const listFlags = (cursor: string | null) =>
  apiRequest<FlagPage>('GET', `/api/flags${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);

export const flagsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['flags'],
    queryFn: ({ pageParam }) => listFlags(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useFlags() {
  return useInfiniteQuery(flagsQueryOptions());
}
