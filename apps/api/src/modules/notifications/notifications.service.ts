import type { AnonymousAs, Author } from '@praxis/contracts/common';
import type { AccountMember } from '@praxis/contracts/members';
import {
  type Notification,
  NotificationKind,
  type NotificationPage,
} from '@praxis/contracts/notifications';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { decodeCursor, pageOf } from '../../pagination.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import { publish } from '../../realtime/bus.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { maskedAuthor } from '../threads/threads.visibility.ts';
import * as repository from './notifications.repository.ts';

export interface NotificationInput {
  memberId: string;
  kind: NotificationKind;
  actorId?: string | null;
  threadId?: string | null;
  replyId?: string | null;
  meetupId?: string | null;
  roomId?: string | null;
  messageId?: string | null;
  lessonId?: string | null;
  pilotId?: string | null;
  pilotUpdateId?: string | null;
  detail?: Record<string, string>;
}

/**
 * The detail of a notification whose actor wrote anonymously: the cohort they wrote as a member
 * of (`anonymousAs` its name, empty for the network). With it the actor is never shown: the list
 * gives the masked author, and mail and push read no actor id (see `shownActorId`).
 */
export function anonymousActor(as: AnonymousAs): Record<string, string> {
  return { anonymousAs: as.cohort?.name ?? '', anonymousCohortId: as.cohort?.id ?? '' };
}

/** The actor a notification shows: an anonymous one as the post names them, else the member. */
function shownActor(
  detail: Record<string, string>,
  actor: Parameters<typeof toAuthor>[0] | undefined,
): Author | null {
  if (detail.anonymousAs !== undefined) {
    const id = detail.anonymousCohortId;
    return maskedAuthor({ cohort: id ? { id, name: detail.anonymousAs } : null });
  }
  return actor ? toAuthor(actor) : null;
}

/** A notification as it was stored: what a live push needs to fetch the rest. */
export interface StoredNotification {
  id: string;
  memberId: string;
  kind: NotificationKind;
}

/**
 * The job that plans the e-mail of new notifications, by the recipients' preferences (the mails
 * themselves go out later, from jobs it queues); the e-mail module registers what it does. Its
 * payload names the notifications (`ids`, comma-separated).
 */
export const PLAN_NOTICE_MAIL = 'notice_mail_plan';

/**
 * The job that pushes new notifications to the recipients' devices, by their preferences and
 * unless they are looking at Praxis; the push module registers what it does. Its payload names
 * the notifications (`ids`, comma-separated).
 */
export const PLAN_PUSH = 'push_plan';

/**
 * Stores notifications for other modules, inside the transaction of the change they tell of, and
 * announces them on the bus in it: they reach open tabs once it commits, and never if it rolls
 * back; the same transaction queues them for e-mail and push, so these go out for exactly what
 * was stored. Nobody is notified of their own act.
 */
export async function notify(tx: Db, inputs: NotificationInput[]): Promise<StoredNotification[]> {
  const rows = inputs.filter((input) => input.memberId !== input.actorId);
  const stored = (await repository.insert(tx, rows)).map((row) => ({
    id: row.id,
    memberId: row.memberId,
    kind: NotificationKind.parse(row.kind),
  }));
  // Queued before they are announced: a caller outside a transaction (a direct message, after
  // its own commit) announces at once, and whoever hears it may look for these jobs.
  if (stored.length > 0) {
    const ids = stored.map((row) => row.id).join(',');
    await enqueue(tx, [
      { kind: PLAN_NOTICE_MAIL, payload: { ids } },
      { kind: PLAN_PUSH, payload: { ids } },
    ]);
  }
  await publish(
    tx,
    ...stored.map((payload) => ({ name: 'notification.created' as const, payload })),
  );
  return stored;
}

/**
 * Tells members who were away of a direct message: once per conversation until they read that
 * notification or it is mailed, not once per message. A member who only reads their mail hears
 * of a message after a mailed one, whose mail quoted the messages up to then.
 */
export async function notifyOfDirectMessage(
  db: Db,
  message: {
    roomId: string;
    messageId: string;
    actorId: string;
    excerpt: string;
    /** A message without text says what it sent instead (`sent you a picture`). */
    files?: 'picture' | 'file' | null;
    memberIds: string[];
  },
): Promise<StoredNotification[]> {
  const notified = await repository.withPendingAboutRoom(
    db,
    message.memberIds,
    'direct_message',
    message.roomId,
  );
  return notify(
    db,
    message.memberIds
      .filter((memberId) => !notified.has(memberId))
      .map((memberId) => ({
        memberId,
        kind: 'direct_message' as const,
        actorId: message.actorId,
        roomId: message.roomId,
        messageId: message.messageId,
        detail: { excerpt: message.excerpt, ...(message.files ? { files: message.files } : {}) },
      })),
  );
}

/** Reading a chat room reads what the member was notified of in it, up to where they read. */
export const markRoomNotificationsRead = repository.markRoomRead;

/** Leaving a conversation takes what the member was told of in it out of their list. */
export const forgetRoomNotifications = repository.forgetRoom;

/** Opening a thread reads what the member was notified of in it. */
export const markThreadNotificationsRead = repository.markThreadRead;
/** Whether opening a thread has notifications to mark read, as a column of the thread's query. */
export const unreadNotificationsAboutThread = repository.unreadAboutThread;

/** What a notification is about, while it still shows to the member (its title is null if not). */
const named = (id: string | null, title: string | null) =>
  id && title !== null ? { id, title } : null;

export function createNotificationService(db: Db) {
  return {
    async list(
      viewer: AccountMember,
      query: { unread?: boolean | undefined; cursor?: string | undefined; limit: number },
    ): Promise<NotificationPage> {
      // The count does not wait for the page: both are asked at once.
      const [rows, unreadCount] = await Promise.all([
        repository.findPage(db, viewer, {
          unread: query.unread ?? false,
          after: decodeCursor(query.cursor),
          limit: query.limit,
        }),
        repository.countUnread(db, viewer),
      ]);
      const { page, nextCursor } = pageOf(rows, query.limit);
      const actors = await authorsById(
        db,
        page.flatMap((row) => (row.actorId ? [row.actorId] : [])),
      );
      const notifications = page.flatMap((row): Notification[] => {
        const kind = NotificationKind.safeParse(row.kind);
        if (!kind.success) return [];
        const actor = row.actorId ? actors.get(row.actorId) : undefined;
        return [
          {
            id: row.id,
            kind: kind.data,
            actor: shownActor(row.detail, actor),
            thread: named(row.threadId, row.threadTitle),
            replyId: row.replyId,
            meetup: named(row.meetupId, row.meetupTitle),
            lesson: named(row.lessonId, row.lessonTitle),
            pilot:
              row.pilotId && row.pilotName !== null
                ? { id: row.pilotId, name: row.pilotName }
                : null,
            roomId: row.roomId,
            detail: row.detail,
            read: row.readAt !== null,
            createdAt: row.createdAt.toISOString(),
          },
        ];
      });
      return { notifications, nextCursor, unreadCount };
    },

    async unreadCount(viewer: AccountMember) {
      return { unreadCount: await repository.countUnread(db, viewer) };
    },

    async markRead(viewer: AccountMember, id: string) {
      if (!(await repository.markRead(db, viewer.id, id))) {
        throw new AppError('not_found', msg('errors.notifications.notificationGone'));
      }
      return this.unreadCount(viewer);
    },

    async markAllRead(viewer: AccountMember) {
      await repository.markAllRead(db, viewer.id);
      return this.unreadCount(viewer);
    },
  };
}
