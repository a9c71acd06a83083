import type { TrackList } from '@praxis/contracts/cohorts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

// A programme's tracks: the cohorts pages manage them, the pilots board filters by them and a
// pilot's form offers them; one query key, so a new track shows everywhere at once.

export const tracksKey = (programmeId: string) => ['programmes', programmeId, 'tracks'] as const;

export const listTracks = (programmeId: string) =>
  apiRequest<TrackList>('GET', `/api/programmes/${programmeId}/tracks`);

export function useTracks(programmeId: string | undefined) {
  return useQuery({
    ...queryOptions({
      queryKey: tracksKey(programmeId ?? ''),
      queryFn: () => listTracks(programmeId ?? ''),
    }),
    enabled: Boolean(programmeId),
  });
}
