import type { BouncingAddressList } from '@praxis/contracts/email';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const listBouncingAddresses = (cursor: string | null) =>
  apiRequest<BouncingAddressList>(
    'GET',
    `/api/admin/email/bounces?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export const bouncingAddressesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['email', 'bounces'],
    queryFn: ({ pageParam }) => listBouncingAddresses(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useBouncingAddresses() {
  return useInfiniteQuery(bouncingAddressesQueryOptions());
}
