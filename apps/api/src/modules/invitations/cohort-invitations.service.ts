import type {
  CohortInvitationsQueued,
  Invitation,
  InvitationPage,
  Invitee,
  InviteeListCheck,
} from '@praxis/contracts/invitations';
import { MAX_INVITEES } from '@praxis/contracts/invitations';
import type { AccountMember } from '@praxis/contracts/members';
import { AppError } from '../../app-error.ts';
import { decodeCursor, pageOf } from '../../pagination.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import { retireJobs } from '../../plugins/job-queue.ts';
import { findCohortOrFail } from '../cohorts/cohorts.service.ts';
import * as repository from './invitations.repository.ts';
import {
  findInvitationOrFail,
  INVITATION_EMAIL,
  INVITATION_LIFETIME_MS,
  type InvitationDeps,
  queueInvitationEmails,
  toInvitation,
} from './invitations.service.ts';
import { readInviteeList } from './invitee-list.ts';

/**
 * Inviting a cohort from a pasted list, and following invitations up afterwards (list, resend,
 * withdraw: these take any invitation, with or without a cohort). Unlike a single invitation,
 * sent while the inviter waits (invitations.service.ts), these e-mails go through the job queue.
 */
export function createCohortInvitationService(deps: Pick<InvitationDeps, 'db' | 'jobs'>) {
  const { db } = deps;

  return {
    /** What a pasted list or CSV would do, row by row; sends nothing. */
    async checkList(
      actor: AccountMember,
      cohortId: string,
      text: string,
    ): Promise<InviteeListCheck> {
      requireOrganiser(actor, 'invite people to cohorts');
      await findCohortOrFail(db, cohortId);
      const { rows, rejected, tooMany } = readInviteeList(text);
      if (tooMany) {
        throw new AppError('invalid', `Invite at most ${MAX_INVITEES} people at a time.`, {
          fields: { text: `This list has ${rows.length} people; split it.` },
        });
      }
      const existing = new Map(
        (
          await repository.existingMembers(
            db,
            rows.map((row) => row.email),
            cohortId,
          )
        ).map((member) => [member.email, member]),
      );
      return {
        valid: rows.filter((row) => !existing.has(row.email)),
        invalid: rejected,
        alreadyMembers: rows.flatMap((row) => {
          const member = existing.get(row.email);
          return member
            ? [{ row: row.row, email: row.email, name: member.name, inCohort: member.inCohort }]
            : [];
        }),
      };
    },

    /**
     * Creates the invitations in one statement and queues their e-mails, which go out in the
     * background. Addresses that already have an account are skipped, not failed.
     */
    async inviteToCohort(
      actor: AccountMember,
      cohortId: string,
      invitees: Invitee[],
    ): Promise<CohortInvitationsQueued> {
      requireOrganiser(actor, 'invite people to cohorts');
      await findCohortOrFail(db, cohortId);
      const unique = [...new Map(invitees.map((invitee) => [invitee.email, invitee])).values()];
      const existing = new Set(
        (
          await repository.existingMembers(
            db,
            unique.map((invitee) => invitee.email),
            cohortId,
          )
        ).map((member) => member.email),
      );
      const fresh = unique.filter((invitee) => !existing.has(invitee.email));
      const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
      await db.transaction(async (tx) => {
        await repository.revokePendingForMany(
          tx,
          fresh.map((invitee) => invitee.email),
        );
        const ids = await repository.insertQueuedInvitations(
          tx,
          fresh.map((invitee) => ({ ...invitee, cohortId, invitedById: actor.id, expiresAt })),
        );
        await queueInvitationEmails(tx, ids);
      });
      void deps.jobs.kick();
      return {
        queued: fresh.length,
        skipped: [...existing].map((email) => ({
          email,
          reason: 'Already a member: add them to the cohort from the directory instead.',
        })),
      };
    },

    async list(query: {
      cohort?: string | undefined;
      cursor?: string | undefined;
      limit: number;
    }): Promise<InvitationPage> {
      const rows = await repository.listInvitations(
        db,
        { cohortId: query.cohort },
        decodeCursor(query.cursor),
        query.limit,
      );
      const { page, nextCursor } = pageOf(rows, query.limit);
      return { invitations: page.map(toInvitation), nextCursor };
    },

    /** A new e-mail with a new link; the old link stops working. */
    async resend(actor: AccountMember, id: string): Promise<Invitation> {
      requireOrganiser(actor, 'resend invitations');
      await findInvitationOrFail(db, id);
      const requeued = await db.transaction(async (tx) => {
        const reset = await repository.requeue(
          tx,
          id,
          new Date(Date.now() + INVITATION_LIFETIME_MS),
        );
        if (reset) {
          // An earlier e-mail waiting for a retry would make its own link and void this one's.
          await retireJobs(tx, INVITATION_EMAIL, { invitationId: id });
          await queueInvitationEmails(tx, [id]);
        }
        return reset;
      });
      if (!requeued) {
        throw new AppError('conflict', 'This invitation was already accepted or withdrawn.');
      }
      void deps.jobs.kick();
      return toInvitation(await findInvitationOrFail(db, id));
    },

    async revoke(actor: AccountMember, id: string): Promise<Invitation> {
      requireOrganiser(actor, 'withdraw invitations');
      await findInvitationOrFail(db, id);
      if (!(await repository.revoke(db, id))) {
        throw new AppError('conflict', 'This invitation was already accepted or withdrawn.');
      }
      return toInvitation(await findInvitationOrFail(db, id));
    },
  };
}

export type CohortInvitationService = ReturnType<typeof createCohortInvitationService>;
