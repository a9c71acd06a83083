import type { UnsubscribeResult } from '@praxis/contracts/email';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { emailPreferencesKey } from './get-email-preferences.ts';

export const unsubscribe = (token: string) =>
  apiRequest<UnsubscribeResult>(
    'POST',
    `/api/email/unsubscribe?token=${encodeURIComponent(token)}`,
  );

export function useUnsubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unsubscribe,
    // The settings page, if the member opens it next, shows the topic off.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: emailPreferencesKey }),
  });
}
