import type { PushDeviceList } from '@praxis/contracts/push';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { pushDevicesKey } from './list-push-devices.ts';

export const removePushDevice = (id: string) =>
  apiRequest<PushDeviceList>('DELETE', `/api/push/subscriptions/${id}`);

/**
 * Removing this browser also ends its subscription with the push service, so that the browser
 * does not keep one Praxis no longer sends to.
 */
export function useRemovePushDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, thisDevice }: { id: string; thisDevice: boolean }) => {
      const devices = await removePushDevice(id);
      if (thisDevice)
        await browserSubscription().then((subscription) => subscription?.unsubscribe());
      return devices;
    },
    onSuccess: (devices) => queryClient.setQueryData(pushDevicesKey, devices),
  });
}

/** This browser's push subscription, if it has a service worker and one. */
export async function browserSubscription(): Promise<PushSubscription | null> {
  if (!('serviceWorker' in navigator)) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}
