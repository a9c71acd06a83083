import type { AccessibilityContact } from '@praxis/contracts/accessibility';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getAccessibilityContact = () =>
  apiRequest<AccessibilityContact>('GET', '/api/accessibility/contact');

export const accessibilityContactQueryOptions = () =>
  queryOptions({
    queryKey: ['accessibility', 'contact'],
    queryFn: getAccessibilityContact,
    // Set when the server starts; it does not change while a page is open.
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useAccessibilityContact() {
  return useQuery(accessibilityContactQueryOptions());
}
