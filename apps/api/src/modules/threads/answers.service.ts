import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { publish } from '../../realtime/bus.ts';
import { notify } from '../notifications/notifications.service.ts';
import { actorDetailOf } from './anonymity.service.ts';
import * as replies from './replies.repository.ts';
import * as repository from './threads.repository.ts';
import { findVisibleThread, type ThreadService } from './threads.service.ts';

export function createAnswerService(db: Db, threads: ThreadService) {
  return {
    /** The question's author or an organiser accepts a reply as its answer (or none). */
    async accept(actor: AccountMember, id: string, replyId: string | null) {
      const shown = await findVisibleThread(db, actor, id);
      await db.transaction(async (tx) => {
        const thread = await repository.lockThread(tx, id);
        if (!thread) throw new AppError('not_found', msg('errors.threads.threadGone'));
        if (thread.kind !== 'question') {
          throw new AppError('conflict', msg('errors.threads.onlyQuestionsAccept'));
        }
        if (thread.authorId !== actor.id && !isOrganiser(actor)) {
          throw new AppError('forbidden', msg('errors.threads.onlyAskerAccepts'));
        }
        const changed = { name: 'thread.changed' as const, payload: { threadId: id } };
        if (replyId === null) {
          await repository.updateThread(tx, id, { acceptedReplyId: null });
          await publish(tx, changed);
          return;
        }
        const reply = await replies.findOne(tx, id, replyId);
        if (!reply || reply.deletedAt) {
          throw new AppError('invalid', msg('errors.threads.replyNotInThread'), {
            fields: { replyId: msg('errors.threads.replyNotInThreadField') },
          });
        }
        if (thread.acceptedReplyId === replyId) return;
        await repository.updateThread(tx, id, { acceptedReplyId: replyId });
        await publish(tx, changed);
        await notify(tx, [
          {
            memberId: reply.authorId,
            kind: 'accepted_answer',
            actorId: actor.id,
            threadId: id,
            replyId,
            detail: actorDetailOf(shown, actor.id),
          },
        ]);
      });
      return threads.detail(actor, id);
    },
  };
}
