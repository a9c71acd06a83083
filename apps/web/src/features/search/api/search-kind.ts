import type {
  EverythingResults,
  MeetupHits,
  MessageHits,
  PeopleHits,
} from '@praxis/contracts/search';
import {
  infiniteQueryOptions,
  type QueryClient,
  useInfiniteQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { everythingQueryOptions } from './search-everything.ts';
import { SEARCH_MIN_LENGTH } from './search-threads.ts';

/** The kinds the search page lists beside the threads, each with pages of its own. */
export type OtherKind = 'people' | 'meetups' | 'messages';

/** How many of each kind a page holds: the first from everything, the rest from the kind's route. */
export const KIND_PAGE = 10;

interface KindPage<K extends OtherKind> {
  hits: EverythingResults[K];
  nextCursor: string | null;
}

type KindResponse = PeopleHits & MeetupHits & MessageHits;

/** A page of one kind after `cursor` (a cursor everything or an earlier page handed out). */
export async function searchKind<K extends OtherKind>(
  kind: K,
  q: string,
  cursor: string,
): Promise<KindPage<K>> {
  const params = new URLSearchParams({ q, cursor, limit: String(KIND_PAGE) });
  const page = await apiRequest<KindResponse>('GET', `/api/search/${kind}?${params}`);
  return { hits: page[kind] as EverythingResults[K], nextCursor: page.nextCursor };
}

/**
 * One kind's results page by page. The first page is everything's (asked once for all three
 * kinds, and shared with them); "more" asks the kind's own route from there.
 */
export const kindQueryOptions = <K extends OtherKind>(
  queryClient: QueryClient,
  kind: K,
  q: string,
) =>
  infiniteQueryOptions({
    queryKey: ['search', 'kind', kind, q],
    queryFn: async ({ pageParam }): Promise<KindPage<K>> => {
      if (pageParam !== null) return searchKind(kind, q, pageParam);
      const first = await queryClient.fetchQuery(everythingQueryOptions(q, KIND_PAGE));
      return { hits: first[kind], nextCursor: first.nextCursors[kind] };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: q.trim().length >= SEARCH_MIN_LENGTH,
    staleTime: 30_000,
  });

export function useKindPages<K extends OtherKind>(kind: K, q: string) {
  const queryClient = useQueryClient();
  return useInfiniteQuery(kindQueryOptions(queryClient, kind, q));
}
