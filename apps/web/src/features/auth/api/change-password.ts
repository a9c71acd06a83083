import type { PasswordChangeBody, SessionResponse } from '@praxis/contracts/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useSessionMutation } from '../../../lib/session.ts';

export const changePassword = (input: PasswordChangeBody) =>
  apiRequest<SessionResponse>('POST', '/api/auth/password', input);

export function useChangePassword() {
  return useSessionMutation(changePassword);
}
