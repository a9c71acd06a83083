import type { AuditFilters, AuditPage } from '@praxis/contracts/audit';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The filters as a query string, without empty ones; the CSV link uses the same. */
export function auditSearch(filters: AuditFilters, cursor: string | null = null) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value) search.set(name, value);
  }
  if (cursor) search.set('cursor', cursor);
  return search.toString();
}

export const listAuditEntries = (filters: AuditFilters, cursor: string | null) =>
  apiRequest<AuditPage>('GET', `/api/audit?limit=50&${auditSearch(filters, cursor)}`);

export const auditEntriesQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'entries', filters],
    queryFn: ({ pageParam }) => listAuditEntries(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // The table stays while the next filter's entries come, rather than blinking away.
    placeholderData: keepPreviousData,
  });

export function useAuditEntries(filters: AuditFilters) {
  return useInfiniteQuery(auditEntriesQueryOptions(filters));
}
