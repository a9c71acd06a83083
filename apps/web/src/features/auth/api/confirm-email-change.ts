import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const confirmEmailChange = (token: string) =>
  apiRequest<{ email: string }>('POST', '/api/account/email/confirm', { token });

/**
 * Confirming ends every session of the account, this browser's too. The page forgets the member
 * only when asked to sign in again, so that the answer stays on screen until then.
 */
export function useConfirmEmailChange() {
  return useMutation({ mutationFn: confirmEmailChange });
}
