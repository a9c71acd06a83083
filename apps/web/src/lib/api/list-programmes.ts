import type { ProgrammeList } from '@praxis/contracts/cohorts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

// One query for every programme and its cohorts: the cohorts pages change them, and the
// cohorts a series invites or a thread list filters by must not lag behind.

export const programmesKey = ['programmes'] as const;

/** Every programme and its cohorts, with their member counts. */
export const listProgrammes = () => apiRequest<ProgrammeList>('GET', '/api/programmes');

export const programmesQueryOptions = () =>
  queryOptions({ queryKey: programmesKey, queryFn: listProgrammes });

/** `enabled: false` when only some viewers need the list (organisers filtering threads). */
export function useProgrammes({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...programmesQueryOptions(), enabled });
}
