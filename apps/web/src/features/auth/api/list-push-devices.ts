import type { PushDeviceList } from '@praxis/contracts/push';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const pushDevicesKey = ['push', 'devices'] as const;

export const listPushDevices = () => apiRequest<PushDeviceList>('GET', '/api/push/subscriptions');

export const pushDevicesQueryOptions = () =>
  queryOptions({ queryKey: pushDevicesKey, queryFn: listPushDevices });

export function usePushDevices() {
  return useQuery(pushDevicesQueryOptions());
}
