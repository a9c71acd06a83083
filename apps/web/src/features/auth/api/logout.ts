import { apiRequest } from '../../../lib/api-client.ts';
import { useSessionMutation } from '../../../lib/session.ts';

export const logout = (scope: 'this-browser' | 'everywhere') =>
  apiRequest<undefined>(
    'POST',
    scope === 'everywhere' ? '/api/auth/logout-everywhere' : '/api/auth/logout',
  );

/** Signing out is the session mutation whose answer is "nobody". */
export function useLogout() {
  return useSessionMutation(logout);
}
