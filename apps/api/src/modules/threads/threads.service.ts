import type { AccountMember } from '@praxis/contracts/members';
import {
  type HelpfulInput,
  type HelpfulState,
  isStory,
  type NewThreadInput,
  type ThreadDetail,
  type ThreadListInput,
  type ThreadPage,
  type ThreadSummary,
  type ThreadUpdateInput,
} from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { sourceLocale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { decodeJsonCursor, encodeJsonCursor } from '../../pagination.ts';
import { isOrganiser, requireOrganiser } from '../../plugins/auth.ts';
import { publish } from '../../realtime/bus.ts';
import { attachFiles, filesOf } from '../attachments/attachments.service.ts';
import { existingCohortIds, isInCohort } from '../cohorts/cohorts.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { resolveMentions } from '../members/mentions.service.ts';
import { markThreadNotificationsRead } from '../notifications/notifications.service.ts';
import { actorDetailOf, signatureFor } from './anonymity.service.ts';
import * as replies from './replies.repository.ts';
import * as threadList from './thread-list.repository.ts';
import * as posts from './thread-posts.ts';
import { checkThreadEdit, cookStory, helpfulStates, notifyMentions } from './thread-posts.ts';
import * as repository from './threads.repository.ts';
import { authorSeenBy, shownAuthorId } from './threads.visibility.ts';

const Position = z.object({
  pinned: z.union([z.literal(0), z.literal(1)]),
  at: z.iso.datetime().refine(
    (at) => {
      const year = new Date(at).getUTCFullYear();
      return year >= 2000 && year <= 9999;
    },
    { error: 'out of range' },
  ),
  id: z.uuid(),
});

/** The thread if the viewer may see it; otherwise the same 404 as for a thread that never was. */
export async function findVisibleThread(db: Db, viewer: AccountMember, id: string) {
  const row = await repository.findVisible(db, viewer, id);
  if (!row) throw new AppError('not_found', msg('errors.threads.threadNotVisible'));
  return row;
}

/** Thread rows as lists show them; for other modules that list threads (search). */
export async function toSummaries(
  db: Db,
  viewer: AccountMember,
  rows: repository.ThreadRow[],
): Promise<ThreadSummary[]> {
  const authors = await authorsById(
    db,
    rows.map((row) => row.authorId),
  );
  return rows.map((row) => toSummary(viewer, row, authors));
}

/** Of these members, the active ones who may see the thread. */
export const membersWhoCanSeeThread = repository.membersWhoCanSee;

function toSummary(
  viewer: AccountMember,
  row: repository.ThreadRow,
  authors: Awaited<ReturnType<typeof authorsById>>,
): ThreadSummary {
  const author = authors.get(row.authorId);
  if (!author) throw new Error(`thread ${row.id} has no author row`);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    language: row.language,
    author: authorSeenBy(viewer, toAuthor(author), row),
    cohort: row.cohortId && row.cohortName ? { id: row.cohortId, name: row.cohortName } : null,
    tags: row.tags,
    replyCount: row.replyCount,
    helpfulCount: row.helpfulCount,
    solved: row.acceptedReplyId !== null,
    pinned: row.pinnedAt !== null,
    locked: row.lockedAt !== null,
    hidden: row.hiddenAt !== null,
    offRecord: row.offRecord,
    unread: isUnread(row),
    lastActivityAt: row.lastActivityAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

function isUnread(row: Pick<repository.ThreadRow, 'lastReadAt' | 'lastActivityAt'>) {
  return row.lastReadAt === null || row.lastReadAt < row.lastActivityAt;
}

export function createThreadService(db: Db) {
  async function detail(
    viewer: AccountMember,
    id: string,
    options: { markRead?: boolean } = {},
  ): Promise<ThreadDetail> {
    const row = await repository.findToRead(db, viewer, id);
    if (!row) throw new AppError('not_found', msg('errors.threads.threadNotVisible'));
    // Opening a thread writes only what it changes: a thread read since its last activity, with
    // nothing unread about it, is opened without a write.
    if (options.markRead && isUnread(row)) await repository.markRead(db, id, viewer.id);
    if (options.markRead && row.notified) await markThreadNotificationsRead(db, viewer.id, id);
    const [content, authors, helpful, files] = await Promise.all([
      repository.findContent(db, id),
      authorsById(db, [row.authorId]),
      helpfulStates(db, viewer, id, [null]),
      filesOf(db, 'thread', [id]),
    ]);
    if (!content) throw new AppError('not_found', msg('errors.threads.threadGone'));
    const mayModerate = isOrganiser(viewer);
    // Spread last: see bench/README.md, "Object spread". A summary has none of these fields;
    // `unread`, after it, overrides its own.
    return {
      bodySource: content.bodySource,
      bodyHtml: content.bodyHtml,
      storySource: content.storySource,
      storyHtml: content.storyHtml,
      acceptedReplyId: row.acceptedReplyId,
      editedAt: content.editedAt?.toISOString() ?? null,
      helpful: helpful.get(null) ?? { count: 0, byMe: false, by: [] },
      following: row.following === true,
      attachments: files.get(id) ?? [],
      can: {
        edit: row.authorId === viewer.id,
        reply: row.lockedAt === null || mayModerate,
        accept: row.kind === 'question' && (row.authorId === viewer.id || mayModerate),
        moderate: mayModerate,
        revealAuthor: mayModerate && row.anonymous,
      },
      ...toSummary(viewer, row, authors),
      unread: false,
    };
  }

  /** Cohort threads go to a cohort the author is in; organisers may write to any. */
  async function checkCohort(actor: AccountMember, cohortId: string | null) {
    if (cohortId === null) return;
    if (isOrganiser(actor)) {
      if ((await existingCohortIds(db, [cohortId])).length > 0) return;
      throw new AppError('invalid', msg('errors.cohorts.cohortGone'), {
        fields: { cohortId: msg('errors.threads.unknownCohortField') },
      });
    }
    if (!(await isInCohort(db, actor.id, cohortId))) {
      throw new AppError('invalid', msg('errors.threads.notYourCohort'), {
        fields: { cohortId: msg('errors.threads.notYourCohortField') },
      });
    }
  }

  return {
    detail,

    async list(viewer: AccountMember, query: ThreadListInput): Promise<ThreadPage> {
      const { cursor, limit, ...filters } = query;
      const after = decodeJsonCursor(Position, cursor);
      const rows = await threadList.findPage(
        db,
        viewer,
        filters,
        after && { pinned: after.pinned, at: after.at, id: after.id },
        limit,
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        threads: await toSummaries(db, viewer, page),
        nextCursor:
          rows.length > limit && last
            ? encodeJsonCursor({
                pinned: last.pinnedRank,
                at: last.lastActivityAt.toISOString(),
                id: last.id,
              })
            : null,
      };
    },

    async create(actor: AccountMember, input: NewThreadInput) {
      if (input.kind === 'announcement')
        requireOrganiser(actor, msg('errors.threads.onlyOrganisersAnnounce'));
      await checkCohort(actor, input.cohortId);
      const signature = await signatureFor(db, actor, input.anonymous);
      const texts = [input.body, ...(input.story ? Object.values(input.story) : [])];
      const mentions = await resolveMentions(db, texts);
      const story = isStory(input.kind) && input.story ? input.story : null;
      const id = await db.transaction(async (tx) => {
        const id = await repository.insertThread(tx, {
          kind: input.kind,
          title: input.title,
          language: input.language ?? actor.locale ?? sourceLocale,
          authorId: actor.id,
          anonymous: signature.anonymous,
          anonymousCohortId: signature.anonymousCohortId,
          cohortId: input.cohortId,
          tags: input.tags,
          bodySource: story ? '' : input.body,
          bodyHtml: story ? '' : cookMarkdown(input.body, mentions),
          storySource: story,
          storyHtml: story ? cookStory(story, mentions) : null,
          offRecord: input.offRecord,
        });
        await attachFiles(tx, actor.id, { kind: 'thread', id }, input.attachmentIds);
        await repository.followUnlessDeclined(tx, id, actor.id);
        const detail = actorDetailOf(signature, actor.id);
        await notifyMentions(tx, { actorId: actor.id, threadId: id, detail }, mentions);
        await publish(tx, {
          name: 'thread.created',
          payload: { threadId: id, authorId: shownAuthorId(signature) },
        });
        return id;
      });
      return detail(actor, id);
    },

    async update(actor: AccountMember, id: string, input: ThreadUpdateInput) {
      const row = await findVisibleThread(db, actor, id);
      checkThreadEdit(actor, row, input);
      const mentions = await resolveMentions(db, [
        input.body ?? '',
        ...(input.story ? Object.values(input.story) : []),
      ]);
      await db.transaction(async (tx) => {
        await repository.lockThread(tx, id);
        await repository.updateThread(tx, id, {
          ...(input.title === undefined ? {} : { title: input.title }),
          ...(input.tags === undefined ? {} : { tags: input.tags }),
          ...(input.language === undefined ? {} : { language: input.language }),
          ...(input.offRecord === undefined ? {} : { offRecord: input.offRecord }),
          ...(input.body === undefined
            ? {}
            : { bodySource: input.body, bodyHtml: cookMarkdown(input.body, mentions) }),
          ...(input.story === undefined
            ? {}
            : { storySource: input.story, storyHtml: cookStory(input.story, mentions) }),
          editedAt: new Date(),
        });
        if (input.offRecord && !row.offRecord) await posts.threadWentOffRecord(tx, actor, row);
        await attachFiles(tx, actor.id, { kind: 'thread', id }, input.attachmentIds);
        const detail = actorDetailOf(row, actor.id);
        await notifyMentions(tx, { actorId: actor.id, threadId: id, detail }, mentions);
        await publish(tx, { name: 'thread.changed', payload: { threadId: id } });
      });
      return detail(actor, id);
    },

    async follow(actor: AccountMember, id: string, following: boolean) {
      await findVisibleThread(db, actor, id);
      await repository.setFollowing(db, id, actor.id, following);
      return detail(actor, id);
    },

    async markHelpful(
      actor: AccountMember,
      id: string,
      input: HelpfulInput,
    ): Promise<HelpfulState> {
      const thread = await findVisibleThread(db, actor, id);
      const reply = input.replyId ? await replies.findOne(db, id, input.replyId) : null;
      const authorId = input.replyId ? reply?.authorId : thread.authorId;
      if (!authorId || reply?.deletedAt) {
        throw new AppError('not_found', msg('errors.threads.replyNotInThread'));
      }
      if (authorId === actor.id) {
        throw new AppError('forbidden', msg('errors.threads.notYourOwnHelpful'));
      }
      await db.transaction(async (tx) => {
        await replies.setHelpful(
          tx,
          { threadId: id, replyId: input.replyId, memberId: actor.id },
          input.helpful,
        );
        await publish(
          tx,
          input.replyId
            ? {
                name: 'thread.reply_changed',
                payload: { threadId: id, replyId: input.replyId },
              }
            : { name: 'thread.changed', payload: { threadId: id } },
        );
      });
      const states = await helpfulStates(db, actor, id, [input.replyId]);
      return states.get(input.replyId) ?? { count: 0, byMe: false, by: [] };
    },
  };
}

export type ThreadService = ReturnType<typeof createThreadService>;
