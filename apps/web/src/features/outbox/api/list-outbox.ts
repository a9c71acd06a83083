import type { OutboxPage } from '@praxis/contracts/outbox';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const listOutbox = (cursor: string | null) =>
  apiRequest<OutboxPage>(
    'GET',
    `/api/outbox?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export const outboxQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['outbox'],
    queryFn: ({ pageParam }) => listOutbox(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useOutbox() {
  return useInfiniteQuery(outboxQueryOptions());
}
