import type { CohortBadge } from '@praxis/contracts/profiles';
import type { Db } from '@praxis/db/client';
// biome-ignore lint/style/noRestrictedImports: not yet moved: the profile joins avatars and cohorts directly; it should use those modules' fragments.
import { memberAvatars } from '@praxis/db/schema/avatars';
// biome-ignore lint/style/noRestrictedImports: not yet moved: the profile joins avatars and cohorts directly; it should use those modules' fragments.
import { cohortMemberships, cohorts, programmes } from '@praxis/db/schema/cohorts';
import { members } from '@praxis/db/schema/members';
import { and, asc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';

export const profileColumns = {
  id: members.id,
  handle: members.handle,
  name: members.name,
  email: members.email,
  role: members.role,
  headline: members.headline,
  organisation: members.organisation,
  jobTitle: members.jobTitle,
  country: members.country,
  city: members.city,
  languages: members.languages,
  bioSource: members.bioSource,
  bioHtml: members.bioHtml,
  expertise: members.expertise,
  adviceTopics: members.adviceTopics,
  openToAdvise: members.openToAdvise,
  showOnline: members.showOnline,
  links: members.links,
  phone: members.phone,
  emailVisibility: members.emailVisibility,
  phoneVisibility: members.phoneVisibility,
  deactivatedAt: members.deactivatedAt,
  avatarVersion: memberAvatars.version,
};

/** Members with their picture's version, null when they have none. */
const membersWithAvatar = (db: Db) =>
  db
    .select(profileColumns)
    .from(members)
    .leftJoin(memberAvatars, eq(memberAvatars.memberId, members.id));

export type ProfileRow = Awaited<ReturnType<typeof findProfileById>> & {};

export async function findProfileById(db: Db, id: string) {
  const [row] = await membersWithAvatar(db).where(eq(members.id, id));
  return row ?? null;
}

export async function findProfileByHandle(db: Db, handle: string) {
  const [row] = await membersWithAvatar(db).where(
    eq(sql`lower(${members.handle})`, handle.toLowerCase()),
  );
  return row ?? null;
}

/** Handles starting with `base`, to find a free one next to them. */
export async function handlesLike(db: Db, base: string): Promise<string[]> {
  const rows = await db
    .select({ handle: members.handle })
    .from(members)
    .where(
      or(
        eq(sql`lower(${members.handle})`, base),
        like(sql`lower(${members.handle})`, `${base.replace(/[%_\\]/g, '\\$&')}-%`),
      ),
    );
  return rows.map((row) => row.handle.toLowerCase());
}

export async function updateProfile(
  db: Db,
  id: string,
  values: Partial<typeof members.$inferInsert>,
) {
  await db
    .update(members)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(members.id, id));
}

export async function setDeactivated(db: Db, id: string, deactivated: boolean) {
  await db
    .update(members)
    .set({ deactivatedAt: deactivated ? new Date() : null, updatedAt: new Date() })
    .where(eq(members.id, id));
}

export async function setRole(db: Db, id: string, role: 'member' | 'organiser' | 'admin') {
  await db.update(members).set({ role, updatedAt: new Date() }).where(eq(members.id, id));
}

/** The cohorts of each of the given members, oldest programme year first. */
export async function cohortBadges(
  db: Db,
  memberIds: string[],
): Promise<Map<string, CohortBadge[]>> {
  const badges = new Map<string, CohortBadge[]>();
  if (memberIds.length === 0) return badges;
  const rows = await db
    .select({
      memberId: cohortMemberships.memberId,
      id: cohorts.id,
      name: cohorts.name,
      programmeName: programmes.name,
    })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(inArray(cohortMemberships.memberId, memberIds))
    .orderBy(asc(cohorts.year), asc(cohorts.name));
  for (const { memberId, ...badge } of rows) {
    const list = badges.get(memberId) ?? [];
    list.push(badge);
    badges.set(memberId, list);
  }
  return badges;
}

/** Who wrote something, by id, with the version of their picture. */
export async function authorRows(db: Db, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  return db
    .select({
      id: members.id,
      handle: members.handle,
      name: members.name,
      role: members.role,
      headline: members.headline,
      organisation: members.organisation,
      expertise: members.expertise,
      adviceTopics: members.adviceTopics,
      avatarVersion: memberAvatars.version,
    })
    .from(members)
    .leftJoin(memberAvatars, eq(memberAvatars.memberId, members.id))
    .where(inArray(members.id, [...new Set(memberIds)]));
}

/** Members by handle (lower-cased), active ones only: for mentions. */
export async function activeMembersByHandles(db: Db, handles: string[]) {
  if (handles.length === 0) return [];
  return db
    .select({ id: members.id, handle: members.handle })
    .from(members)
    .where(
      and(
        inArray(
          sql`lower(${members.handle})`,
          handles.map((handle) => handle.toLowerCase()),
        ),
        isNull(members.deactivatedAt),
      ),
    );
}

/** Of `memberIds`, those whose accounts are active. */
export async function activeMemberIds(db: Db, memberIds: string[]): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.id, memberIds), isNull(members.deactivatedAt)));
  return rows.map((row) => row.id);
}

/** Of `memberIds`, those who let others see when they are online. */
export async function showingOnline(db: Db, memberIds: string[]): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.id, memberIds), eq(members.showOnline, true)));
  return new Set(rows.map((row) => row.id));
}

/** The presence setting, locked until the transaction ends, so saves at once take turns. */
export async function lockShowOnline(tx: Db, id: string): Promise<boolean | undefined> {
  const [row] = await tx
    .select({ showOnline: members.showOnline })
    .from(members)
    .where(eq(members.id, id))
    .for('update');
  return row?.showOnline;
}
