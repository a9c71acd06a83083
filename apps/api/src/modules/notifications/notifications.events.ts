import type { NotificationKind } from '@praxis/contracts/notifications';

/** A notification as it was stored: what a live push or a digest needs to fetch the rest. */
export interface StoredNotification {
  id: string;
  memberId: string;
  kind: NotificationKind;
}

type Listener = (notifications: StoredNotification[]) => void;

/**
 * Announces notifications once they are committed. The chat hub listens, and pushes them through
 * the realtime bus to the recipients' open tabs on every instance.
 */
export function createNotificationBus() {
  const listeners = new Set<Listener>();
  return {
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(notifications: StoredNotification[]) {
      if (notifications.length === 0) return;
      for (const listener of listeners) listener(notifications);
    },
  };
}

export type NotificationBus = ReturnType<typeof createNotificationBus>;
