import type {
  AdviceInbox,
  AdviceInboxRequest,
  AdviceRequestStateBody,
} from '@praxis/contracts/advice';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { decodeCursor, encodeCursor } from '../../pagination.ts';
import { notify } from '../notifications/notifications.service.ts';
import { findVisibleThread } from '../threads/threads.service.ts';
import { requestStanding } from './advice.service.ts';
import * as repository from './requests.repository.ts';

type Key = { threadId: string; memberId: string };

export function createRequestsService(db: Db) {
  async function toInboxRequest(
    viewer: AccountMember,
    row: repository.AdviceRequestRow,
  ): Promise<AdviceInboxRequest | null> {
    const thread = await findVisibleThread(db, viewer, row.threadId).catch(() => null);
    if (!thread) return null;
    return {
      thread: { id: thread.id, title: thread.title },
      askedAt: row.createdAt.toISOString(),
      ...requestStanding(row),
    };
  }

  /** The request, once the actor may still see its question: nothing moves that they cannot read. */
  async function found(tx: Db, actor: AccountMember, key: Key) {
    await findVisibleThread(tx, actor, key.threadId);
    const request = await repository.findRequest(tx, key.threadId, key.memberId);
    if (!request) throw new AppError('not_found', msg('errors.advice.requestNotFound'));
    return request;
  }

  return {
    /** The requests made to the member, newest first. */
    async inbox(adviser: AccountMember, cursor: string | undefined, limit: number) {
      const after = decodeCursor(cursor);
      const rows = await repository.requestsTo(
        db,
        adviser.id,
        after ? { createdAt: after.createdAt, threadId: after.id } : null,
        limit + 1,
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const requests = await Promise.all(page.map((row) => toInboxRequest(adviser, row)));
      return {
        requests: requests.filter((request) => request !== null),
        nextCursor:
          rows.length > limit && last
            ? encodeCursor({ createdAt: last.createdAt, id: last.threadId })
            : null,
      } satisfies AdviceInbox;
    },

    /**
     * The adviser accepts or declines a pending request; the adviser or the asker marks an
     * accepted one done. The other side hears of it, except that an asker marking it done
     * tells no one: the adviser sees it in their list.
     */
    async move(actor: AccountMember, key: Key, { state }: AdviceRequestStateBody) {
      const moved = await db.transaction(async (tx) => {
        const request = await found(tx, actor, key);
        const now = new Date();
        if (state === 'done') {
          if (actor.id !== request.memberId && actor.id !== request.askedById) {
            throw new AppError('forbidden', msg('errors.advice.onlyPartiesFinish'));
          }
          if (request.state !== 'accepted') {
            throw new AppError('conflict', msg('errors.advice.notAccepted'));
          }
        } else {
          if (actor.id !== request.memberId) {
            throw new AppError('forbidden', msg('errors.advice.onlyAdviserAnswers'));
          }
          if (request.state !== 'pending') {
            throw new AppError('conflict', msg('errors.advice.notPending'));
          }
        }
        const change = state === 'done' ? { state, doneAt: now } : { state, answeredAt: now };
        const row = await repository.moveRequest(
          tx,
          key,
          [state === 'done' ? 'accepted' : 'pending'],
          change,
        );
        if (!row) throw new AppError('conflict', msg('errors.advice.notPending'));
        if (actor.id === row.memberId) {
          const kind =
            state === 'accepted'
              ? 'advice_accepted'
              : state === 'declined'
                ? 'advice_declined'
                : 'advice_done';
          await notify(tx, [
            { memberId: row.askedById, kind, actorId: actor.id, threadId: row.threadId },
          ]);
        }
        return row;
      });
      return this.standing(actor, moved);
    },

    /** The asker answers "Did this help?" once the request is done; they may change their mind. */
    async thank(actor: AccountMember, key: Key, helped: boolean) {
      const thanked = await db.transaction(async (tx) => {
        const request = await found(tx, actor, key);
        if (actor.id !== request.askedById) {
          throw new AppError('forbidden', msg('errors.advice.onlyAskerThanks'));
        }
        if (request.state !== 'done') throw new AppError('conflict', msg('errors.advice.notDone'));
        const row = await repository.moveRequest(tx, key, ['done'], {
          helped,
          helpedAnsweredAt: new Date(),
        });
        if (!row) throw new AppError('conflict', msg('errors.advice.notDone'));
        // Thanked once: changing the answer back and forth does not tell the adviser again.
        if (helped && request.helpedAnsweredAt === null) {
          await notify(tx, [
            {
              memberId: row.memberId,
              kind: 'advice_thanks',
              actorId: null,
              threadId: row.threadId,
            },
          ]);
        }
        return row;
      });
      return this.standing(actor, thanked);
    },

    async standing(viewer: AccountMember, row: repository.AdviceRequestRow) {
      const request = await toInboxRequest(viewer, row);
      if (!request) throw new AppError('not_found', msg('errors.advice.requestNotFound'));
      return request;
    },
  };
}
