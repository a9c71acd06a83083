import type { LoginUnlockBody, SessionResponse } from '@praxis/contracts/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useSessionMutation } from '../../../lib/session.ts';

export const unlockSignIn = (input: LoginUnlockBody) =>
  apiRequest<SessionResponse>('POST', '/api/auth/unlock', input);

export function useUnlockSignIn() {
  return useSessionMutation(unlockSignIn);
}
