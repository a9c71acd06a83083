import type { OwnProfile } from '@praxis/contracts/profiles';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The viewer's profile, read here for their handle: the threads they may link to the agenda. */
export const getOwnProfile = () => apiRequest<OwnProfile>('GET', '/api/profile');

export const ownProfileQueryOptions = () =>
  queryOptions({ queryKey: ['profile'], queryFn: getOwnProfile });

export function useOwnProfile() {
  return useQuery(ownProfileQueryOptions());
}
