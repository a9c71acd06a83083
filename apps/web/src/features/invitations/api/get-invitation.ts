import type { InvitationPreview } from '@praxis/contracts/invitations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getInvitation = (token: string) =>
  apiRequest<InvitationPreview>('GET', `/api/invitations/${encodeURIComponent(token)}`);

export const invitationQueryOptions = (token: string) =>
  queryOptions({ queryKey: ['invitation', token], queryFn: () => getInvitation(token) });

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
