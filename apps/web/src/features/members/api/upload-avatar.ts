import type { AvatarUploadResponse } from '@praxis/contracts/profiles';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ownProfileQueryOptions } from '../../../lib/api/get-own-profile.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** The file goes as the request body; the server checks what it really contains. */
export const uploadAvatar = (file: File) =>
  apiRequest<AvatarUploadResponse>('PUT', '/api/profile/avatar', file);

export function useUploadAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAvatar,
    onSuccess: ({ avatar }) => {
      queryClient.setQueryData(ownProfileQueryOptions().queryKey, (profile) =>
        profile ? { ...profile, avatar } : profile,
      );
      queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });
}
