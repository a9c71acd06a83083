import type { PasswordResetConfirmBody } from '@praxis/contracts/auth';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const confirmPasswordReset = (input: PasswordResetConfirmBody) =>
  apiRequest<void>('POST', '/api/auth/password-reset/confirm', input);

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
