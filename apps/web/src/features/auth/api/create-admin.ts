import type { SessionResponse, SetupBody } from '@praxis/contracts/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useSessionMutation } from '../../../lib/session.ts';

export const createAdmin = (input: SetupBody) =>
  apiRequest<SessionResponse>('POST', '/api/setup', input);

export function useCreateAdmin() {
  return useSessionMutation(createAdmin);
}
