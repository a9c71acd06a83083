import type { SuggestedSlots } from '@praxis/contracts/meetups';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { seriesKey } from '../meetup-cache.ts';

/** Candidate dates in the window the series is next due, for the date poll to start from. */
export const getSuggestedSlots = (seriesId: string) =>
  apiRequest<SuggestedSlots>('GET', `/api/meetup-series/${seriesId}/suggested-slots`);

export const suggestedSlotsQueryOptions = (seriesId: string) =>
  queryOptions({
    queryKey: [...seriesKey(seriesId), 'suggested-slots'],
    queryFn: () => getSuggestedSlots(seriesId),
    // The form copies them once; a refetch behind its back would change nothing on screen.
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useSuggestedSlots(seriesId: string) {
  return useQuery(suggestedSlotsQueryOptions(seriesId));
}
