import type { SetupStatus } from '@praxis/contracts/auth';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getSetupStatus = () => apiRequest<SetupStatus>('GET', '/api/setup');

export const setupStatusQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'setup'], queryFn: getSetupStatus });

export function useSetupStatus() {
  return useQuery(setupStatusQueryOptions());
}
