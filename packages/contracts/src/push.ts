import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';

/** The server's VAPID public key, which a browser's subscription is made for. */
export const PushKey = z.object({ publicKey: z.string() });
export type PushKey = z.infer<typeof PushKey>;

// A P-256 public key is 65 bytes (88 base64url characters at most); the auth secret 16 bytes.
const base64url = /^[A-Za-z0-9_-]+={0,2}$/;

/** A browser's push subscription as `PushSubscription.toJSON()` gives it. */
export const PushSubscriptionInput = z.object({
  endpoint: z
    .url({ protocol: /^https?$/, error: msg('validation.push.endpoint') })
    .max(2000, { error: msg('validation.push.endpoint') }),
  keys: z.object(
    {
      p256dh: z
        .string({ error: msg('validation.push.keys') })
        .min(80, { error: msg('validation.push.keys') })
        .max(100, { error: msg('validation.push.keys') })
        .regex(base64url, { error: msg('validation.push.keys') }),
      auth: z
        .string({ error: msg('validation.push.keys') })
        .min(16, { error: msg('validation.push.keys') })
        .max(32, { error: msg('validation.push.keys') })
        .regex(base64url, { error: msg('validation.push.keys') }),
    },
    { error: msg('validation.push.keys') },
  ),
});
export type PushSubscriptionInput = z.infer<typeof PushSubscriptionInput>;

/** A browser that takes the member's push notifications. */
export const PushDevice = z.object({
  id: z.uuid(),
  /** "Chrome on Android", from the browser's User-Agent when it subscribed. */
  label: z.string(),
  createdAt: z.iso.datetime(),
  lastPushedAt: z.iso.datetime().nullable(),
  /** The browser asking: its subscription was made in this session. */
  thisDevice: z.boolean(),
});
export type PushDevice = z.infer<typeof PushDevice>;

export const PushDeviceList = z.object({ devices: z.array(PushDevice) });
export type PushDeviceList = z.infer<typeof PushDeviceList>;

export const PushDeviceParams = z.object({
  id: z.uuid({ error: msg('validation.push.deviceId') }),
});

/**
 * What a push message carries to the service worker: no more than the bell shows, and where
 * a click leads. `tag` makes a newer message about the same thing replace the older one.
 */
export const PushMessage = z.object({
  title: z.string(),
  body: z.string(),
  url: z.string(),
  tag: z.string(),
  /**
   * Whom it is for: the worker shows it only while that member is the one signed in there, and
   * `generic` ("Something new in Praxis") otherwise, as a push that arrives after signing out may.
   */
  memberId: z.string(),
  generic: z.string(),
});
export type PushMessage = z.infer<typeof PushMessage>;
