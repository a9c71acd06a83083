import type { SsoOptions } from '@praxis/contracts/sso';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getSsoOptions = () => apiRequest<SsoOptions>('GET', '/api/auth/oidc');

export const ssoOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'sso'], queryFn: getSsoOptions, staleTime: Infinity });

export function useSsoOptions() {
  return useQuery(ssoOptionsQueryOptions());
}
