import type { notifications } from '../schema/notifications.ts';

/**
 * A seeded notification as history, not news: marked mailed when it happened, so the demo's
 * e-mail does not send what the network was seeded with (the bell still shows it unread).
 */
export function asHistory(
  row: typeof notifications.$inferInsert,
): typeof notifications.$inferInsert {
  return { ...row, mailedAt: row.createdAt ?? new Date() };
}
