import type { OwnProfile, ProfileUpdateBody } from '@praxis/contracts/profiles';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ownProfileQueryOptions } from '../../../lib/api/get-own-profile.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { meQueryOptions } from '../../../lib/session.ts';

export const updateProfile = (input: ProfileUpdateBody) =>
  apiRequest<OwnProfile>('PATCH', '/api/profile', input);

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(ownProfileQueryOptions().queryKey, profile);
      // The name shows in the header, the profile in the directory: neither may lag behind.
      queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
      queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });
}
