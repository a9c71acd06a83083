import type { NotificationKind } from '@praxis/contracts/notifications';

/** A notification as it was stored: what a live push or a digest needs to fetch the rest. */
export interface StoredNotification {
  id: string;
  memberId: string;
  kind: NotificationKind;
}

type Listener = (notifications: StoredNotification[]) => void;

/**
 * Announces notifications once they are committed. Nothing listens yet besides tests; the
 * websocket layer subscribes to push them to the recipients' open tabs, and the e-mail digest
 * reads the same table instead.
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
