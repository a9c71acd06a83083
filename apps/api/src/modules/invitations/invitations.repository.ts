import type { Role } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { invitations } from '@praxis/db/schema/auth';
import { cohortMemberships, cohorts } from '@praxis/db/schema/cohorts';
import { members } from '@praxis/db/schema/members';
import { and, desc, eq, gt, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Position } from '../../pagination.ts';

const invitationColumns = {
  id: invitations.id,
  email: invitations.email,
  name: invitations.name,
  organisation: invitations.organisation,
  role: invitations.role,
  invitedBy: members.name,
  cohortId: invitations.cohortId,
  cohortName: cohorts.name,
  emailStatus: invitations.emailStatus,
  emailLastError: invitations.emailLastError,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
  createdAt: invitations.createdAt,
};

export type InvitationRow = {
  id: string;
  email: string;
  name: string;
  organisation: string;
  role: Role;
  invitedBy: string;
  cohortId: string | null;
  cohortName: string | null;
  emailStatus: 'queued' | 'sending' | 'sent' | 'failed';
  emailLastError: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

/** One open invitation per address: a new one replaces those still pending. */
export async function revokePendingFor(db: Db, email: string) {
  await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
}

export async function insertInvitation(
  db: Db,
  values: { email: string; role: Role; tokenHash: string; invitedById: string; expiresAt: Date },
): Promise<string> {
  const [row] = await db.insert(invitations).values(values).returning({ id: invitations.id });
  if (!row) throw new Error('invitation insert returned no row');
  return row.id;
}

/** Invitations with who invited and into which cohort, for every read of them. */
function selectInvitations(db: Db) {
  return db
    .select(invitationColumns)
    .from(invitations)
    .innerJoin(members, eq(members.id, invitations.invitedById))
    .leftJoin(cohorts, eq(cohorts.id, invitations.cohortId))
    .$dynamic();
}

export async function findInvitation(db: Db, where: { id: string } | { tokenHash: string }) {
  const [row] = await selectInvitations(db).where(
    'id' in where ? eq(invitations.id, where.id) : eq(invitations.tokenHash, where.tokenHash),
  );
  return (row as InvitationRow | undefined) ?? null;
}

/** The invitations with these ids, with who invited and into which cohort: one query. */
export async function findInvitations(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await selectInvitations(db).where(inArray(invitations.id, ids));
  return rows as InvitationRow[];
}

export async function listInvitations(
  db: Db,
  filter: { cohortId?: string | undefined },
  after: Position | null,
  limit: number,
) {
  const rows = await selectInvitations(db)
    .where(
      and(
        filter.cohortId ? eq(invitations.cohortId, filter.cohortId) : undefined,
        after
          ? or(
              lt(invitations.createdAt, after.createdAt),
              and(eq(invitations.createdAt, after.createdAt), lt(invitations.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(limit + 1);
  return rows as InvitationRow[];
}

/** Claims the invitation if it is still open; a second or late claim changes no row. */
export async function claimInvitation(db: Db, tokenHash: string) {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      cohortId: invitations.cohortId,
      organisation: invitations.organisation,
    });
  return row ?? null;
}

export async function recordAcceptance(db: Db, invitationId: string, memberId: string) {
  await db
    .update(invitations)
    .set({ acceptedById: memberId })
    .where(eq(invitations.id, invitationId));
}

const pending = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

/** Replaces the pending invitations of these addresses: one open invitation per address. */
export async function revokePendingForMany(db: Db, emails: string[]) {
  if (emails.length === 0) return;
  await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(inArray(invitations.email, emails), pending));
}

/** Inserts invitations whose e-mails wait in the queue; one statement for the whole list. */
export async function insertQueuedInvitations(
  db: Db,
  values: {
    email: string;
    name: string;
    organisation: string;
    cohortId: string;
    invitedById: string;
    expiresAt: Date;
  }[],
) {
  if (values.length === 0) return;
  await db.insert(invitations).values(
    values.map((value) => ({
      ...value,
      role: 'member' as const,
      emailStatus: 'queued' as const,
      emailNextAttemptAt: sql`now()`,
    })),
  );
}

/**
 * Takes up to `limit` invitations whose e-mail is due, for this process only: other instances
 * skip the locked rows, and the lease (`emailNextAttemptAt` moved ahead) lets another process
 * take over one whose sender died mid-way.
 */
export async function claimDueEmails(db: Db, limit: number, leaseSeconds: number) {
  const due = db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        inArray(invitations.emailStatus, ['queued', 'sending']),
        lte(invitations.emailNextAttemptAt, sql`now()`),
        pending,
      ),
    )
    .orderBy(invitations.emailNextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(invitations)
    .set({
      emailStatus: 'sending',
      emailNextAttemptAt: sql`now() + make_interval(secs => ${leaseSeconds})`,
    })
    .where(inArray(invitations.id, due))
    .returning({ id: invitations.id, attempts: invitations.emailAttempts });
}

export async function setTokenHash(db: Db, id: string, tokenHash: string) {
  await db.update(invitations).set({ tokenHash }).where(eq(invitations.id, id));
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
      emailNextAttemptAt: null,
      emailLastError: null,
    })
    .where(attemptStillCurrent(id, tokenHash));
}

/** A failed attempt: retried after `retryInSeconds`, or given up on when that is null. */
export async function recordEmailFailure(
  db: Db,
  id: string,
  tokenHash: string,
  error: string,
  retryInSeconds: number | null,
) {
  await db
    .update(invitations)
    .set({
      emailStatus: retryInSeconds === null ? 'failed' : 'queued',
      emailAttempts: sql`${invitations.emailAttempts} + 1`,
      emailNextAttemptAt:
        retryInSeconds === null ? null : sql`now() + make_interval(secs => ${retryInSeconds})`,
      emailLastError: error.slice(0, 500),
    })
    .where(attemptStillCurrent(id, tokenHash));
}

/** Queues a fresh e-mail (and so a fresh link) for a pending invitation, extending its life. */
export async function requeue(db: Db, id: string, expiresAt: Date) {
  const rows = await db
    .update(invitations)
    .set({
      tokenHash: null,
      emailStatus: 'queued',
      emailAttempts: 0,
      emailNextAttemptAt: sql`now()`,
      emailLastError: null,
      expiresAt,
    })
    .where(and(eq(invitations.id, id), pending))
    .returning({ id: invitations.id });
  return rows.length > 0;
}

export async function revoke(db: Db, id: string) {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: sql`now()`, tokenHash: null, emailNextAttemptAt: null })
    .where(and(eq(invitations.id, id), pending))
    .returning({ id: invitations.id });
  return rows.length > 0;
}

/** Which of these addresses already have an account, and whether they are in the cohort. */
export async function existingMembers(db: Db, emails: string[], cohortId: string) {
  if (emails.length === 0) return [];
  const found = await db
    .select({ id: members.id, email: sql<string>`lower(${members.email})`, name: members.name })
    .from(members)
    .where(inArray(sql`lower(${members.email})`, emails));
  if (found.length === 0) return [];
  const inCohort = new Set(
    (
      await db
        .select({ memberId: cohortMemberships.memberId })
        .from(cohortMemberships)
        .where(
          and(
            eq(cohortMemberships.cohortId, cohortId),
            inArray(
              cohortMemberships.memberId,
              found.map((member) => member.id),
            ),
          ),
        )
    ).map((row) => row.memberId),
  );
  return found.map((member) => ({ ...member, inCohort: inCohort.has(member.id) }));
}

export async function joinCohort(db: Db, cohortId: string, memberId: string) {
  await db.insert(cohortMemberships).values({ cohortId, memberId }).onConflictDoNothing();
}
