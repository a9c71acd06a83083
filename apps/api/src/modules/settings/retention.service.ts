import type { RetentionPreview } from '@praxis/contracts/settings';
import type { Db } from '@praxis/db/client';
import { recordAudit } from '../audit/audit.service.ts';
import { countMessagesBefore, deleteMessagesBefore } from '../chat/retention.service.ts';
import {
  countReadNotificationsBefore,
  deleteReadNotificationsBefore,
} from '../notifications/retention.service.ts';
import * as repository from './settings.repository.ts';

/**
 * Rows one transaction deletes: a run over years of history is many short transactions, so it
 * never holds locks (or PGlite's one connection) for long.
 */
export const RETENTION_BATCH = 1000;
/** Batches one run does at most; what is left waits for the next run. */
const MAX_BATCHES_PER_RUN = 100;

/** The moment `months` calendar months before `now`: older than that is past the limit. */
export function monthsBefore(now: Date, months: number): Date {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return limit;
}

/** How many rows limits of these many months would delete now (a dry run). */
export async function previewRetention(
  db: Db,
  now: Date,
  limits: { chatMonths?: number | undefined; readNotificationMonths?: number | undefined },
): Promise<RetentionPreview> {
  const [chatMessages, readNotifications] = await Promise.all([
    limits.chatMonths === undefined
      ? null
      : countMessagesBefore(db, monthsBefore(now, limits.chatMonths)),
    limits.readNotificationMonths === undefined
      ? null
      : countReadNotificationsBefore(db, monthsBefore(now, limits.readNotificationMonths)),
  ]);
  return { chatMessages, readNotifications };
}

/**
 * Deletes what the saved limits put past keeping, a batch per transaction, each batch with its
 * `retention.applied` audit entry (by the network itself) in the same transaction.
 */
export async function applyRetention(db: Db, now: Date, networkName: string) {
  const settings = await repository.readSettings(db);
  const chatMonths = settings?.chatRetentionMonths ?? null;
  const notificationMonths = settings?.notificationRetentionMonths ?? null;
  const total = { chatMessages: 0, readNotifications: 0 };
  if (chatMonths === null && notificationMonths === null) return total;
  const chatBefore = chatMonths === null ? null : monthsBefore(now, chatMonths);
  const notificationsBefore =
    notificationMonths === null ? null : monthsBefore(now, notificationMonths);
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch += 1) {
    const done = await db.transaction(async (tx) => {
      const chatMessages = chatBefore
        ? await deleteMessagesBefore(tx, chatBefore, RETENTION_BATCH)
        : 0;
      const readNotifications = notificationsBefore
        ? await deleteReadNotificationsBefore(tx, notificationsBefore, RETENTION_BATCH)
        : 0;
      if (chatMessages + readNotifications > 0) {
        await recordAudit(
          tx,
          { id: null, name: networkName },
          {
            action: 'retention.applied',
            target: { type: 'settings', label: networkName },
            details: {
              chatMessages,
              readNotifications,
              chatMonths,
              readNotificationMonths: notificationMonths,
            },
          },
        );
      }
      return { chatMessages, readNotifications };
    });
    total.chatMessages += done.chatMessages;
    total.readNotifications += done.readNotifications;
    if (done.chatMessages < RETENTION_BATCH && done.readNotifications < RETENTION_BATCH) break;
  }
  return total;
}
