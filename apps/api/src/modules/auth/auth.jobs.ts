import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import type { FastifyPluginAsync } from 'fastify';
import type { Job } from '../../plugins/jobs.ts';
import type { Mailer } from '../../plugins/mailer.ts';
import { newToken } from '../../tokens.ts';
import * as repository from './auth.repository.ts';
import {
  deleteExpiredAuthRows,
  PASSWORD_RESET_EMAIL,
  PASSWORD_RESET_LIFETIME_MS,
} from './auth.service.ts';
import {
  emailChangeEmail,
  emailChangeNoticeEmail,
  loginUnlockEmail,
  passwordResetEmail,
} from './auth.templates.ts';
import { deleteStaleEmailChanges, insertEmailChange } from './email-change.repository.ts';
import { EMAIL_CHANGE_EMAIL, EMAIL_CHANGE_LIFETIME_MS } from './email-change.service.ts';
import { LOGIN_UNLOCK_EMAIL, LOGIN_UNLOCK_LIFETIME_MS } from './sign-in.service.ts';

/** Expired rows only take room, so once an hour is often enough. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

interface AccountMailDeps {
  mailer: Mailer;
  publicOrigin: string;
  /** The member's language: their choice, else the network's default. */
  localeOf: (preference: string | null) => Locale;
}

/**
 * E-mails an "unlock and sign in" link. The token is made and stored (as its hash alone) by the
 * job, so the request that tripped the slowdown never waits for SMTP, and a retried attempt
 * sends a link that works.
 */
export function createLoginUnlockSender(deps: AccountMailDeps) {
  return async function sendLoginUnlockEmail(db: Db, job: Job): Promise<void> {
    const { memberId } = job.payload;
    if (!memberId) throw new Error('login_unlock_email without its member');
    const member = await repository.findCredentialsById(db, memberId);
    if (!member || member.deactivatedAt) return;
    const { token, tokenHash } = newToken();
    await repository.insertLoginUnlock(db, {
      memberId,
      tokenHash,
      expiresAt: new Date(Date.now() + LOGIN_UNLOCK_LIFETIME_MS),
    });
    await deps.mailer.send(
      await loginUnlockEmail({
        to: member.email,
        name: member.name,
        url: `${deps.publicOrigin}/unlock?token=${token}`,
        locale: deps.localeOf(member.locale),
      }),
    );
  };
}

/**
 * E-mails a link to choose a new password, if the address belongs to an active member; for any
 * other address it does nothing, out of sight of the request that asked. A retried attempt makes
 * a fresh link.
 */
export function createPasswordResetSender(deps: AccountMailDeps) {
  return async function sendPasswordResetEmail(db: Db, job: Job): Promise<void> {
    const { email } = job.payload;
    if (!email) throw new Error('password_reset_email without its address');
    const member = await repository.findCredentialsByEmail(db, email);
    if (!member || member.deactivatedAt) return;
    const { token, tokenHash } = newToken();
    await repository.insertPasswordReset(db, {
      memberId: member.id,
      tokenHash,
      expiresAt: new Date(Date.now() + PASSWORD_RESET_LIFETIME_MS),
    });
    await deps.mailer.send(
      await passwordResetEmail({
        to: member.email,
        name: member.name,
        url: `${deps.publicOrigin}/reset-password?token=${token}`,
        locale: deps.localeOf(member.locale),
      }),
    );
  };
}

/**
 * Mails the confirmation link to the new address and the notice, with a link that cancels the
 * change, to the old one. Both tokens are made here and only their hashes stored, as for reset
 * links; the member's earlier requests are retired, and a retried attempt makes fresh links.
 */
export function createEmailChangeSender(deps: AccountMailDeps) {
  return async function sendEmailChangeEmails(db: Db, job: Job): Promise<void> {
    const { memberId, newEmail, oldEmail } = job.payload;
    if (!memberId || !newEmail || !oldEmail) throw new Error('email_change_email incomplete');
    const member = await repository.findCredentialsById(db, memberId);
    if (!member || member.deactivatedAt) return;
    const { token, tokenHash } = newToken();
    const cancel = newToken();
    await insertEmailChange(db, {
      memberId,
      newEmail,
      tokenHash,
      cancelTokenHash: cancel.tokenHash,
      expiresAt: new Date(Date.now() + EMAIL_CHANGE_LIFETIME_MS),
    });
    const locale = deps.localeOf(member.locale);
    await deps.mailer.send(
      await emailChangeEmail({
        to: newEmail,
        name: member.name,
        url: `${deps.publicOrigin}/confirm-email?token=${token}`,
        locale,
      }),
    );
    await deps.mailer.send(
      await emailChangeNoticeEmail({
        to: oldEmail,
        name: member.name,
        newEmail,
        cancelUrl: `${deps.publicOrigin}/cancel-email-change?token=${cancel.token}`,
        locale,
      }),
    );
  };
}

export const authJobs: FastifyPluginAsync<{ publicOrigin: string }> = async (app, options) => {
  const deps: AccountMailDeps = {
    mailer: app.mailer,
    publicOrigin: options.publicOrigin,
    localeOf: (preference) => app.locales.forMember(preference),
  };
  app.jobs.register(LOGIN_UNLOCK_EMAIL, createLoginUnlockSender(deps), { transaction: false });
  app.jobs.register(PASSWORD_RESET_EMAIL, createPasswordResetSender(deps), {
    transaction: false,
    concurrency: 5,
  });
  app.jobs.register(EMAIL_CHANGE_EMAIL, createEmailChangeSender(deps), { transaction: false });
  app.jobs.every('delete expired sessions and reset links', SWEEP_EVERY_MS, async (db, now) => {
    const gone = await deleteExpiredAuthRows(db, now);
    return gone + (await deleteStaleEmailChanges(db, now));
  });
};
