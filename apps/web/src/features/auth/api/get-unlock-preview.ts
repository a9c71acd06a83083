import type { LoginUnlockPreview } from '@praxis/contracts/auth';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getUnlockPreview = (token: string) =>
  apiRequest<LoginUnlockPreview>('GET', `/api/auth/unlock?token=${encodeURIComponent(token)}`);

/** Never retried: a used or expired link stays so, and the answer is shown at once. */
export const unlockPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['auth', 'unlock', token],
    queryFn: () => getUnlockPreview(token),
    enabled: token !== '',
    retry: false,
  });

export function useUnlockPreview(token: string) {
  return useQuery(unlockPreviewQueryOptions(token));
}
