import type { AdviserSettings } from '@praxis/contracts/advice';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const adviserSettingsKey = ['advice', 'settings'] as const;

export const getAdviserSettings = () => apiRequest<AdviserSettings>('GET', '/api/advice/settings');

export const adviserSettingsQueryOptions = () =>
  queryOptions({ queryKey: adviserSettingsKey, queryFn: getAdviserSettings });

export function useAdviserSettings() {
  return useQuery(adviserSettingsQueryOptions());
}
