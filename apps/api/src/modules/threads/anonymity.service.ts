import type { RevealedAuthor } from '@praxis/contracts/anonymity';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import { publish } from '../../realtime/bus.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  countActiveCohortMembers,
  findCohortOrFail,
  isInCohort,
} from '../cohorts/cohorts.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { anonymousActor } from '../notifications/notifications.service.ts';
import * as replies from './replies.repository.ts';
import type { ReplyService } from './replies.service.ts';
import * as repository from './threads.repository.ts';
import { findVisibleThread, type ThreadService } from './threads.service.ts';
import { anonymousAs, type PostSignature } from './threads.visibility.ts';

/** The fewest active members a cohort needs before a post may name its author as one of them. */
export const MIN_COHORT_TO_HIDE_IN = 5;

/** How a new post is signed: by name, or anonymously as a member of one of the author's cohorts. */
export async function signatureFor(
  db: Db,
  author: AccountMember,
  choice: { cohortId: string | null } | null,
): Promise<PostSignature> {
  const named = { anonymous: false, anonymousCohortId: null, anonymousCohortName: null };
  if (choice === null) return { authorId: author.id, ...named };
  if (choice.cohortId === null) {
    return { authorId: author.id, ...named, anonymous: true };
  }
  const refused = new AppError('invalid', msg('validation.threads.anonymousCohort'), {
    fields: { anonymous: msg('validation.threads.anonymousCohort') },
  });
  if (!(await isInCohort(db, author.id, choice.cohortId))) throw refused;
  const cohort = await findCohortOrFail(db, choice.cohortId).catch(() => {
    throw refused;
  });
  // "A member of" a cohort of three names one of three: too few to hide among.
  if ((await countActiveCohortMembers(db, cohort.id)) < MIN_COHORT_TO_HIDE_IN) {
    const tooSmall = msg('validation.threads.anonymousCohortTooSmall', {
      cohort: cohort.name,
      min: MIN_COHORT_TO_HIDE_IN,
    });
    throw new AppError('invalid', tooSmall, { fields: { anonymous: tooSmall } });
  }
  return {
    authorId: author.id,
    anonymous: true,
    anonymousCohortId: cohort.id,
    anonymousCohortName: cohort.name,
  };
}

/**
 * What a notification about a post's author's act keeps of them: nothing, when the post is
 * anonymous and the actor is its author (their reply, their acceptance of an answer, their
 * request for advice), so that the bell, mail and push name them as the post does.
 */
export function actorDetailOf(post: PostSignature, actorId: string): Record<string, string> {
  return post.anonymous && post.authorId === actorId ? anonymousActor(anonymousAs(post)) : {};
}

async function revealed(db: Db, post: PostSignature): Promise<RevealedAuthor> {
  const author = (await authorsById(db, [post.authorId])).get(post.authorId);
  if (!author) throw new AppError('not_found', msg('errors.threads.threadGone'));
  return { author: toAuthor(author), anonymousAs: anonymousAs(post) };
}

/** The author signing an anonymous post with their name; an organiser's audited look at it. */
export function createAnonymityService(db: Db, threads: ThreadService, replyService: ReplyService) {
  async function ownReply(actor: AccountMember, threadId: string, replyId: string) {
    const thread = await findVisibleThread(db, actor, threadId);
    const reply = await replies.findOne(db, threadId, replyId);
    if (!reply) throw new AppError('not_found', msg('errors.threads.replyGone'));
    return { thread, reply };
  }

  return {
    /** The thread, and its author's replies in it, now carry the author's name. */
    async liftThread(actor: AccountMember, threadId: string) {
      const thread = await findVisibleThread(db, actor, threadId);
      if (thread.authorId !== actor.id) {
        throw new AppError('forbidden', msg('errors.threads.onlyAuthorLiftsAnonymity'));
      }
      if (thread.anonymous) {
        await db.transaction(async (tx) => {
          await repository.lockThread(tx, threadId);
          await repository.nameAuthor(tx, threadId, actor.id);
          await publish(tx, { name: 'thread.changed', payload: { threadId } });
        });
      }
      return threads.detail(actor, threadId);
    },

    async liftReply(actor: AccountMember, threadId: string, replyId: string) {
      const { thread, reply } = await ownReply(actor, threadId, replyId);
      if (reply.authorId !== actor.id) {
        throw new AppError('forbidden', msg('errors.threads.onlyAuthorLiftsAnonymity'));
      }
      // Named beside an anonymous opening post, the reply would name the thread's author too.
      if (thread.anonymous && thread.authorId === actor.id) {
        throw new AppError('conflict', msg('errors.threads.liftThreadFirst'));
      }
      if (reply.anonymous) {
        await db.transaction(async (tx) => {
          await repository.lockThread(tx, threadId);
          await replies.nameAuthor(tx, replyId);
          await publish(tx, { name: 'thread.reply_changed', payload: { threadId, replyId } });
        });
      }
      return replyService.get(actor, threadId, replyId);
    },

    async revealThreadAuthor(viewer: AccountMember, threadId: string): Promise<RevealedAuthor> {
      requireOrganiser(viewer, msg('errors.threads.onlyOrganisersReveal'));
      const thread = await findVisibleThread(db, viewer, threadId);
      if (!thread.anonymous) throw new AppError('conflict', msg('errors.threads.notAnonymous'));
      const author = await revealed(db, thread);
      await recordAudit(db, viewer, {
        action: 'thread.author_revealed',
        target: { type: 'thread', id: threadId, label: thread.title },
      });
      return author;
    },

    async revealReplyAuthor(
      viewer: AccountMember,
      threadId: string,
      replyId: string,
    ): Promise<RevealedAuthor> {
      requireOrganiser(viewer, msg('errors.threads.onlyOrganisersReveal'));
      const { thread, reply } = await ownReply(viewer, threadId, replyId);
      if (!reply.anonymous) throw new AppError('conflict', msg('errors.threads.notAnonymous'));
      const author = await revealed(db, reply);
      await recordAudit(db, viewer, {
        action: 'reply.author_revealed',
        target: { type: 'reply', id: replyId, label: thread.title },
        details: { threadId },
      });
      return author;
    },
  };
}
