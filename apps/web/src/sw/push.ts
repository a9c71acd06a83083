// Web Push: the server sends a notification's title, a glance of its text and the link to open
// (contracts/push.ts PushMessage), encrypted for this browser; the worker shows it (push-message.ts
// decides how much) and, on a click, brings an open Praxis tab there or opens one.

import { notificationFor } from './push-message.ts';
import { currentMember } from './session-cache.ts';

declare const self: ServiceWorkerGlobalScope;

function payloadOf(event: PushEvent): unknown {
  try {
    return event.data?.json();
  } catch {
    return null;
  }
}

/** Only a place in Praxis itself is opened: never another site a message might name. */
function sameOriginUrl(url: unknown): string {
  try {
    const target = new URL(String(url), self.location.origin);
    return target.origin === self.location.origin ? target.href : self.location.origin;
  } catch {
    return self.location.origin;
  }
}

self.addEventListener('push', (event) => {
  const payload = payloadOf(event);
  event.waitUntil(
    (async () => {
      // Shown in full only to the member signed in here, as the data cache names them.
      const message = notificationFor(payload, await currentMember());
      if (!message) return;
      await self.registration.showNotification(message.title, {
        body: message.body,
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        tag: message.tag,
        data: { url: sameOriginUrl(message.url) },
      });
    })(),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = sameOriginUrl((event.notification.data as { url?: unknown } | null)?.url);
  event.waitUntil(
    (async () => {
      const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const tab = tabs.find((client) => new URL(client.url).origin === self.location.origin);
      if (tab) {
        const focused = await tab.focus();
        await focused.navigate(url).catch(() => self.clients.openWindow(url));
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
