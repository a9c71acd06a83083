import type { EmailChangeBody } from '@praxis/contracts/auth';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError, isUniqueViolation } from '../../app-error.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import { verifyPassword } from '../../plugins/passwords.ts';
import type { Throttle } from '../../plugins/throttle.ts';
import { hashToken } from '../../tokens.ts';
import { withdrawOpenInvitations } from '../invitations/moved-accounts.service.ts';
import * as repository from './auth.repository.ts';
import * as changes from './email-change.repository.ts';

export const EMAIL_CHANGE_EMAIL = 'email_change_email';
export const EMAIL_CHANGE_LIFETIME_MS = 24 * 60 * 60 * 1000;
const ONE_HOUR = 60 * 60;
/** Each request mails two addresses; a few an hour is plenty for typos, and bounds the mail. */
const EMAIL_CHANGES_PER_HOUR = 5;

export interface EmailChangeDeps {
  db: Db;
  throttle: Throttle;
  kickJobs(): void;
  endAllSessions(memberId: string): Promise<void>;
}

const taken = () =>
  new AppError('conflict', msg('errors.emailChange.taken'), {
    fields: { newEmail: msg('errors.emailChange.taken') },
  });

/**
 * Moving an account to another address. The request proves the password; the link, e-mailed to
 * the new address by the job runner (which makes its token and stores only the hash), proves the
 * address; the old address is told at once, with a link that cancels the request. Until the
 * link is followed nothing changes; a newer request, or a new password, retires it.
 */
export function createEmailChangeService(deps: EmailChangeDeps) {
  const { db, throttle } = deps;

  return {
    async request(actor: AccountMember, input: EmailChangeBody): Promise<void> {
      await throttle.hit([
        {
          key: `email-change:${actor.id}`,
          limit: EMAIL_CHANGES_PER_HOUR,
          windowSeconds: ONE_HOUR,
          message: 'errors.emailChange.tooMany',
        },
      ]);
      const member = await repository.findCredentialsById(db, actor.id);
      if (!member || !(await verifyPassword(member.passwordHash, input.password))) {
        throw new AppError('invalid', msg('errors.emailChange.wrongPassword'), {
          fields: { password: msg('errors.emailChange.wrongPassword') },
        });
      }
      const newEmail = input.newEmail.toLowerCase();
      if (newEmail === member.email.toLowerCase()) {
        throw new AppError('invalid', msg('errors.emailChange.sameAddress'), {
          fields: { newEmail: msg('errors.emailChange.sameAddress') },
        });
      }
      // Says only that the address is taken: never whose it is.
      if (await repository.memberExistsWithEmail(db, newEmail)) throw taken();
      await enqueue(db, {
        kind: EMAIL_CHANGE_EMAIL,
        payload: { memberId: member.id, newEmail, oldEmail: member.email },
      });
      deps.kickJobs();
    },

    /**
     * Follows the link: the account signs in with the new address from now on, and every
     * session ends, this browser's too, as the link may be opened signed in as no one.
     */
    async confirm(token: string): Promise<{ email: string }> {
      try {
        const moved = await db.transaction(async (tx) => {
          const change = await changes.findEmailChangeForUpdate(tx, hashToken(token));
          if (!change) throw new AppError('invalid', msg('errors.emailChange.linkUnknown'));
          if (change.usedAt) throw new AppError('invalid', msg('errors.emailChange.linkUsed'));
          if (change.expiresAt.getTime() <= Date.now()) {
            throw new AppError('invalid', msg('errors.emailChange.linkExpired'));
          }
          const member = await repository.findCredentialsById(tx, change.memberId);
          if (!member || member.deactivatedAt) {
            throw new AppError('invalid', msg('errors.emailChange.linkUnknown'));
          }
          if (await repository.memberExistsWithEmail(tx, change.newEmail)) throw taken();
          await changes.setMemberEmail(tx, member.id, change.newEmail);
          await changes.markEmailChangeUsed(tx, change.id);
          await changes.retireOpenEmailChanges(tx, member.id);
          await changes.retireLinksSentToOldAddress(tx, member.id);
          // An open invitation to the old address would make a second account for this person
          // at an address they gave up; one to the new address can no longer be accepted, as it
          // now has an account. Both are withdrawn: the member is in already.
          await withdrawOpenInvitations(tx, [member.email.toLowerCase(), change.newEmail]);
          return { memberId: member.id, email: change.newEmail };
        });
        await deps.endAllSessions(moved.memberId);
        return { email: moved.email };
      } catch (error) {
        // Someone took the address between the check and the update.
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
    },

    /** Follows the link mailed to the old address: the request is retired, nothing else. */
    async cancel(token: string): Promise<void> {
      await db.transaction(async (tx) => {
        const change = await changes.findEmailChangeByCancelTokenForUpdate(tx, hashToken(token));
        if (!change) throw new AppError('invalid', msg('errors.emailChange.linkUnknown'));
        if (change.usedAt) throw new AppError('invalid', msg('errors.emailChange.cancelGone'));
        if (change.expiresAt.getTime() <= Date.now()) {
          throw new AppError('invalid', msg('errors.emailChange.cancelExpired'));
        }
        await changes.markEmailChangeUsed(tx, change.id);
      });
    },
  };
}
