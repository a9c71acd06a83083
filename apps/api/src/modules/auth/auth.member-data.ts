import type { Db } from '@praxis/db/client';
import { emailChanges, loginUnlocks, passwordResets, sessions } from '@praxis/db/schema/auth';
import { eq, getTableColumns } from 'drizzle-orm';
import { exportRow, type MemberDataArea } from '../../plugins/member-data.ts';

async function endEverything(tx: Db, memberId: string) {
  await tx.delete(sessions).where(eq(sessions.userId, memberId));
  await tx.delete(passwordResets).where(eq(passwordResets.memberId, memberId));
  await tx.delete(loginUnlocks).where(eq(loginUnlocks.memberId, memberId));
  await tx.delete(emailChanges).where(eq(emailChanges.memberId, memberId));
}

/** Sessions, single-use links and address changes: exported without their token hashes, ended at once. */
export const authMemberData: MemberDataArea = {
  name: 'sign-in',
  columns: [
    'sessions.user_id',
    'password_resets.member_id',
    'login_unlocks.member_id',
    'email_changes.member_id',
  ],
  async export(db, memberId) {
    // A session's id is the hash of its token: the export shows when, never which.
    const sessionRows = await db
      .select({
        userId: sessions.userId,
        createdAt: sessions.createdAt,
        expiresAt: sessions.expiresAt,
      })
      .from(sessions)
      .where(eq(sessions.userId, memberId));
    const resets = await db
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.memberId, memberId));
    const unlocks = await db.select().from(loginUnlocks).where(eq(loginUnlocks.memberId, memberId));
    // Neither link's hash is exported.
    const {
      tokenHash: _link,
      cancelTokenHash: _cancelLink,
      ...shown
    } = getTableColumns(emailChanges);
    const addressChanges = await db
      .select(shown)
      .from(emailChanges)
      .where(eq(emailChanges.memberId, memberId));
    return {
      tables: {
        email_changes: addressChanges.map(exportRow),
        sessions: sessionRows.map(exportRow),
        password_resets: resets.map(exportRow),
        login_unlocks: unlocks.map(exportRow),
      },
    };
  },
  withdraw: endEverything,
  erase: endEverything,
};
