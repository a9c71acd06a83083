import type { CohortInvitationsBody, CohortInvitationsQueued } from '@praxis/contracts/invitations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invitationsKey } from '../../../lib/api/list-invitations.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const inviteToCohort = ({
  cohortId,
  invitees,
}: CohortInvitationsBody & { cohortId: string }) =>
  apiRequest<CohortInvitationsQueued>('POST', `/api/cohorts/${cohortId}/invitations`, {
    invitees,
  });

export function useInviteToCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteToCohort,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}
