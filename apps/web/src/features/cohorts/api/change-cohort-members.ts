import { useMutation, useQueryClient } from '@tanstack/react-query';
import { findMembersKey } from '../../../lib/api/find-members.ts';
import { programmesKey } from '../../../lib/api/list-programmes.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const addCohortMember = ({ cohortId, memberId }: { cohortId: string; memberId: string }) =>
  apiRequest<{ added: number }>('POST', `/api/cohorts/${cohortId}/members`, {
    memberIds: [memberId],
  });

export const removeCohortMember = ({
  cohortId,
  memberId,
}: {
  cohortId: string;
  memberId: string;
}) => apiRequest<void>('DELETE', `/api/cohorts/${cohortId}/members/${memberId}`);

/** Adding or removing changes the cohort, its member list and the programme counts. */
export function useChangeCohortMembers(cohortId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['cohorts', cohortId] }),
      queryClient.invalidateQueries({ queryKey: findMembersKey }),
      queryClient.invalidateQueries({ queryKey: programmesKey }),
    ]);
  return {
    add: useMutation({ mutationFn: addCohortMember, onSuccess }),
    remove: useMutation({ mutationFn: removeCohortMember, onSuccess }),
  };
}
