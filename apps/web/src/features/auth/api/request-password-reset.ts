import type { AcceptedResponse, PasswordResetRequestBody } from '@praxis/contracts/auth';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const requestPasswordReset = (input: PasswordResetRequestBody) =>
  apiRequest<AcceptedResponse>('POST', '/api/auth/password-reset', input);

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
