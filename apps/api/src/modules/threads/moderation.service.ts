import type { AccountMember } from '@praxis/contracts/members';
import type { FlagInput, FlagPage, ModerationBody } from '@praxis/contracts/moderation';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { decodeCursor, pageOf } from '../../pagination.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import { publish } from '../../realtime/bus.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import * as flagsRepository from './flags.repository.ts';
import * as replies from './replies.repository.ts';
import * as repository from './threads.repository.ts';
import { findVisibleThread, type ThreadService } from './threads.service.ts';

/** The flags a member raised: what the audit log said of their reasons goes with them. */
export const flagIdsRaisedBy = flagsRepository.flagIdsRaisedBy;

// Organisers keep threads in order: they pin, lock and hide them, and review what members flag.

export function createModerationService(db: Db, threads: ThreadService) {
  return {
    async moderate(actor: AccountMember, id: string, input: ModerationBody) {
      requireOrganiser(actor, msg('errors.threads.onlyOrganisersModerate'));
      const thread = await findVisibleThread(db, actor, id);
      const at = (on: boolean | undefined) =>
        on === undefined ? undefined : on ? new Date() : null;
      // Only a real change is recorded: pinning a pinned thread again does nothing.
      const changes = (
        [
          [input.pinned, thread.pinnedAt, 'thread.pinned', 'thread.unpinned'],
          [input.locked, thread.lockedAt, 'thread.locked', 'thread.unlocked'],
          [input.hidden, thread.hiddenAt, 'thread.hidden', 'thread.unhidden'],
        ] as const
      ).flatMap(([on, since, done, undone]) =>
        on === undefined || on === (since !== null)
          ? []
          : [
              {
                action: on ? done : undone,
                target: { type: 'thread' as const, id, label: thread.title },
                reason: input.reason,
              },
            ],
      );
      await db.transaction(async (tx) => {
        await repository.updateThread(tx, id, {
          pinnedAt: at(input.pinned),
          lockedAt: at(input.locked),
          hiddenAt: at(input.hidden),
        });
        await recordAudit(tx, actor, ...changes);
        await publish(tx, { name: 'thread.changed', payload: { threadId: id } });
      });
      return threads.detail(actor, id);
    },

    /** Any member flags a post; every organiser hears of it. */
    async flag(actor: AccountMember, id: string, input: FlagInput) {
      await findVisibleThread(db, actor, id);
      const reply = input.replyId ? await replies.findOne(db, id, input.replyId) : null;
      if (input.replyId && (!reply || reply.deletedAt)) {
        throw new AppError('not_found', msg('errors.threads.replyNotInThread'));
      }
      await db.transaction(async (tx) => {
        const flagId = await flagsRepository.insertFlag(tx, {
          threadId: id,
          replyId: input.replyId,
          memberId: actor.id,
          reason: input.reason,
        });
        if (!flagId) {
          throw new AppError('conflict', msg('errors.threads.alreadyFlagged'));
        }
        const organisers = await flagsRepository.activeOrganiserIds(tx);
        await notify(
          tx,
          organisers.map((memberId) => ({
            memberId,
            kind: 'flag' as const,
            actorId: actor.id,
            threadId: id,
            replyId: input.replyId,
            detail: { reason: input.reason },
          })),
        );
      });
    },

    async openFlags(
      actor: AccountMember,
      cursor: string | undefined,
      limit: number,
    ): Promise<FlagPage> {
      requireOrganiser(actor, msg('errors.threads.onlyOrganisersReviewFlags'));
      const rows = await flagsRepository.openFlagsPage(db, decodeCursor(cursor), limit);
      const { page, nextCursor } = pageOf(rows, limit);
      const flaggers = await authorsById(
        db,
        page.map((row) => row.memberId),
      );
      return {
        flags: page.flatMap((row) => {
          const by = flaggers.get(row.memberId);
          return by
            ? [
                {
                  id: row.id,
                  threadId: row.threadId,
                  threadTitle: row.threadTitle,
                  replyId: row.replyId,
                  reason: row.reason,
                  flaggedBy: toAuthor(by),
                  createdAt: row.createdAt.toISOString(),
                },
              ]
            : [];
        }),
        nextCursor,
      };
    },

    async resolveFlag(actor: AccountMember, flagId: string, reason?: string) {
      requireOrganiser(actor, msg('errors.threads.onlyOrganisersResolveFlags'));
      await db.transaction(async (tx) => {
        const flag = await flagsRepository.resolveFlag(tx, flagId, actor.id);
        if (!flag) throw new AppError('not_found', msg('errors.threads.flagGone'));
        await recordAudit(tx, actor, {
          action: 'flag.resolved',
          target: { type: 'flag', id: flagId, label: flag.threadTitle },
          reason,
          details: { threadId: flag.threadId, replyId: flag.replyId },
        });
      });
    },
  };
}
