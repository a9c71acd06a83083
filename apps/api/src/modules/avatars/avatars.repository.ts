import type { AvatarSize } from '@praxis/contracts/profiles';
import type { Db } from '@praxis/db/client';
import { memberAvatars } from '@praxis/db/schema/avatars';
import { members } from '@praxis/db/schema/members';
import { and, eq } from 'drizzle-orm';

export interface AvatarImages {
  memberId: string;
  large: Buffer;
  small: Buffer;
  version: string;
}

/** One statement, so a member has both sizes of one version or keeps what they had. */
export async function saveAvatar(db: Db, avatar: AvatarImages) {
  const { memberId, ...images } = avatar;
  await db
    .insert(memberAvatars)
    .values(avatar)
    .onConflictDoUpdate({
      target: memberAvatars.memberId,
      set: { ...images, updatedAt: new Date() },
    });
}

export async function deleteAvatar(db: Db, memberId: string) {
  await db.delete(memberAvatars).where(eq(memberAvatars.memberId, memberId));
}

/** One size of the picture, if `version` is the member's current one; with its owner's status. */
export async function findImage(db: Db, memberId: string, version: string, size: AvatarSize) {
  const [row] = await db
    .select({
      image: size === 'small' ? memberAvatars.small : memberAvatars.large,
      deactivatedAt: members.deactivatedAt,
    })
    .from(memberAvatars)
    .innerJoin(members, eq(members.id, memberAvatars.memberId))
    .where(and(eq(memberAvatars.memberId, memberId), eq(memberAvatars.version, version)));
  return row ?? null;
}
