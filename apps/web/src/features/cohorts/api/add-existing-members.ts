import type { ExistingMembersAdded, ExistingMembersBody } from '@praxis/contracts/invitations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { findMembersKey } from '../../../lib/api/find-members.ts';
import { programmesKey } from '../../../lib/api/list-programmes.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Adds the people of a checked list who already have an account to the cohort. */
export const addExistingMembers = ({
  cohortId,
  emails,
}: ExistingMembersBody & { cohortId: string }) =>
  apiRequest<ExistingMembersAdded>(
    'POST',
    `/api/cohorts/${cohortId}/invitations/existing-members`,
    { emails },
  );

/** Joining changes the cohort, its member list and the programme counts. */
export function useAddExistingMembers(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addExistingMembers,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cohorts', cohortId] }),
        queryClient.invalidateQueries({ queryKey: findMembersKey }),
        queryClient.invalidateQueries({ queryKey: programmesKey }),
      ]),
  });
}
