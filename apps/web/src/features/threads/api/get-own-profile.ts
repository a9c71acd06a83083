import type { OwnProfile } from '@praxis/contracts/profiles';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The viewer's profile, read here for their cohorts: where they may post and what they filter by. */
export const getOwnProfile = () => apiRequest<OwnProfile>('GET', '/api/profile');

export const ownProfileQueryOptions = () =>
  queryOptions({ queryKey: ['profile'], queryFn: getOwnProfile });

export function useOwnProfile() {
  return useQuery(ownProfileQueryOptions());
}
