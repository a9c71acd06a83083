import type { Db } from '@praxis/db/client';
import { emailChanges, loginUnlocks, passwordResets } from '@praxis/db/schema/auth';
import { members } from '@praxis/db/schema/members';
import { and, eq, isNull, sql } from 'drizzle-orm';

export async function insertEmailChange(
  db: Db,
  values: { memberId: string; newEmail: string; tokenHash: string; expiresAt: Date },
) {
  await db.insert(emailChanges).values(values);
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

/** Marks every open request of the member used: only the newest link may change the address. */
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
