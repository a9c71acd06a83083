import type { OwnProfile } from '@praxis/contracts/profiles';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

// One query for the viewer's own profile: the profile editor writes it, and what others read
// from it (the handle that links agenda threads, the cohorts one posts to) follows at once.

export const ownProfileKey = ['profile'] as const;

/** The viewer's own profile, with their handle and their cohorts. */
export const getOwnProfile = () => apiRequest<OwnProfile>('GET', '/api/profile');

export const ownProfileQueryOptions = () =>
  queryOptions({ queryKey: ownProfileKey, queryFn: getOwnProfile });

export function useOwnProfile() {
  return useQuery(ownProfileQueryOptions());
}
