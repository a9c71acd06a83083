import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { meQueryOptions } from '../../../lib/session.ts';

export const confirmEmailChange = (token: string) =>
  apiRequest<{ email: string }>('POST', '/api/account/email/confirm', { token });

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEmailChange,
    // The header and the account page show the address: they follow the new one.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
  });
}
