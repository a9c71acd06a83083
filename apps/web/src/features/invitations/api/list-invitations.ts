import type { InvitationPage } from '@praxis/contracts/invitations';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const listInvitations = (cursor: string | null) =>
  apiRequest<InvitationPage>(
    'GET',
    `/api/invitations?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export const invitationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['invitations'],
    queryFn: ({ pageParam }) => listInvitations(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useInvitations() {
  return useInfiniteQuery(invitationsQueryOptions());
}
