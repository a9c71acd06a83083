import type { InvitationPage, InvitationStatus } from '@praxis/contracts/invitations';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

// The Invitations page (filtered, 20 a page) and a cohort's invite page (its own, 100 a page)
// read the same list under one query key, so that whichever page acts refreshes both.

export interface InvitationFilters {
  cohort?: string | undefined;
  status?: InvitationStatus | undefined;
}

export const invitationsKey = ['invitations'] as const;

export const listInvitations = (filters: InvitationFilters, cursor: string | null, limit = 20) => {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filters.cohort) query.set('cohort', filters.cohort);
  if (filters.status) query.set('status', filters.status);
  if (cursor) query.set('cursor', cursor);
  return apiRequest<InvitationPage>('GET', `/api/invitations?${query}`);
};

export const invitationsQueryOptions = (filters: InvitationFilters, limit = 20) =>
  infiniteQueryOptions({
    queryKey: [...invitationsKey, filters, limit],
    queryFn: ({ pageParam }) => listInvitations(filters, pageParam, limit),
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

export function useInvitations(filters: InvitationFilters, limit = 20) {
  return useInfiniteQuery(invitationsQueryOptions(filters, limit));
}
