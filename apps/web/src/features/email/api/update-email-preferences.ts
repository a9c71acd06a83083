import type { EmailPreferences, EmailPreferencesUpdate } from '@praxis/contracts/email';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { emailPreferencesKey } from './get-email-preferences.ts';

export const updateEmailPreferences = (update: EmailPreferencesUpdate) =>
  apiRequest<EmailPreferences>('PATCH', '/api/email/preferences', update);

export function useUpdateEmailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEmailPreferences,
    onSuccess: (preferences) => queryClient.setQueryData(emailPreferencesKey, preferences),
  });
}
