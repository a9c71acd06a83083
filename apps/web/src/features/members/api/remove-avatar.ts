import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ownProfileQueryOptions } from '../../../lib/api/get-own-profile.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const removeAvatar = () => apiRequest<undefined>('DELETE', '/api/profile/avatar');

export function useRemoveAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeAvatar,
    onSuccess: () => {
      queryClient.setQueryData(ownProfileQueryOptions().queryKey, (profile) =>
        profile ? { ...profile, avatar: null } : profile,
      );
      queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });
}
