import type {
  AcceptInvitationBody,
  CohortInvitationsQueued,
  CreatedInvitation,
  Invitation,
  InvitationPage,
  InvitationPreview,
  Invitee,
  InviteeListCheck,
} from '@praxis/contracts/invitations';
import { MAX_INVITEES } from '@praxis/contracts/invitations';
import type { AccountMember, Role } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { AppError } from '../../app-error.ts';
import { decodeCursor, pageOf } from '../../pagination.ts';
import { requireOrganiser } from '../../plugins/auth.ts';
import { enqueue, retireJobs } from '../../plugins/job-queue.ts';
import type { JobRunner } from '../../plugins/jobs.ts';
import type { Mailer } from '../../plugins/mailer.ts';
import { hashPassword } from '../../plugins/passwords.ts';
import { hashToken, newToken } from '../../tokens.ts';
import { isRegistered, registerMember, rejectWeakPassword } from '../auth/auth.service.ts';
import { findCohortOrFail, joinCohort } from '../cohorts/cohorts.service.ts';
import * as repository from './invitations.repository.ts';
import { invitationEmail } from './invitations.templates.ts';
import { readInviteeList } from './invitee-list.ts';

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** The job kind that sends an invitation's e-mail (invitations.jobs.ts). */
export const INVITATION_EMAIL = 'invitation_email';

export interface InvitationDeps {
  db: Db;
  mailer: Mailer;
  publicOrigin: string;
  log: { error(object: unknown, message: string): void };
  jobs: Pick<JobRunner, 'kick'>;
}

/** Who may invite someone to which role: organisers bring in members, admins anyone. */
const invitableRoles: Record<Role, readonly Role[]> = {
  member: [],
  organiser: ['member'],
  admin: ['member', 'organiser', 'admin'],
};

export function createInvitationService(deps: InvitationDeps) {
  const { db } = deps;

  async function findOrFail(id: string) {
    const row = await repository.findInvitation(db, { id });
    if (!row) throw new AppError('not_found', 'This invitation does not exist.');
    return row;
  }

  return {
    async create(
      actor: AccountMember,
      input: { email: string; role: Role },
    ): Promise<CreatedInvitation> {
      if (!invitableRoles[actor.role].includes(input.role)) {
        throw new AppError(
          'forbidden',
          actor.role === 'member'
            ? 'Only organisers and admins can invite people.'
            : `Only admins can invite someone as ${input.role === 'admin' ? 'an admin' : 'an organiser'}.`,
        );
      }
      if (await isRegistered(db, input.email)) {
        throw new AppError('conflict', `${input.email} is already a member of Praxis.`, {
          fields: { email: 'Already a member.' },
        });
      }
      const { token, tokenHash } = newToken();
      const id = await db.transaction(async (tx) => {
        await repository.revokePendingFor(tx, input.email);
        return repository.insertInvitation(tx, {
          email: input.email,
          role: input.role,
          tokenHash,
          invitedById: actor.id,
          expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
        });
      });
      // Sent while the inviter waits, so the answer can say whether it went; the link is
      // shown to them as well, to share by hand if it did not.
      const url = `${deps.publicOrigin}/invite/${token}`;
      const emailSent = await deps.mailer
        .send(invitationEmail({ to: input.email, inviter: actor.name, cohortName: null, url }))
        .then(() => repository.recordEmailSent(db, id, tokenHash).then(() => true))
        .catch(async (error: unknown) => {
          deps.log.error({ err: error }, 'invitation e-mail could not be sent');
          await repository.recordEmailFailure(db, id, tokenHash, errorText(error), false);
          return false;
        });
      return { ...toInvitation(await findOrFail(id)), url, emailSent };
    },

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
      await findOrFail(id);
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
      return toInvitation(await findOrFail(id));
    },

    async revoke(actor: AccountMember, id: string): Promise<Invitation> {
      requireOrganiser(actor, 'withdraw invitations');
      await findOrFail(id);
      if (!(await repository.revoke(db, id))) {
        throw new AppError('conflict', 'This invitation was already accepted or withdrawn.');
      }
      return toInvitation(await findOrFail(id));
    },

    async preview(token: string): Promise<InvitationPreview> {
      const row = await repository.findInvitation(db, { tokenHash: hashToken(token) });
      const invitation = row ? toInvitation(row) : null;
      if (!row || invitation?.status !== 'pending') throw closedInvitation(invitation?.status);
      return {
        email: row.email,
        name: row.name,
        role: row.role,
        invitedBy: row.invitedBy,
        cohortName: row.cohortName,
        existingAccount: await isRegistered(db, row.email),
        expiresAt: invitation.expiresAt,
      };
    },

    /**
     * Creates the account, pre-filled from the invitation, and joins its cohort: the claim,
     * the account and the membership are one transaction, so a failure leaves none of them.
     */
    async accept(token: string, input: AcceptInvitationBody): Promise<AccountMember> {
      const tokenHash = hashToken(token);
      const found = await repository.findInvitation(db, { tokenHash });
      const invitation = found ? toInvitation(found) : null;
      // Refused before hashing, so unknown or used links cost no CPU.
      if (invitation?.status !== 'pending') throw closedInvitation(invitation?.status);
      rejectWeakPassword(input.password, { email: invitation.email, name: input.name }, 'password');
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        const claimed = await claimOrFail(tx, tokenHash);
        const member = await registerMember(tx, {
          email: claimed.email,
          name: input.name,
          role: claimed.role,
          passwordHash,
          organisation: claimed.organisation,
        });
        if (claimed.cohortId) await joinCohort(tx, claimed.cohortId, [member.id]);
        await repository.recordAcceptance(tx, claimed.id, member.id);
        return member;
      });
    },

    /** An invitation to someone who already has an account: signed in as them, it joins the cohort. */
    async join(actor: AccountMember, token: string): Promise<void> {
      const tokenHash = hashToken(token);
      const found = await repository.findInvitation(db, { tokenHash });
      if (found && found.email !== actor.email.toLowerCase()) {
        throw new AppError(
          'forbidden',
          `This invitation is for ${found.email}. Sign in with that account to accept it.`,
        );
      }
      await db.transaction(async (tx) => {
        const claimed = await claimOrFail(tx, tokenHash);
        if (claimed.cohortId) await joinCohort(tx, claimed.cohortId, [actor.id]);
        await repository.recordAcceptance(tx, claimed.id, actor.id);
      });
    },
  };
}

async function claimOrFail(tx: Db, tokenHash: string) {
  const claimed = await repository.claimInvitation(tx, tokenHash);
  if (!claimed) {
    const row = await repository.findInvitation(tx, { tokenHash });
    throw closedInvitation(row ? toInvitation(row).status : undefined);
  }
  return claimed;
}

/** Queues the e-mails of these invitations, inside the caller's transaction. */
export async function queueInvitationEmails(db: Db, invitationIds: string[]): Promise<void> {
  await enqueue(
    db,
    invitationIds.map((invitationId) => ({ kind: INVITATION_EMAIL, payload: { invitationId } })),
  );
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type InvitationService = ReturnType<typeof createInvitationService>;

function toInvitation(row: repository.InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    invitedBy: row.invitedBy,
    cohort: row.cohortId && row.cohortName ? { id: row.cohortId, name: row.cohortName } : null,
    emailStatus: row.emailStatus,
    emailError: row.emailLastError,
    status: row.acceptedAt
      ? 'accepted'
      : row.revokedAt
        ? 'revoked'
        : row.expiresAt.getTime() <= Date.now()
          ? 'expired'
          : 'pending',
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

function closedInvitation(status: Invitation['status'] | undefined): AppError {
  switch (status) {
    case 'accepted':
      return new AppError(
        'conflict',
        'This invitation has already been used. Sign in with the account it created.',
      );
    case 'expired':
      return new AppError(
        'not_found',
        'This invitation has expired. Ask the organiser who invited you for a new one.',
      );
    case 'revoked':
      return new AppError(
        'not_found',
        'This invitation was withdrawn or replaced by a newer one. Use the latest e-mail, or ask for a new invitation.',
      );
    default:
      return new AppError(
        'not_found',
        'This invitation link is not valid. Check that you copied the whole link.',
      );
  }
}
