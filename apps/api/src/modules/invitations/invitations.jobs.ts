import type { Db } from '@praxis/db/client';
import type { Locale } from '@praxis/i18n/locales';
import type { FastifyPluginAsync } from 'fastify';
import type { Job } from '../../plugins/jobs.ts';
import type { Mailer } from '../../plugins/mailer.ts';
import { newToken } from '../../tokens.ts';
import * as emails from './invitation-emails.repository.ts';
import * as repository from './invitations.repository.ts';
import { errorText, INVITATION_EMAIL, queueInvitationEmails } from './invitations.service.ts';
import { invitationEmail } from './invitations.templates.ts';

/** Seconds to wait after the 1st, 2nd, … failed attempt; after the last, the e-mail has failed. */
export const RETRY_DELAYS_SECONDS = [60, 300, 1800, 7200];

/**
 * Sends an invitation's e-mail, if the invitation is still open. Each attempt makes a fresh
 * token, stored (as its hash alone) before the e-mail leaves, so the only working link is the one
 * in the last e-mail that went out. Failures are shown on the invitation, then retried by the
 * runner. Outcomes are recorded only if no resend or withdrawal replaced the attempt meanwhile.
 */
export function createInvitationEmailSender(deps: {
  mailer: Mailer;
  publicOrigin: string;
  /** The network's default language: an invitee has chosen none yet. */
  networkLocale: () => Locale;
}) {
  return async function sendInvitationEmail(db: Db, job: Job): Promise<void> {
    const { invitationId } = job.payload;
    if (!invitationId) throw new Error('invitation_email without its invitation');
    const invitation = await repository.findInvitation(db, { id: invitationId });
    if (!invitation) return;
    const { token, tokenHash } = newToken();
    if (!(await emails.startEmailAttempt(db, invitation.id, tokenHash))) return;
    try {
      await deps.mailer.send(
        await invitationEmail({
          to: invitation.email,
          inviter: invitation.invitedBy,
          cohortName: invitation.cohortName,
          url: `${deps.publicOrigin}/invite/${token}`,
          locale: deps.networkLocale(),
        }),
      );
    } catch (error) {
      const retried = job.retryAt !== null;
      await emails.recordEmailFailure(db, invitation.id, tokenHash, errorText(error), retried);
      throw error;
    }
    await emails.recordEmailSent(db, invitation.id, tokenHash);
  };
}

/** Queues, once, the e-mails the delivery poller that preceded the job runner left waiting. */
export async function queueLeftoverInvitationEmails(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await queueInvitationEmails(tx, await emails.takeLeftoverQueuedEmails(tx));
  });
}

/**
 * Invitation e-mails go out from the job runner: in the background, ten at a time per instance,
 * and outside any transaction, since an SMTP exchange can take seconds.
 */
export const invitationJobs: FastifyPluginAsync<{ publicOrigin: string }> = async (
  app,
  options,
) => {
  app.jobs.register(
    INVITATION_EMAIL,
    createInvitationEmailSender({
      mailer: app.mailer,
      publicOrigin: options.publicOrigin,
      networkLocale: () => app.locales.networkDefault(),
    }),
    { transaction: false, concurrency: 10, retryDelaysSeconds: RETRY_DELAYS_SECONDS },
  );
  app.jobs.atStartup('queue invitation e-mails left by the old poller', (db) =>
    queueLeftoverInvitationEmails(db),
  );
};
