import type { NotificationKind } from '@praxis/contracts/notifications';
import type { Realtime } from '../../plugins/realtime.ts';

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /** A notification was stored for `memberId`: their open tabs update the bell. */
    'notification.created': { id: string; memberId: string; kind: NotificationKind };
  }
}

/** A notification reaches the recipient's open tabs, on whichever instance they are. */
export function listenToNotificationEvents({ on, hub }: Realtime) {
  on('notification.created', ({ id, memberId, kind }) =>
    hub.toMember(memberId, { type: 'notification', id, kind }),
  );
}
