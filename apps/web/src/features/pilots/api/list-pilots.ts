import type { PilotBoard, PilotBoardQuery } from '@praxis/contracts/pilots';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The board's filters, spelled as the URL and the API spell them. */
export type BoardFilters = Omit<PilotBoardQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 60;

export function listPilots(filters: BoardFilters, cursor: string | null) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) params.set(key, String(value));
  }
  if (cursor) params.set('cursor', cursor);
  params.set('limit', String(PAGE_SIZE));
  return apiRequest<PilotBoard>('GET', `/api/pilots?${params}`);
}

export const pilotBoardQueryOptions = (filters: BoardFilters) =>
  infiniteQueryOptions({
    queryKey: ['pilots', 'board', filters],
    queryFn: ({ pageParam }) => listPilots(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function usePilotBoard(filters: BoardFilters, enabled = true) {
  // The last board stays on screen while another filter loads, so the columns do not jump.
  return useInfiniteQuery({
    ...pilotBoardQueryOptions(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}
