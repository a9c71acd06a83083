import type { AccountMember } from '@praxis/contracts/members';
import type { Reply, ReplyInput, ReplyPage } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { type Locale, sourceLocale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { sideBySide } from '../../lib/side-by-side.ts';
import { cookMarkdown } from '../../markdown.ts';
import { decodeCursor, pageOf } from '../../pagination.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { publish } from '../../realtime/bus.ts';
import { attachFiles, deleteFilesOf, filesOf } from '../attachments/attachments.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { sendBackLessonsDrawingOn } from '../lessons/lesson-off-record.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { resolveMentions } from '../members/mentions.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { actorDetailOf, signatureFor } from './anonymity.service.ts';
import * as replies from './replies.repository.ts';
import { helpfulStates, notifyMentions } from './thread-posts.ts';
import * as repository from './threads.repository.ts';
import { findVisibleThread } from './threads.service.ts';
import { authorSeenBy, shownAuthorId } from './threads.visibility.ts';

/** Whom a reply answers, by name; an anonymous reply's author by no name, to all but them. */
function replyToSeenBy(viewer: AccountMember, row: replies.ReplyRow): Reply['replyTo'] {
  if (!row.replyToId) return null;
  if (row.replyToAnonymous) {
    const own = row.replyToAuthorId === viewer.id;
    return { id: row.replyToId, authorName: own ? (row.replyToAuthorName ?? '') : '' };
  }
  return row.replyToAuthorName ? { id: row.replyToId, authorName: row.replyToAuthorName } : null;
}

export function createReplyService(db: Db) {
  async function toReplies(
    viewer: AccountMember,
    threadId: string,
    rows: replies.ReplyRow[],
    thread: { acceptedReplyId: string | null; authorId: string; anonymous: boolean },
  ): Promise<Reply[]> {
    const ids = rows.map((row) => row.id);
    const [authors, helpful, files] = await sideBySide(db, [
      () =>
        authorsById(
          db,
          rows.map((row) => row.authorId),
        ),
      () => helpfulStates(db, viewer, threadId, ids),
      () => filesOf(db, 'reply', ids),
    ]);
    return rows.flatMap((row) => {
      const author = authors.get(row.authorId);
      if (!author) return [];
      return [
        {
          id: row.id,
          threadId: row.threadId,
          author: authorSeenBy(viewer, toAuthor(author), row),
          replyTo: replyToSeenBy(viewer, row),
          bodySource: row.deletedAt ? '' : row.bodySource,
          bodyHtml: row.deletedAt ? '' : row.bodyHtml,
          language: row.language,
          helpful: helpful.get(row.id) ?? { count: 0, byMe: false, by: [] },
          accepted: row.id === thread.acceptedReplyId,
          deleted: row.deletedAt !== null,
          offRecord: row.offRecord,
          // Only where it gives nothing away: a named reply by the author of an anonymous thread,
          // or their anonymous reply in a named one, would name the other post's author.
          byThreadAuthor:
            row.authorId === thread.authorId &&
            (row.anonymous === thread.anonymous || viewer.id === row.authorId),
          attachments: row.deletedAt ? [] : (files.get(row.id) ?? []),
          editedAt: row.editedAt?.toISOString() ?? null,
          createdAt: row.createdAt.toISOString(),
        },
      ];
    });
  }

  async function one(viewer: AccountMember, threadId: string, replyId: string) {
    const thread = await findVisibleThread(db, viewer, threadId);
    const row = await replies.findOne(db, threadId, replyId);
    if (!row) throw new AppError('not_found', msg('errors.threads.replyGone'));
    const [reply] = await toReplies(viewer, threadId, [row], thread);
    if (!reply) throw new AppError('not_found', msg('errors.threads.replyGone'));
    return { reply, row };
  }

  /** The author edits or deletes their reply; an organiser may delete any. */
  async function ownReply(
    actor: AccountMember,
    threadId: string,
    replyId: string,
    deleting: boolean,
  ) {
    const thread = await findVisibleThread(db, actor, threadId);
    const row = await replies.findOne(db, threadId, replyId);
    if (!row) throw new AppError('not_found', msg('errors.threads.replyGone'));
    if (row.deletedAt) throw new AppError('conflict', msg('errors.threads.replyDeleted'));
    const allowed = row.authorId === actor.id || (deleting && isOrganiser(actor));
    if (!allowed) {
      throw new AppError(
        'forbidden',
        deleting
          ? msg('errors.threads.onlyAuthorDeletesReply')
          : msg('errors.threads.onlyAuthorEditsReply'),
      );
    }
    return { thread, row };
  }

  return {
    async get(viewer: AccountMember, threadId: string, replyId: string): Promise<Reply> {
      return (await one(viewer, threadId, replyId)).reply;
    },

    async page(
      viewer: AccountMember,
      threadId: string,
      cursor: string | undefined,
      limit: number,
    ): Promise<ReplyPage> {
      const thread = await findVisibleThread(db, viewer, threadId);
      const rows = await replies.findPage(db, threadId, decodeCursor(cursor), limit);
      const { page, nextCursor } = pageOf(rows, limit);
      return {
        replies: await toReplies(viewer, threadId, page, thread),
        nextCursor,
      };
    },

    /**
     * Posts a reply: followers hear of it, mentioned members are told they were mentioned
     * (once: a mention counts over a plain reply), and whoever it answers hears of it too.
     */
    async create(actor: AccountMember, threadId: string, input: ReplyInput): Promise<Reply> {
      const thread = await findVisibleThread(db, actor, threadId);
      if (thread.lockedAt && !isOrganiser(actor)) {
        throw new AppError('conflict', msg('errors.threads.locked'));
      }
      const repliedTo = input.replyToId
        ? await replies.findOne(db, threadId, input.replyToId)
        : null;
      if (input.replyToId && (!repliedTo || repliedTo.deletedAt)) {
        throw new AppError('invalid', msg('errors.threads.answeredReplyGone'), {
          fields: { replyToId: msg('errors.threads.answeredReplyGoneField') },
        });
      }
      // The author of an anonymous thread replies in it as the thread names them, whatever they chose.
      const signature =
        thread.anonymous && thread.authorId === actor.id
          ? thread
          : await signatureFor(db, actor, input.anonymous);
      const mentions = await resolveMentions(db, [input.body]);
      const replyId = await db.transaction(async (tx) => {
        const locked = await repository.lockThread(tx, threadId);
        if (!locked) throw new AppError('not_found', msg('errors.threads.threadGone'));
        const replyId = await replies.insert(tx, {
          threadId,
          authorId: actor.id,
          anonymous: signature.anonymous,
          anonymousCohortId: signature.anonymousCohortId,
          replyToId: input.replyToId,
          bodySource: input.body,
          bodyHtml: cookMarkdown(input.body, mentions),
          language: input.language ?? actor.locale ?? sourceLocale,
          offRecord: input.offRecord,
        });
        await attachFiles(tx, actor.id, { kind: 'reply', id: replyId }, input.attachmentIds);
        const detail = actorDetailOf(signature, actor.id);
        const post = { actorId: actor.id, threadId, replyId, detail };
        const mentioned = await notifyMentions(tx, post, mentions);
        const told = new Set([actor.id, ...mentioned.map((row) => row.memberId)]);
        const interested = [...(await repository.followerIds(tx, threadId))];
        if (repliedTo) interested.push(repliedTo.authorId);
        const recipients = await repository.membersWhoCanSee(
          tx,
          threadId,
          interested.filter((id) => !told.has(id)),
        );
        await notify(
          tx,
          recipients.map((memberId) => ({ memberId, kind: 'reply' as const, ...post })),
        );
        await repository.followUnlessDeclined(tx, threadId, actor.id);
        await publish(tx, {
          name: 'thread.reply_created',
          payload: { threadId, replyId, authorId: shownAuthorId(signature) },
        });
        return replyId;
      });
      return (await one(actor, threadId, replyId)).reply;
    },

    async edit(
      actor: AccountMember,
      threadId: string,
      replyId: string,
      body: string,
      /** Absent: the reply keeps the language it had. */
      language?: Locale,
      /** Absent: the reply keeps its files. */
      attachmentIds?: string[],
      /** Absent: the reply stays on or off the record as it was. */
      offRecord?: boolean,
    ): Promise<Reply> {
      const { row } = await ownReply(actor, threadId, replyId, false);
      const mentions = await resolveMentions(db, [body]);
      await db.transaction(async (tx) => {
        await repository.lockThread(tx, threadId);
        const text = {
          bodySource: body,
          bodyHtml: cookMarkdown(body, mentions),
          language,
          offRecord,
        };
        if (!(await replies.update(tx, replyId, text))) {
          throw new AppError('conflict', msg('errors.threads.replyDeleted'));
        }
        // Lessons quoting it leave the library at once.
        if (offRecord) await sendBackLessonsDrawingOn(tx, { replyId });
        await attachFiles(tx, actor.id, { kind: 'reply', id: replyId }, attachmentIds);
        const detail = actorDetailOf(row, actor.id);
        await notifyMentions(tx, { actorId: actor.id, threadId, replyId, detail }, mentions);
        await publish(tx, { name: 'thread.reply_changed', payload: { threadId, replyId } });
      });
      return (await one(actor, threadId, replyId)).reply;
    },

    async remove(actor: AccountMember, threadId: string, replyId: string): Promise<Reply> {
      const { thread, row } = await ownReply(actor, threadId, replyId, true);
      const deleted = await db.transaction(async (tx) => {
        await repository.lockThread(tx, threadId);
        const deleted = await replies.softDelete(tx, threadId, replyId);
        if (deleted) {
          await deleteFilesOf(tx, { kind: 'reply', id: replyId });
          // An author deleting their own words is no moderation; an organiser deleting theirs is.
          if (row.authorId !== actor.id) {
            await recordAudit(tx, actor, {
              action: 'reply.deleted',
              target: { type: 'reply', id: replyId, label: thread.title },
              // An anonymous reply's author is learnt only through the audited look-up.
              details: row.anonymous ? { threadId } : { threadId, authorId: row.authorId },
            });
          }
          await publish(tx, { name: 'thread.reply_changed', payload: { threadId, replyId } });
        }
        return deleted;
      });
      if (!deleted) throw new AppError('conflict', msg('errors.threads.replyDeleted'));
      return (await one(actor, threadId, replyId)).reply;
    },
  };
}

export type ReplyService = ReturnType<typeof createReplyService>;
