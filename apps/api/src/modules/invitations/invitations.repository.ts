import type { Role } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { invitations } from '@praxis/db/schema/auth';
import { members } from '@praxis/db/schema/members';
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Position } from '../../pagination.ts';

const invitationColumns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  invitedBy: members.name,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
  createdAt: invitations.createdAt,
};

export type InvitationRow = {
  id: string;
  email: string;
  role: Role;
  invitedBy: string;
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

export async function findInvitation(db: Db, where: { id: string } | { tokenHash: string }) {
  const [row] = await db
    .select(invitationColumns)
    .from(invitations)
    .innerJoin(members, eq(members.id, invitations.invitedById))
    .where(
      'id' in where ? eq(invitations.id, where.id) : eq(invitations.tokenHash, where.tokenHash),
    );
  return (row as InvitationRow | undefined) ?? null;
}

export async function listInvitations(db: Db, after: Position | null, limit: number) {
  const rows = await db
    .select(invitationColumns)
    .from(invitations)
    .innerJoin(members, eq(members.id, invitations.invitedById))
    .where(
      after
        ? or(
            lt(invitations.createdAt, after.createdAt),
            and(eq(invitations.createdAt, after.createdAt), lt(invitations.id, after.id)),
          )
        : undefined,
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
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  return row ?? null;
}

export async function recordAcceptance(db: Db, invitationId: string, memberId: string) {
  await db
    .update(invitations)
    .set({ acceptedById: memberId })
    .where(eq(invitations.id, invitationId));
}
