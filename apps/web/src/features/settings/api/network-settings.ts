import type { NetworkSettings, UpdateNetworkSettings } from '@praxis/contracts/settings';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { networkQueryOptions } from '../../../lib/network.ts';

export const networkSettingsKey = ['admin', 'settings'] as const;

export function useNetworkSettings() {
  return useQuery(
    queryOptions({
      queryKey: networkSettingsKey,
      queryFn: () => apiRequest<NetworkSettings>('GET', '/api/admin/settings'),
    }),
  );
}

export function useUpdateNetworkSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: UpdateNetworkSettings) =>
      apiRequest<NetworkSettings>('PUT', '/api/admin/settings', settings),
    onSuccess: (settings) => {
      queryClient.setQueryData(networkSettingsKey, settings);
      // Every page's name and colour follow at once.
      void queryClient.invalidateQueries({ queryKey: networkQueryOptions().queryKey });
    },
  });
}
