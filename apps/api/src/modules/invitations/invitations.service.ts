import type {
  AcceptInvitationBody,
  CreatedInvitation,
  Invitation,
  InvitationPreview,
} from '@praxis/contracts/invitations';
import type { AccountMember, Role } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import type { JobRunner } from '../../plugins/jobs.ts';
import type { Mailer } from '../../plugins/mailer.ts';
import { hashPassword } from '../../plugins/passwords.ts';
import { hashToken, newToken } from '../../tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isRegistered, registerMember, rejectWeakPassword } from '../auth/auth.service.ts';
import { joinCohort } from '../cohorts/cohorts.service.ts';
import * as emails from './invitation-emails.repository.ts';
import * as repository from './invitations.repository.ts';
import { invitationEmail } from './invitations.templates.ts';

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** The job kind that sends an invitation's e-mail (invitations.jobs.ts). */
export const INVITATION_EMAIL = 'invitation_email';

export interface InvitationDeps {
  db: Db;
  mailer: Mailer;
  publicOrigin: string;
  log: { error(object: unknown, message: string): void };
  jobs: Pick<JobRunner, 'kick'>;
  /** The network's default language, for invitation mails: an invitee has chosen none yet. */
  networkLocale(): Locale;
}

/** Who may invite someone to which role: organisers bring in members, admins anyone. */
const invitableRoles: Record<Role, readonly Role[]> = {
  member: [],
  organiser: ['member'],
  admin: ['member', 'organiser', 'admin'],
};

export function createInvitationService(deps: InvitationDeps) {
  const { db } = deps;

  return {
    async create(
      actor: AccountMember,
      input: { email: string; role: Role },
    ): Promise<CreatedInvitation> {
      if (!invitableRoles[actor.role].includes(input.role)) {
        throw new AppError(
          'forbidden',
          actor.role === 'member'
            ? msg('errors.invitations.onlyOrganisersInvitePeople')
            : msg('errors.invitations.onlyAdminsInviteRole', { role: input.role }),
        );
      }
      if (await isRegistered(db, input.email)) {
        throw new AppError(
          'conflict',
          msg('errors.invitations.alreadyMember', { email: input.email }),
          {
            fields: { email: msg('errors.invitations.alreadyMemberField') },
          },
        );
      }
      const { token, tokenHash } = newToken();
      const id = await db.transaction(async (tx) => {
        const refused = (await replaceOpenInvitations(tx, actor, [input.email])).get(input.email);
        if (refused) {
          throw new AppError('conflict', refused, {
            fields: { email: msg('errors.invitations.invitedByAdminField') },
          });
        }
        const id = await repository.insertInvitation(tx, {
          email: input.email,
          role: input.role,
          tokenHash,
          invitedById: actor.id,
          expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
        });
        await recordAudit(tx, actor, {
          action: 'invitation.sent',
          target: { type: 'invitation', id, label: input.email },
          details: { role: input.role },
        });
        return id;
      });
      // Sent while the inviter waits, so the answer can say whether it went; the link is
      // shown to them as well, to share by hand if it did not.
      const url = `${deps.publicOrigin}/invite/${token}`;
      const emailSent = await invitationEmail({
        to: input.email,
        inviter: actor.name,
        cohortName: null,
        url,
        locale: deps.networkLocale(),
      })
        .then((email) => deps.mailer.send(email))
        .then(() => emails.recordEmailSent(db, id, tokenHash).then(() => true))
        .catch(async (error: unknown) => {
          deps.log.error({ err: error }, 'invitation e-mail could not be sent');
          await emails.recordEmailFailure(db, id, tokenHash, errorText(error), false);
          return false;
        });
      return { ...toInvitation(await findInvitationOrFail(db, id)), url, emailSent };
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
      return db.transaction((tx) => registerInvitee(tx, { tokenHash }, input.name, passwordHash));
    },

    /** An invitation to someone who already has an account: signed in as them, it joins the cohort. */
    async join(actor: AccountMember, token: string): Promise<void> {
      const tokenHash = hashToken(token);
      const found = await repository.findInvitation(db, { tokenHash });
      if (found && found.email !== actor.email.toLowerCase()) {
        throw new AppError(
          'forbidden',
          msg('errors.invitations.forSomeoneElse', { email: found.email }),
        );
      }
      await db.transaction(async (tx) => {
        const claimed = await claimOrFail(tx, { tokenHash });
        if (claimed.cohortId) await joinCohort(tx, claimed.cohortId, [actor.id]);
        await repository.recordAcceptance(tx, claimed.id, actor.id);
      });
    },
  };
}

/** Claims the invitation and creates its account and cohort membership, in the caller's transaction. */
async function registerInvitee(
  tx: Db,
  invitation: { id: string } | { tokenHash: string },
  name: string,
  passwordHash: string,
) {
  const claimed = await claimOrFail(tx, invitation);
  const member = await registerMember(tx, {
    email: claimed.email,
    name,
    role: claimed.role,
    passwordHash,
    organisation: claimed.organisation,
  });
  if (claimed.cohortId) await joinCohort(tx, claimed.cohortId, [member.id]);
  await repository.recordAcceptance(tx, claimed.id, member.id);
  return member;
}

/**
 * Accepts the open invitation of an address its owner has just proved (single sign-on) as
 * accept() does, named `name` or else as the invitation names them; null when none is open.
 */
export async function acceptInvitationOf(
  db: Db,
  email: string,
  account: { name: string | null; passwordHash: string },
): Promise<AccountMember | null> {
  const open = await repository.findOpenInvitation(db, email);
  if (!open) return null;
  const name = account.name ?? (open.name || email.split('@')[0] || email);
  return db.transaction((tx) => registerInvitee(tx, { id: open.id }, name, account.passwordHash));
}

async function claimOrFail(tx: Db, invitation: { id: string } | { tokenHash: string }) {
  const claimed = await repository.claimInvitation(tx, invitation);
  if (!claimed) {
    const row = await repository.findInvitation(tx, invitation);
    throw closedInvitation(row ? toInvitation(row).status : undefined);
  }
  return claimed;
}

export async function findInvitationOrFail(db: Db, id: string) {
  const row = await repository.findInvitation(db, { id });
  if (!row) throw new AppError('not_found', msg('errors.invitations.invitationGone'));
  return row;
}

/**
 * Of these addresses, those not to be invited again by this actor, each with the reason: inviting
 * again withdraws the open invitation, and an admin's invitation to join as an organiser or admin
 * is for admins alone to withdraw (requireMayFollowUp's rule).
 */
export async function refusedReinvitations(
  db: Db,
  actor: AccountMember,
  emails: string[],
): Promise<Map<string, string>> {
  const mayReplace = invitableRoles[actor.role];
  return new Map(
    (await repository.openInvitationRoles(db, emails))
      .filter(({ role }) => !mayReplace.includes(role))
      .map(({ email, role }) => [email, msg('errors.invitations.invitedByAdmin', { role })]),
  );
}

/**
 * Withdraws the open invitations of these addresses for new ones to replace, except those
 * refusedReinvitations names, which it returns. Runs in the caller's transaction before its
 * inserts, so that a refusal and the invitations written agree.
 */
export async function replaceOpenInvitations(
  tx: Db,
  actor: AccountMember,
  emails: string[],
): Promise<Map<string, string>> {
  const refused = await refusedReinvitations(tx, actor, emails);
  const replaced = emails.filter((email) => !refused.has(email));
  // Limited to the roles the actor may invite, so that an admin's invitation created meanwhile stays.
  await repository.revokePendingForMany(tx, replaced, invitableRoles[actor.role]);
  return refused;
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

/** The invitations a member accepted or that were sent to their address (the audit names them). */
export const invitationIdsOf = repository.invitationIdsOf;

export function toInvitation(row: repository.InvitationRow): Invitation {
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
      return new AppError('conflict', msg('errors.invitations.used'));
    case 'expired':
      return new AppError('not_found', msg('errors.invitations.expired'));
    case 'revoked':
      return new AppError('not_found', msg('errors.invitations.withdrawn'));
    default:
      return new AppError('not_found', msg('errors.invitations.linkInvalid'));
  }
}
