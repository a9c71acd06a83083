import type { Db } from '@praxis/db/client';
import type { Mailer } from '../../plugins/mailer.ts';
import { newToken } from '../../tokens.ts';
import * as repository from './invitations.repository.ts';
import { errorText, invitationEmail } from './invitations.service.ts';

/** Seconds to wait after the 1st, 2nd, … failed attempt; after the last, the e-mail has failed. */
export const RETRY_DELAYS_SECONDS = [60, 300, 1800, 7200];
const BATCH = 10;
const LEASE_SECONDS = 300;

export interface InvitationDeliveryDeps {
  db: Db;
  mailer: Mailer;
  publicOrigin: string;
  log: { error(object: unknown, message: string): void };
}

/**
 * Sends queued invitation e-mails in the background, with retries. Each attempt makes a fresh
 * token, so the only working link is the one in the e-mail that went out; the database keeps
 * its hash alone. Several instances can run this at once: rows are claimed with SKIP LOCKED.
 */
export function createInvitationDelivery(deps: InvitationDeliveryDeps) {
  const { db } = deps;
  let running: Promise<number> | null = null;
  let again = false;

  async function deliver(invitation: repository.InvitationRow, attempts: number) {
    const { token, tokenHash } = newToken();
    await repository.setTokenHash(db, invitation.id, tokenHash);
    try {
      await deps.mailer.send(
        invitationEmail({
          to: invitation.email,
          inviter: invitation.invitedBy,
          cohortName: invitation.cohortName,
          url: `${deps.publicOrigin}/invite/${token}`,
        }),
      );
      await repository.recordEmailSent(db, invitation.id, tokenHash);
    } catch (error) {
      const retryIn = RETRY_DELAYS_SECONDS[attempts] ?? null;
      deps.log.error({ err: error, invitationId: invitation.id }, 'invitation e-mail failed');
      await repository.recordEmailFailure(db, invitation.id, tokenHash, errorText(error), retryIn);
    }
  }

  /** Sends everything that is due now; resolves with how many e-mails were attempted. */
  async function drain(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const batch = await repository.claimDueEmails(db, BATCH, LEASE_SECONDS);
      if (batch.length === 0) return attempted;
      const attemptsById = new Map(batch.map((claimed) => [claimed.id, claimed.attempts]));
      const claimed = await repository.findInvitations(db, [...attemptsById.keys()]);
      await Promise.all(
        claimed.map((invitation) => deliver(invitation, attemptsById.get(invitation.id) ?? 0)),
      );
      attempted += batch.length;
    }
  }

  return {
    /**
     * Starts sending what is due; during a run, asks for one more pass after it, so rows
     * queued meanwhile are not left for the next tick. Never rejects.
     */
    kick(): Promise<number> {
      if (running) {
        again = true;
        return running;
      }
      running = drain()
        .catch((error: unknown) => {
          deps.log.error({ err: error }, 'invitation e-mail queue could not be processed');
          return 0;
        })
        .finally(() => {
          running = null;
          if (again) {
            again = false;
            void this.kick();
          }
        });
      return running;
    },
    /** Resolves when the current run, if any, has finished. */
    async idle() {
      await running;
    },
  };
}

export type InvitationDelivery = ReturnType<typeof createInvitationDelivery>;
