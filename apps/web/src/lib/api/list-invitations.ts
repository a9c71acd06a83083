import type { InvitationPage, InvitationStatus } from '@praxis/contracts/invitations';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export interface InvitationFilters {
  cohort?: string | undefined;
  status?: InvitationStatus | undefined;
}

export const listInvitations = (filters: InvitationFilters, cursor: string | null) => {
  const query = new URLSearchParams({ limit: '20' });
  if (filters.cohort) query.set('cohort', filters.cohort);
  if (filters.status) query.set('status', filters.status);
  if (cursor) query.set('cursor', cursor);
  return apiRequest<InvitationPage>('GET', `/api/invitations?${query}`);
};

export const invitationsQueryOptions = (filters: InvitationFilters) =>
  infiniteQueryOptions({
    queryKey: ['invitations', filters],
    queryFn: ({ pageParam }) => listInvitations(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // E-mails go out in the background (a resend too): look again while some are on their way.
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

export function useInvitations(filters: InvitationFilters) {
  return useInfiniteQuery(invitationsQueryOptions(filters));
}
