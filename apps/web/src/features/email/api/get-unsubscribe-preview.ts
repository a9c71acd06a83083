import type { UnsubscribePreview } from '@praxis/contracts/email';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getUnsubscribePreview = (token: string) =>
  apiRequest<UnsubscribePreview>(
    'GET',
    `/api/email/unsubscribe/preview?token=${encodeURIComponent(token)}`,
  );

/** Never retried: a link that is not valid stays so, and the answer is shown at once. */
export const unsubscribePreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['email', 'unsubscribe', token],
    queryFn: () => getUnsubscribePreview(token),
    enabled: token !== '',
    retry: false,
  });

export function useUnsubscribePreview(token: string) {
  return useQuery(unsubscribePreviewQueryOptions(token));
}
