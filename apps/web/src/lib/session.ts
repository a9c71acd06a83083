import type { MeResponse, SessionResponse } from '@praxis/contracts/auth';
import type { AccountMember } from '@praxis/contracts/members';
import {
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { forgetAllDrafts } from './drafts.ts';
import { tellServiceWorkerWhoIsSignedIn } from './service-worker.ts';

// Who is signed in is shared plumbing: the shell, the route guards and several features read it.

/** The signed-in member, or null when nobody is signed in. */
export async function getMe(): Promise<AccountMember | null> {
  const { member } = await apiRequest<MeResponse>('GET', '/api/auth/me');
  tellServiceWorkerWhoIsSignedIn(member?.id ?? null);
  // Nobody is signed in here (signed out, or the session ended): nothing unsent stays behind.
  if (!member) forgetAllDrafts();
  return member;
}

export const meQueryOptions = () => queryOptions({ queryKey: ['auth', 'me'], queryFn: getMe });

export function useMe() {
  return useQuery(meQueryOptions());
}

/**
 * A mutation whose success signs a member in (setup, login, accepting an invitation, a
 * password change): the answer becomes the current member, and nothing cached for whoever
 * was signed in before survives.
 */
export function useSessionMutation<TInput>(
  request: (input: TInput) => Promise<SessionResponse | undefined>,
  afterSuccess?: (queryClient: QueryClient) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (response) => {
      // Updating the observed query re-renders the guards; clear() would orphan their observers.
      queryClient.setQueryData(meQueryOptions().queryKey, response?.member ?? null);
      // The service worker keeps cached reads for this member only (none when signed out).
      tellServiceWorkerWhoIsSignedIn(response?.member?.id ?? null);
      if (!response?.member) forgetAllDrafts();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      afterSuccess?.(queryClient);
    },
  });
}
