import type { SessionResponse, SetupBody } from '@praxis/contracts/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useSessionMutation } from '../../../lib/session.ts';
import { setupStatusQueryOptions } from './get-setup-status.ts';

export const createAdmin = (input: SetupBody) =>
  apiRequest<SessionResponse>('POST', '/api/setup', input);

export function useCreateAdmin() {
  // Once the first admin exists, the setup page is gone for good.
  return useSessionMutation(createAdmin, (queryClient) =>
    queryClient.setQueryData(setupStatusQueryOptions().queryKey, {
      setupRequired: false,
      tokenRequired: false,
    }),
  );
}
