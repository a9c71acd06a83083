import type {
  CohortInvitationsQueued,
  ExistingMembersAdded,
  Invitation,
  InvitationPage,
  InvitationStatus,
  Invitee,
  InviteeListCheck,
} from '@praxis/contracts/invitations';
import { MAX_INVITEES } from '@praxis/contracts/invitations';
import type { AccountMember, Role } from '@praxis/contracts/members';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { decodeCursor, pageOf } from '../../pagination.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import { retireJobs } from '../../plugins/job-queue.ts';
import { type AuditAction, recordAudit } from '../audit/audit.service.ts';
import { findCohortOrFail, joinCohort } from '../cohorts/cohorts.service.ts';
import * as emails from './invitation-emails.repository.ts';
import * as repository from './invitations.repository.ts';
import {
  findInvitationOrFail,
  INVITATION_EMAIL,
  INVITATION_LIFETIME_MS,
  type InvitationDeps,
  queueInvitationEmails,
  refusedReinvitations,
  replaceOpenInvitations,
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
      requireOrganiser(actor, msg('errors.invitations.onlyOrganisersInvite'));
      await findCohortOrFail(db, cohortId);
      const { rows, rejected, tooMany } = readInviteeList(text);
      if (tooMany) {
        throw new AppError(
          'invalid',
          msg('errors.invitations.tooManyInvitees', { max: MAX_INVITEES }),
          {
            fields: {
              text: msg('errors.invitations.tooManyInviteesField', { count: rows.length }),
            },
          },
        );
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
      const fresh = rows.filter((row) => !existing.has(row.email));
      const refused = await refusedReinvitations(
        db,
        actor,
        fresh.map((row) => row.email),
      );
      return {
        valid: fresh
          .filter((row) => !refused.has(row.email))
          .map(({ row, email, name, organisation }) => ({ row, email, name, organisation })),
        invalid: [
          ...rejected,
          ...fresh.flatMap(({ row, text, email }) => {
            const reason = refused.get(email);
            return reason ? [{ row, text, reason }] : [];
          }),
        ].sort((a, b) => a.row - b.row),
        alreadyMembers: rows.flatMap((row) => {
          const member = existing.get(row.email);
          if (!member) return [];
          const { name, inCohort, deactivated } = member;
          return [{ row: row.row, email: row.email, name, inCohort, deactivated }];
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
      requireOrganiser(actor, msg('errors.invitations.onlyOrganisersInvite'));
      const cohort = await findCohortOrFail(db, cohortId);
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
      const { queued, refused } = await db.transaction(async (tx) => {
        const refused = await replaceOpenInvitations(
          tx,
          actor,
          fresh.map((invitee) => invitee.email),
        );
        const ids = await repository.insertQueuedInvitations(
          tx,
          fresh
            .filter((invitee) => !refused.has(invitee.email))
            .map((invitee) => ({ ...invitee, cohortId, invitedById: actor.id, expiresAt })),
        );
        await queueInvitationEmails(tx, ids);
        if (ids.length > 0) {
          await recordAudit(tx, actor, {
            action: 'cohort.invitations_sent',
            target: { type: 'cohort', id: cohortId, label: cohort.name },
            details: { invitations: ids.length },
          });
        }
        return { queued: ids.length, refused };
      });
      void deps.jobs.kick();
      return {
        queued,
        skipped: [
          ...[...existing].map((email) => ({
            email,
            reason: msg('errors.invitations.alreadyMemberAddInstead'),
          })),
          ...[...refused].map(([email, reason]) => ({ email, reason })),
        ],
      };
    },

    /**
     * Adds to the cohort those of a checked list who already have an account, so that they need
     * no invitation. Asking twice changes nothing: members already in the cohort are reported as
     * such; addresses without an account, or with a deactivated one, are skipped with the reason.
     */
    async addExistingMembers(
      actor: AccountMember,
      cohortId: string,
      emails: string[],
    ): Promise<ExistingMembersAdded> {
      requireOrganiser(actor, msg('errors.cohorts.onlyOrganisersAddMembers'));
      const cohort = await findCohortOrFail(db, cohortId);
      const unique = [...new Set(emails)];
      const found = new Map(
        (await repository.existingMembers(db, unique, cohortId)).map((member) => [
          member.email,
          member,
        ]),
      );
      const result: ExistingMembersAdded = { added: [], alreadyInCohort: [], skipped: [] };
      const joining = unique.flatMap((email) => {
        const member = found.get(email);
        if (!member) {
          result.skipped.push({ email, reason: msg('errors.invitations.noAccountYet') });
        } else if (member.deactivated) {
          result.skipped.push({
            email,
            reason: msg('errors.invitations.accountDeactivated', { name: member.name }),
          });
        } else if (member.inCohort) {
          result.alreadyInCohort.push({ email, name: member.name });
        } else {
          return [member];
        }
        return [];
      });
      const joined = new Set(
        await db.transaction(async (tx) => {
          const joined = await joinCohort(
            tx,
            cohortId,
            joining.map((member) => member.id),
          );
          if (joined.length > 0) {
            await recordAudit(tx, actor, {
              action: 'cohort.members_added',
              target: { type: 'cohort', id: cohortId, label: cohort.name },
              details: { memberIds: joined },
            });
          }
          return joined;
        }),
      );
      for (const { id, email, name } of joining) {
        // Someone who joined meanwhile (an accepted invitation, another organiser) was already in.
        (joined.has(id) ? result.added : result.alreadyInCohort).push({ email, name });
      }
      return result;
    },

    async list(query: {
      cohort?: string | undefined;
      status?: InvitationStatus | undefined;
      cursor?: string | undefined;
      limit: number;
    }): Promise<InvitationPage> {
      const rows = await repository.listInvitations(
        db,
        { cohortId: query.cohort, status: query.status },
        decodeCursor(query.cursor),
        query.limit,
      );
      const { page, nextCursor } = pageOf(rows, query.limit);
      return { invitations: page.map(toInvitation), nextCursor };
    },

    /** A new e-mail with a new link; the old link stops working. */
    async resend(actor: AccountMember, id: string, reason?: string): Promise<Invitation> {
      requireOrganiser(actor, msg('errors.invitations.onlyOrganisersResend'));
      const invitation = await findInvitationOrFail(db, id);
      requireMayFollowUp(actor, invitation, 'resend');
      const requeued = await db.transaction(async (tx) => {
        const reset = await emails.requeue(tx, id, new Date(Date.now() + INVITATION_LIFETIME_MS));
        if (reset) {
          // An earlier e-mail waiting for a retry would make its own link and void this one's.
          await retireJobs(tx, INVITATION_EMAIL, { invitationId: id });
          await queueInvitationEmails(tx, [id]);
          await recordAudit(tx, actor, followUp('invitation.resent', invitation, reason));
        }
        return reset;
      });
      if (!requeued) {
        throw new AppError('conflict', msg('errors.invitations.alreadyClosed'));
      }
      void deps.jobs.kick();
      return toInvitation(await findInvitationOrFail(db, id));
    },

    async revoke(actor: AccountMember, id: string, reason?: string): Promise<Invitation> {
      requireOrganiser(actor, msg('errors.invitations.onlyOrganisersWithdraw'));
      const invitation = await findInvitationOrFail(db, id);
      requireMayFollowUp(actor, invitation, 'withdraw');
      await db.transaction(async (tx) => {
        if (!(await repository.revoke(tx, id))) {
          throw new AppError('conflict', msg('errors.invitations.alreadyClosed'));
        }
        await recordAudit(tx, actor, followUp('invitation.revoked', invitation, reason));
      });
      return toInvitation(await findInvitationOrFail(db, id));
    },
  };
}

/**
 * Resending or withdrawing follows who may invite to the role: organisers their invitations to
 * members, admins any; a resend would otherwise let an organiser revive an admin's invitation.
 */
function requireMayFollowUp(
  actor: AccountMember,
  invitation: { role: Role },
  doing: 'resend' | 'withdraw',
) {
  if (invitation.role !== 'member' && actor.role !== 'admin') {
    throw new AppError(
      'forbidden',
      doing === 'resend'
        ? msg('errors.invitations.onlyAdminsResendStaff')
        : msg('errors.invitations.onlyAdminsWithdrawStaff'),
    );
  }
}

function followUp(
  action: 'invitation.resent' | 'invitation.revoked',
  invitation: { id: string; email: string; role: Role; cohortName: string | null },
  reason: string | undefined,
): AuditAction {
  return {
    action,
    target: { type: 'invitation', id: invitation.id, label: invitation.email },
    reason,
    details: { role: invitation.role, cohort: invitation.cohortName },
  };
}

export type CohortInvitationService = ReturnType<typeof createCohortInvitationService>;
