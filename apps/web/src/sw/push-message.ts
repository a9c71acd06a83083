// What the worker shows for a push (contracts/push.ts PushMessage): the message itself only to
// the member it is for. A push can outlive the session on the device: the push service holds
// it for up to a day while the device is off, and another member may have signed in since.

export interface PushMessage {
  title: string;
  body: string;
  url: string;
  tag: string;
}

/** The tag every push shown without its content shares, so that they replace one another. */
const GENERIC_TAG = 'praxis';

/**
 * The notification to show for a push's payload, given who is signed in on this device (null:
 * nobody, or not known): the message when it names that member; otherwise only its generic
 * line ("Something new in Praxis", in the member's language) leading to the start page; null for
 * a payload that is not a Praxis push at all.
 */
export function notificationFor(payload: unknown, signedIn: string | null): PushMessage | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const message = payload as Partial<Record<keyof PushMessage | 'memberId' | 'generic', unknown>>;
  if (typeof message.title !== 'string' || typeof message.url !== 'string') return null;
  if (signedIn === null || message.memberId !== signedIn) {
    const generic = typeof message.generic === 'string' && message.generic ? message.generic : null;
    return { title: generic ?? 'Praxis', body: '', url: '/', tag: GENERIC_TAG };
  }
  return {
    title: message.title,
    body: typeof message.body === 'string' ? message.body : '',
    url: message.url,
    tag: typeof message.tag === 'string' ? message.tag : message.url,
  };
}
