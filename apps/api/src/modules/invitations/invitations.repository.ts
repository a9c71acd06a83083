import type { InvitationStatus } from '@praxis/contracts/invitations';
import type { Role } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { invitations } from '@praxis/db/schema/invitations';
import { members } from '@praxis/db/schema/members';
import {
  and,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Position } from '../../pagination.ts';
import { membersOfCohort } from '../cohorts/cohorts.service.ts';
import { cohortNameOf } from '../cohorts/cohorts.visibility.ts';

const invitationColumns = {
  id: invitations.id,
  email: invitations.email,
  name: invitations.name,
  organisation: invitations.organisation,
  role: invitations.role,
  invitedBy: members.name,
  cohortId: invitations.cohortId,
  cohortName: cohortNameOf(sql.raw('"invitations"."cohort_id"')),
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
    .$dynamic();
}

export async function findInvitation(db: Db, where: { id: string } | { tokenHash: string }) {
  const [row] = await selectInvitations(db).where(
    'id' in where ? eq(invitations.id, where.id) : eq(invitations.tokenHash, where.tokenHash),
  );
  return (row as InvitationRow | undefined) ?? null;
}

/** Neither accepted nor withdrawn; it may have expired, and a resend opens it again. */
export const pending = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));
/** Each status as a condition, decided as toInvitation decides it from the same columns. */
const withStatus: Record<InvitationStatus, SQL | undefined> = {
  pending: and(pending, gt(invitations.expiresAt, sql`now()`)),
  accepted: isNotNull(invitations.acceptedAt),
  revoked: and(isNull(invitations.acceptedAt), isNotNull(invitations.revokedAt)),
  expired: and(pending, lte(invitations.expiresAt, sql`now()`)),
};

export async function listInvitations(
  db: Db,
  filter: { cohortId?: string | undefined; status?: InvitationStatus | undefined },
  after: Position | null,
  limit: number,
) {
  const rows = await selectInvitations(db)
    .where(
      and(
        filter.cohortId ? eq(invitations.cohortId, filter.cohortId) : undefined,
        filter.status ? withStatus[filter.status] : undefined,
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
/** The newest invitation of an address that can still be accepted, if any. */
export async function findOpenInvitation(db: Db, email: string) {
  const [row] = await db
    .select({ id: invitations.id, name: invitations.name })
    .from(invitations)
    .where(
      and(
        eq(invitations.email, email.toLowerCase()),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(invitations.createdAt))
    .limit(1);
  return row ?? null;
}

export async function claimInvitation(db: Db, where: { id: string } | { tokenHash: string }) {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(
      and(
        'id' in where ? eq(invitations.id, where.id) : eq(invitations.tokenHash, where.tokenHash),
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

/** The roles of the open invitations of these addresses (at most one each). */
export async function openInvitationRoles(db: Db, emails: string[]) {
  if (emails.length === 0) return [];
  return db
    .select({ email: invitations.email, role: invitations.role })
    .from(invitations)
    .where(and(inArray(invitations.email, emails), pending));
}

/**
 * Replaces the pending invitations of these addresses: one open invitation per address. Only
 * those to these roles, so that a replacement never withdraws an invitation its inviter may not.
 */
export async function revokePendingForMany(db: Db, emails: string[], roles: readonly Role[]) {
  if (emails.length === 0) return;
  await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(inArray(invitations.email, emails), inArray(invitations.role, roles), pending));
}

/** Inserts invitations whose e-mails are to be queued; one statement for the whole list. */
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
  if (values.length === 0) return [];
  const rows = await db
    .insert(invitations)
    .values(
      values.map((value) => ({
        ...value,
        role: 'member' as const,
        emailStatus: 'queued' as const,
      })),
    )
    .returning({ id: invitations.id });
  return rows.map((row) => row.id);
}

export async function revoke(db: Db, id: string) {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: sql`now()`, tokenHash: null, emailNextAttemptAt: null })
    .where(and(eq(invitations.id, id), pending))
    .returning({ id: invitations.id });
  return rows.length > 0;
}

/**
 * Which of these addresses already have an account, whether they are in the cohort, and whether
 * the account is deactivated.
 */
export async function existingMembers(db: Db, emails: string[], cohortId: string) {
  if (emails.length === 0) return [];
  const found = await db
    .select({
      id: members.id,
      email: sql<string>`lower(${members.email})`,
      name: members.name,
      deactivated: sql<boolean>`${members.deactivatedAt} is not null`,
    })
    .from(members)
    .where(inArray(sql`lower(${members.email})`, emails));
  if (found.length === 0) return [];
  const inCohort = await membersOfCohort(
    db,
    cohortId,
    found.map((member) => member.id),
  );
  return found.map((member) => ({ ...member, inCohort: inCohort.has(member.id) }));
}

/** The invitations a member accepted or that were sent to their address. */
export async function invitationIdsOf(db: Db, memberId: string): Promise<string[]> {
  const address = sql`(select lower(${members.email}) from ${members} where ${members.id} = ${memberId})`;
  const rows = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      or(eq(invitations.acceptedById, memberId), eq(sql`lower(${invitations.email})`, address)),
    );
  return rows.map((row) => row.id);
}
