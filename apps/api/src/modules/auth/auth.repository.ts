import type { AccountMember, Role } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { loginUnlocks, passwordResets, sessions } from '@praxis/db/schema/auth';
import { members } from '@praxis/db/schema/members';
import type { Locale } from '@praxis/i18n/locales';
import { and, count, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import { accountColumns } from '../members/account-columns.ts';

export async function setMemberLocale(db: Db, id: string, locale: Locale | null) {
  await db.update(members).set({ locale, updatedAt: new Date() }).where(eq(members.id, id));
}

export async function countMembers(db: Db): Promise<number> {
  const [row] = await db.select({ total: count() }).from(members);
  return Number(row?.total ?? 0);
}

export function findCredentialsByEmail(db: Db, email: string) {
  return findCredentials(db, eq(sql`lower(${members.email})`, email.toLowerCase()));
}

export function findCredentialsById(db: Db, id: string) {
  return findCredentials(db, eq(members.id, id));
}

async function findCredentials(db: Db, where: SQL) {
  const [row] = await db
    .select({
      ...accountColumns,
      passwordHash: members.passwordHash,
      deactivatedAt: members.deactivatedAt,
      deletedAt: members.deletedAt,
    })
    .from(members)
    .where(where);
  return row ?? null;
}

export async function memberExistsWithEmail(db: Db, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: members.id })
    .from(members)
    .where(eq(sql`lower(${members.email})`, email.toLowerCase()));
  return row !== undefined;
}

export async function insertMember(
  db: Db,
  values: {
    email: string;
    name: string;
    role: Role;
    passwordHash: string;
    handle: string;
    organisation?: string;
  },
): Promise<AccountMember> {
  const [row] = await db.insert(members).values(values).returning(accountColumns);
  if (!row) throw new Error('member insert returned no row');
  return row;
}

export async function updatePasswordHash(db: Db, memberId: string, passwordHash: string) {
  await db
    .update(members)
    .set({ passwordHash, updatedAt: new Date() })
    .where(eq(members.id, memberId));
}

export async function insertPasswordReset(
  db: Db,
  values: { memberId: string; tokenHash: string; expiresAt: Date },
) {
  await db.insert(passwordResets).values(values);
}

/** Marks the reset used if it still can be; a second use, or a late one, changes no row. */
export async function consumePasswordReset(db: Db, tokenHash: string): Promise<string | null> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, sql`now()`),
      ),
    )
    .returning({ memberId: passwordResets.memberId });
  return row?.memberId ?? null;
}

export async function retireOpenPasswordResets(db: Db, memberId: string) {
  await db
    .update(passwordResets)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResets.memberId, memberId), isNull(passwordResets.usedAt)));
}

export async function insertLoginUnlock(
  db: Db,
  values: { memberId: string; tokenHash: string; expiresAt: Date },
) {
  await db.insert(loginUnlocks).values(values);
}

/** Marks the unlock link used if it still can be; a second use, or a late one, changes no row. */
export async function consumeLoginUnlock(db: Db, tokenHash: string): Promise<string | null> {
  const [row] = await db
    .update(loginUnlocks)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(loginUnlocks.tokenHash, tokenHash),
        isNull(loginUnlocks.usedAt),
        gt(loginUnlocks.expiresAt, sql`now()`),
      ),
    )
    .returning({ memberId: loginUnlocks.memberId });
  return row?.memberId ?? null;
}

/** The member an unlock link would sign in, if it is still usable; uses nothing. */
export async function findOpenLoginUnlock(db: Db, tokenHash: string): Promise<string | null> {
  const [row] = await db
    .select({ memberId: loginUnlocks.memberId })
    .from(loginUnlocks)
    .where(
      and(
        eq(loginUnlocks.tokenHash, tokenHash),
        isNull(loginUnlocks.usedAt),
        gt(loginUnlocks.expiresAt, sql`now()`),
      ),
    );
  return row?.memberId ?? null;
}

export async function retireLoginUnlocks(db: Db, memberId: string) {
  await db
    .update(loginUnlocks)
    .set({ usedAt: sql`now()` })
    .where(and(eq(loginUnlocks.memberId, memberId), isNull(loginUnlocks.usedAt)));
}

/** Serialises first-run setup so two simultaneous requests cannot both create an admin. */
export async function lockSetup(db: Db) {
  await db.execute(sql`select pg_advisory_xact_lock(727274002)`);
}

/**
 * Deletes what can no longer be used: ended sessions, expired reset and unlock links (the throttle
 * plugin sweeps its own rate-limit windows). Returns how many rows went.
 */
export async function deleteExpired(db: Db, now: Date) {
  const at = now.toISOString();
  const gone = await Promise.all([
    db
      .delete(sessions)
      .where(sql`${sessions.expiresAt} < ${at}::timestamptz`)
      .returning({ id: sessions.id }),
    db
      .delete(passwordResets)
      .where(sql`${passwordResets.expiresAt} < ${at}::timestamptz`)
      .returning({ id: passwordResets.id }),
    db
      .delete(loginUnlocks)
      .where(sql`${loginUnlocks.expiresAt} < ${at}::timestamptz`)
      .returning({ id: loginUnlocks.id }),
  ]);
  return gone.reduce((total, rows) => total + rows.length, 0);
}
