import type { NetworkSettings } from '@praxis/contracts/settings';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { networkQueryOptions } from '../../../lib/network.ts';
import { networkSettingsKey } from './network-settings.ts';

/** Uploads a logo (the file as the body), or removes it with `null`. */
export function useChangeNetworkLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob | null) =>
      file
        ? apiRequest<NetworkSettings>('PUT', '/api/admin/settings/logo', file)
        : apiRequest<NetworkSettings>('DELETE', '/api/admin/settings/logo'),
    onSuccess: (settings) => {
      queryClient.setQueryData(networkSettingsKey, settings);
      void queryClient.invalidateQueries({ queryKey: networkQueryOptions().queryKey });
    },
  });
}
