import { memberAvatars } from '@praxis/db/schema/avatars';
import { eq } from 'drizzle-orm';
import { exportRow, type MemberDataArea } from '../../plugins/member-data.ts';

/** The member's picture: its details in the JSON, the large image as a file. */
export const avatarsMemberData: MemberDataArea = {
  name: 'picture',
  columns: ['member_avatars.member_id'],
  async export(db, memberId) {
    const rows = await db.select().from(memberAvatars).where(eq(memberAvatars.memberId, memberId));
    return {
      tables: { member_avatars: rows.map(exportRow) },
      files: rows.map((row) => ({ path: 'picture.webp', content: row.large })),
    };
  },
  async erase(tx, memberId) {
    await tx.delete(memberAvatars).where(eq(memberAvatars.memberId, memberId));
  },
};
