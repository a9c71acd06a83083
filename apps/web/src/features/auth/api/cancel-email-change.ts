import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const cancelEmailChange = (token: string) =>
  apiRequest<{ message: string }>('POST', '/api/account/email/cancel', { token });

export function useCancelEmailChange() {
  return useMutation({ mutationFn: cancelEmailChange });
}
