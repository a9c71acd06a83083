import type { AdviserSettings, AdviserSettingsBody } from '@praxis/contracts/advice';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { adviserSettingsKey } from './get-adviser-settings.ts';

export const updateAdviserSettings = (body: AdviserSettingsBody) =>
  apiRequest<AdviserSettings>('PUT', '/api/advice/settings', body);

export function useUpdateAdviserSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAdviserSettings,
    onSuccess: (settings) => queryClient.setQueryData(adviserSettingsKey, settings),
  });
}
