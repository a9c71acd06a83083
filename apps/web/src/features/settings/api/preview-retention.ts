import type { RetentionPreview } from '@praxis/contracts/settings';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export interface RetentionLimits {
  chatMonths: number | null;
  readNotificationMonths: number | null;
}

/** How many rows these limits would delete now; asks nothing while both are empty. */
export function useRetentionPreview(limits: RetentionLimits) {
  const query = new URLSearchParams();
  if (limits.chatMonths !== null) query.set('chatMonths', String(limits.chatMonths));
  if (limits.readNotificationMonths !== null) {
    query.set('readNotificationMonths', String(limits.readNotificationMonths));
  }
  const search = query.toString();
  return useQuery(
    queryOptions({
      queryKey: ['admin', 'retention', 'preview', search],
      queryFn: () => apiRequest<RetentionPreview>('GET', `/api/admin/retention/preview?${search}`),
      enabled: search !== '',
      placeholderData: keepPreviousData,
    }),
  );
}
