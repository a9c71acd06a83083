import type { CohortBody, CohortDetail } from '@praxis/contracts/cohorts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programmesKey } from '../../../lib/api/list-programmes.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const createCohort = ({ programmeId, ...input }: CohortBody & { programmeId: string }) =>
  apiRequest<CohortDetail>('POST', `/api/programmes/${programmeId}/cohorts`, input);

export function useCreateCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCohort,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}
