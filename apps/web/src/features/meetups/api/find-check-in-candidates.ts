import type { CheckInCandidates } from '@praxis/contracts/meetup-check-ins';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Invited members matching a name who are not marked present yet. */
export const findCheckInCandidates = (meetupId: string, q: string) =>
  apiRequest<CheckInCandidates>(
    'GET',
    `/api/meetups/${meetupId}/check-in-candidates?${new URLSearchParams({ q })}`,
  );

export const checkInCandidatesQueryOptions = (meetupId: string, q: string) =>
  queryOptions({
    queryKey: ['meetups', 'check-ins', meetupId, 'candidates', q] as const,
    queryFn: () => findCheckInCandidates(meetupId, q),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });

export function useCheckInCandidates(meetupId: string, q: string) {
  return useQuery(checkInCandidatesQueryOptions(meetupId, q));
}
