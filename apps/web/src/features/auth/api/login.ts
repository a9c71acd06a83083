import type { LoginBody, SessionResponse } from '@praxis/contracts/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useSessionMutation } from '../../../lib/session.ts';

export const login = (input: LoginBody) =>
  apiRequest<SessionResponse>('POST', '/api/auth/login', input);

export function useLogin() {
  return useSessionMutation(login);
}
