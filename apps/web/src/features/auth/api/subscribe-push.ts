import type { PushDeviceList, PushKey, PushSubscriptionInput } from '@praxis/contracts/push';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { pushDevicesKey } from './list-push-devices.ts';

export const getPushKey = () => apiRequest<PushKey>('GET', '/api/push/key');

export const subscribePush = (subscription: PushSubscriptionInput) =>
  apiRequest<PushDeviceList>('POST', '/api/push/subscriptions', subscription);

/** The person said no (or said so before): the browser's settings are where it changes. */
export class PushBlocked extends Error {}

/** How long to wait for the service worker: without one (a development server) push cannot work. */
const WORKER_WAIT_MS = 10_000;

/**
 * Asks permission, subscribes this browser with the server's key and stores the subscription:
 * what "Turn on notifications on this device" does.
 */
export async function subscribeThisBrowser(): Promise<PushDeviceList> {
  if ((await Notification.requestPermission()) !== 'granted') throw new PushBlocked();
  const registration = await Promise.race([
    navigator.serviceWorker.ready,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no service worker')), WORKER_WAIT_MS),
    ),
  ]);
  const { publicKey } = await getPushKey();
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: bytesOf(publicKey),
    }));
  const { endpoint, keys } = subscription.toJSON();
  return subscribePush({
    endpoint: endpoint ?? '',
    keys: { p256dh: keys?.p256dh ?? '', auth: keys?.auth ?? '' },
  });
}

function bytesOf(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const text = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

export function useSubscribePush() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: subscribeThisBrowser,
    onSuccess: (devices) => queryClient.setQueryData(pushDevicesKey, devices),
  });
}
