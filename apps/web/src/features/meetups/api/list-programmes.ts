import type { ProgrammeList } from '@praxis/contracts/cohorts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Every programme and its cohorts: a series invites some of them, or the whole network. */
export const listProgrammes = () => apiRequest<ProgrammeList>('GET', '/api/programmes');

export const programmesQueryOptions = () =>
  queryOptions({ queryKey: ['programmes'], queryFn: listProgrammes });

export function useProgrammes() {
  return useQuery(programmesQueryOptions());
}
