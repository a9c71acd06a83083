import type { Db } from '@praxis/db/client';
import { loginUnlocks, passwordResets, sessions } from '@praxis/db/schema/auth';
import { eq } from 'drizzle-orm';
import { exportRow, type MemberDataArea } from '../../plugins/member-data.ts';

async function endEverything(tx: Db, memberId: string) {
  await tx.delete(sessions).where(eq(sessions.userId, memberId));
  await tx.delete(passwordResets).where(eq(passwordResets.memberId, memberId));
  await tx.delete(loginUnlocks).where(eq(loginUnlocks.memberId, memberId));
}

/** Sessions and single-use links: exported without their token hashes, ended at once. */
export const authMemberData: MemberDataArea = {
  name: 'sign-in',
  columns: ['sessions.user_id', 'password_resets.member_id', 'login_unlocks.member_id'],
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
    return {
      tables: {
        sessions: sessionRows.map(exportRow),
        password_resets: resets.map(exportRow),
        login_unlocks: unlocks.map(exportRow),
      },
    };
  },
  withdraw: endEverything,
  erase: endEverything,
};
