import type { EmailPreferences } from '@praxis/contracts/email';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const emailPreferencesKey = ['email', 'preferences'] as const;

export const getEmailPreferences = () =>
  apiRequest<EmailPreferences>('GET', '/api/email/preferences');

export const emailPreferencesQueryOptions = () =>
  queryOptions({ queryKey: emailPreferencesKey, queryFn: getEmailPreferences });

export function useEmailPreferences() {
  return useQuery(emailPreferencesQueryOptions());
}
