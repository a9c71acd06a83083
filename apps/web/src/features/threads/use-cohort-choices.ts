import type { AccountMember } from '@praxis/contracts/members';
import { useOwnProfile } from '../../lib/api/get-own-profile.ts';
import { useProgrammes } from '../../lib/api/list-programmes.ts';

export interface CohortChoice {
  id: string;
  name: string;
  programmeName: string;
}

/**
 * Cohorts to offer in a select. A member posts to and filters by their own cohorts; organisers
 * see every cohort's threads, so they filter by any of them (`scope: 'visible'`).
 */
export function useCohortChoices(
  member: AccountMember,
  scope: 'own' | 'visible',
): { cohorts: CohortChoice[]; isPending: boolean } {
  const organiserView = scope === 'visible' && member.role !== 'member';
  const profile = useOwnProfile();
  const programmes = useProgrammes({ enabled: organiserView });
  if (organiserView) {
    return {
      cohorts:
        programmes.data?.programmes.flatMap((programme) =>
          programme.cohorts.map((cohort) => ({
            id: cohort.id,
            name: cohort.name,
            programmeName: programme.name,
          })),
        ) ?? [],
      isPending: programmes.isPending,
    };
  }
  return { cohorts: profile.data?.cohorts ?? [], isPending: profile.isPending };
}
