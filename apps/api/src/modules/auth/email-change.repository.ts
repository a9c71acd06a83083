import type { Db } from '@praxis/db/client';
import { emailChanges, loginUnlocks, passwordResets } from '@praxis/db/schema/auth';
import { members } from '@praxis/db/schema/members';
import { and, eq, isNull, sql } from 'drizzle-orm';

/**
 * Stores a new request and retires the member's earlier open ones in one transaction: only the
 * newest link may change the address.
 */
export async function insertEmailChange(
  db: Db,
  values: {
    memberId: string;
    newEmail: string;
    tokenHash: string;
    cancelTokenHash: string;
    expiresAt: Date;
  },
) {
  await db.transaction(async (tx) => {
    await retireOpenEmailChanges(tx, values.memberId);
    await tx.insert(emailChanges).values(values);
  });
}

/** The request a link names, locked until the transaction ends: a link is followed once. */
export async function findEmailChangeForUpdate(db: Db, tokenHash: string) {
  const [row] = await db
    .select()
    .from(emailChanges)
    .where(eq(emailChanges.tokenHash, tokenHash))
    .for('update');
  return row ?? null;
}

/** The request a "cancel this change" link names, locked until the transaction ends. */
export async function findEmailChangeByCancelTokenForUpdate(db: Db, cancelTokenHash: string) {
  const [row] = await db
    .select()
    .from(emailChanges)
    .where(eq(emailChanges.cancelTokenHash, cancelTokenHash))
    .for('update');
  return row ?? null;
}

/**
 * Marks every open request of the member used: on a new request, a confirmed one, and a changed
 * or reset password (whoever asked may have known the old one).
 */
export async function retireOpenEmailChanges(db: Db, memberId: string) {
  await db
    .update(emailChanges)
    .set({ usedAt: sql`now()` })
    .where(and(eq(emailChanges.memberId, memberId), isNull(emailChanges.usedAt)));
}

export async function markEmailChangeUsed(db: Db, id: string) {
  await db.update(emailChanges).set({ usedAt: sql`now()` }).where(eq(emailChanges.id, id));
}

export async function setMemberEmail(db: Db, memberId: string, email: string) {
  await db.update(members).set({ email, updatedAt: new Date() }).where(eq(members.id, memberId));
}

/**
 * Reset and unlock links went to the old address, which may no longer be the member's: they are
 * withdrawn when the account moves.
 */
export async function retireLinksSentToOldAddress(db: Db, memberId: string) {
  await db
    .update(passwordResets)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResets.memberId, memberId), isNull(passwordResets.usedAt)));
  await db
    .update(loginUnlocks)
    .set({ usedAt: sql`now()` })
    .where(and(eq(loginUnlocks.memberId, memberId), isNull(loginUnlocks.usedAt)));
}

/**
 * Requests a week past their expiry: kept that long so that a late click is told the link
 * expired rather than that it never existed.
 */
export async function deleteStaleEmailChanges(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(emailChanges)
    .where(sql`${emailChanges.expiresAt} < ${now.toISOString()}::timestamptz - interval '7 days'`)
    .returning({ id: emailChanges.id });
  return gone.length;
}
