import type { ProgrammeList } from '@praxis/contracts/cohorts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Every programme and cohort: organisers filter threads by any cohort, not only their own. */
export const listProgrammes = () => apiRequest<ProgrammeList>('GET', '/api/programmes');

export const programmesQueryOptions = () =>
  queryOptions({ queryKey: ['programmes'], queryFn: listProgrammes });

export function useProgrammes(enabled: boolean) {
  return useQuery({ ...programmesQueryOptions(), enabled });
}
