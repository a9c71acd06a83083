import type { SsoSignedIn } from '@praxis/contracts/sso';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const finishSso = (query: string) =>
  apiRequest<SsoSignedIn>('POST', '/api/auth/oidc/callback', { query });

export function useFinishSso() {
  return useMutation({ mutationFn: finishSso });
}
