import type { EmailPreferences } from '@praxis/contracts/email';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { emailPreferencesKey } from './get-email-preferences.ts';

/** "I fixed my address": Praxis sends to it again. */
export const retryAddress = () =>
  apiRequest<EmailPreferences>('POST', '/api/email/preferences/retry-address');

export function useRetryAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryAddress,
    onSuccess: (preferences) => queryClient.setQueryData(emailPreferencesKey, preferences),
  });
}
