import type { CohortDetail } from '@praxis/contracts/cohorts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getCohort = (id: string) => apiRequest<CohortDetail>('GET', `/api/cohorts/${id}`);

export const cohortQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['cohorts', id], queryFn: () => getCohort(id) });

export function useCohort(id: string) {
  return useQuery(cohortQueryOptions(id));
}
