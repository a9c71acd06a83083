import type {
  AcceptInvitationBody,
  CreatedInvitation,
  Invitation,
  InvitationPage,
  InvitationPreview,
} from '@praxis/contracts/invitations';
import type { AccountMember, Role } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { AppError } from '../../app-error.ts';
import { decodeCursor, pageOf } from '../../pagination.ts';
import type { Mailer } from '../../plugins/mailer.ts';
import { hashPassword } from '../../plugins/passwords.ts';
import { hashToken, newToken } from '../../tokens.ts';
import { isRegistered, registerMember, rejectWeakPassword } from '../auth/auth.service.ts';
import * as repository from './invitations.repository.ts';

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export interface InvitationDeps {
  db: Db;
  mailer: Mailer;
  publicOrigin: string;
  log: { error(object: unknown, message: string): void };
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
      const url = `${deps.publicOrigin}/invite/${token}`;
      const emailSent = await deps.mailer
        .send({
          to: input.email,
          subject: `${actor.name} invites you to Praxis`,
          text: [
            'Hello,',
            '',
            `${actor.name} invites you to join Praxis, the network where alumni of public-sector innovation programmes ask each other for advice and share what they tried.`,
            '',
            `Create your account here (the link works once, for 14 days): ${url}`,
          ].join('\n'),
        })
        .then(() => true)
        .catch((error: unknown) => {
          deps.log.error({ err: error }, 'invitation e-mail could not be sent');
          return false;
        });
      const row = await repository.findInvitation(db, { id });
      if (!row) throw new Error('invitation vanished after insert');
      return { ...toInvitation(row), url, emailSent };
    },

    async list(query: { cursor?: string | undefined; limit: number }): Promise<InvitationPage> {
      const rows = await repository.listInvitations(db, decodeCursor(query.cursor), query.limit);
      const { page, nextCursor } = pageOf(rows, query.limit);
      return { invitations: page.map(toInvitation), nextCursor };
    },

    async preview(token: string): Promise<InvitationPreview> {
      const row = await repository.findInvitation(db, { tokenHash: hashToken(token) });
      const invitation = row ? toInvitation(row) : null;
      if (invitation?.status !== 'pending') throw closedInvitation(invitation?.status);
      return {
        email: invitation.email,
        role: invitation.role,
        invitedBy: invitation.invitedBy,
        expiresAt: invitation.expiresAt,
      };
    },

    /** Creates the account; the claim and the account are one transaction, so a failure leaves neither. */
    async accept(token: string, input: AcceptInvitationBody): Promise<AccountMember> {
      const tokenHash = hashToken(token);
      const found = await repository.findInvitation(db, { tokenHash });
      const invitation = found ? toInvitation(found) : null;
      // Refused before hashing, so unknown or used links cost no CPU.
      if (invitation?.status !== 'pending') throw closedInvitation(invitation?.status);
      rejectWeakPassword(input.password, { email: invitation.email, name: input.name }, 'password');
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        const claimed = await repository.claimInvitation(tx, tokenHash);
        if (!claimed) {
          const row = await repository.findInvitation(tx, { tokenHash });
          throw closedInvitation(row ? toInvitation(row).status : undefined);
        }
        const member = await registerMember(tx, {
          email: claimed.email,
          name: input.name,
          role: claimed.role,
          passwordHash,
        });
        await repository.recordAcceptance(tx, claimed.id, member.id);
        return member;
      });
    },
  };
}

export type InvitationService = ReturnType<typeof createInvitationService>;

function toInvitation(row: repository.InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: row.invitedBy,
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
