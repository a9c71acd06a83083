import type { Db } from '@praxis/db/client';
import { invitations } from '@praxis/db/schema/invitations';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { pending } from './invitations.repository.ts';

// The writes of an invitation's e-mail (invitations.jobs.ts) and of a resend, kept apart from
// the invitations' other reads and writes, whose notion of an open invitation they share.

/**
 * An attempt's token replaces the last one before its e-mail leaves, so the e-mailed link works;
 * false if the invitation was accepted or withdrawn meanwhile, when nothing is to be sent.
 */
export async function startEmailAttempt(db: Db, id: string, tokenHash: string) {
  const rows = await db
    .update(invitations)
    .set({ tokenHash, emailStatus: 'sending' })
    .where(and(eq(invitations.id, id), pending))
    .returning({ id: invitations.id });
  return rows.length > 0;
}

/**
 * Records the outcome of one attempt, unless the invitation changed meanwhile (resent or
 * withdrawn while the e-mail was on its way): then the newer state stands.
 */
const attemptStillCurrent = (id: string, tokenHash: string) =>
  and(eq(invitations.id, id), eq(invitations.tokenHash, tokenHash));

export async function recordEmailSent(db: Db, id: string, tokenHash: string) {
  await db
    .update(invitations)
    .set({
      emailStatus: 'sent',
      emailSentAt: sql`now()`,
      emailAttempts: sql`${invitations.emailAttempts} + 1`,
      emailLastError: null,
    })
    .where(attemptStillCurrent(id, tokenHash));
}

/** A failed attempt: queued again when it will be retried, otherwise failed for good. */
export async function recordEmailFailure(
  db: Db,
  id: string,
  tokenHash: string,
  error: string,
  retried: boolean,
) {
  await db
    .update(invitations)
    .set({
      emailStatus: retried ? 'queued' : 'failed',
      emailAttempts: sql`${invitations.emailAttempts} + 1`,
      emailLastError: error.slice(0, 500),
    })
    .where(attemptStillCurrent(id, tokenHash));
}

/**
 * Pending invitations whose e-mail the delivery poller that preceded the job runner left queued:
 * it kept their schedule on the row, in `emailNextAttemptAt`, which nothing sets any more. Takes
 * them (clearing it), so that they are queued as jobs once.
 */
export async function takeLeftoverQueuedEmails(db: Db) {
  const rows = await db
    .update(invitations)
    .set({ emailNextAttemptAt: null })
    .where(
      and(
        isNotNull(invitations.emailNextAttemptAt),
        inArray(invitations.emailStatus, ['queued', 'sending']),
        pending,
      ),
    )
    .returning({ id: invitations.id });
  return rows.map((row) => row.id);
}

/** Resets a pending invitation's e-mail for a fresh one (and so a fresh link), extending its life. */
export async function requeue(db: Db, id: string, expiresAt: Date) {
  const rows = await db
    .update(invitations)
    .set({
      tokenHash: null,
      emailStatus: 'queued',
      emailAttempts: 0,
      emailNextAttemptAt: null,
      emailLastError: null,
      expiresAt,
    })
    .where(and(eq(invitations.id, id), pending))
    .returning({ id: invitations.id });
  return rows.length > 0;
}
