import type { InvitationPage } from '@praxis/contracts/invitations';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const listCohortInvitations = (cohortId: string, cursor: string | null) =>
  apiRequest<InvitationPage>(
    'GET',
    `/api/invitations?cohort=${cohortId}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export const cohortInvitationsQueryOptions = (cohortId: string) =>
  infiniteQueryOptions({
    queryKey: ['cohorts', cohortId, 'invitations'],
    queryFn: ({ pageParam }) => listCohortInvitations(cohortId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // E-mails go out in the background: look again while some are still on their way.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) =>
        page.invitations.some(
          (invitation) =>
            invitation.status === 'pending' &&
            (invitation.emailStatus === 'queued' || invitation.emailStatus === 'sending'),
        ),
      )
        ? 2000
        : false,
  });

export function useCohortInvitations(cohortId: string) {
  return useInfiniteQuery(cohortInvitationsQueryOptions(cohortId));
}
