import type { PilotUpdatePage } from '@praxis/contracts/pilot-updates';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const pilotUpdatesKey = (pilotId: string) => ['pilots', 'detail', pilotId, 'updates'];

export const listUpdates = (pilotId: string, cursor: string | null) =>
  apiRequest<PilotUpdatePage>(
    'GET',
    `/api/pilots/${pilotId}/updates?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export function usePilotUpdates(pilotId: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: pilotUpdatesKey(pilotId),
      queryFn: ({ pageParam }) => listUpdates(pilotId, pageParam),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
}
