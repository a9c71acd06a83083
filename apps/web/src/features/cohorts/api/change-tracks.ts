import type {
  CohortTracks,
  CohortTracksBody,
  Track,
  TrackBody,
  TrackUpdateBody,
} from '@praxis/contracts/cohorts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tracksKey } from '../../../lib/api/list-tracks.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const createTrack = ({ programmeId, ...track }: TrackBody & { programmeId: string }) =>
  apiRequest<Track>('POST', `/api/programmes/${programmeId}/tracks`, track);

export const updateTrack = ({ id, ...change }: TrackUpdateBody & { id: string }) =>
  apiRequest<Track>('PATCH', `/api/tracks/${id}`, change);

export const deleteTrack = ({ id }: { id: string }) =>
  apiRequest<void>('DELETE', `/api/tracks/${id}`);

export const setCohortTracks = ({ cohortId, ...body }: CohortTracksBody & { cohortId: string }) =>
  apiRequest<CohortTracks>('PUT', `/api/cohorts/${cohortId}/tracks`, body);

/** Organisers manage a programme's tracks and which of them each cohort belongs to. */
export function useChangeTracks(programmeId: string) {
  const queryClient = useQueryClient();
  // Pilots name their track: the board and pilot pages read it again too.
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tracksKey(programmeId) }),
      queryClient.invalidateQueries({ queryKey: ['pilots'] }),
    ]);
  return {
    create: useMutation({ mutationFn: createTrack, onSuccess }),
    update: useMutation({ mutationFn: updateTrack, onSuccess }),
    remove: useMutation({ mutationFn: deleteTrack, onSuccess }),
    setForCohort: useMutation({ mutationFn: setCohortTracks, onSuccess }),
  };
}
