import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { and, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { prepared, uuidArray, uuidArrayValue } from '../../lib/prepared-statements.ts';
import { avatarVersionOf } from '../avatars/avatars.visibility.ts';

export const profileColumns = {
  id: members.id,
  handle: members.handle,
  name: members.name,
  email: members.email,
  role: members.role,
  headline: members.headline,
  organisation: members.organisation,
  governmentLevel: members.governmentLevel,
  policyArea: members.policyArea,
  jobTitle: members.jobTitle,
  country: members.country,
  city: members.city,
  languages: members.languages,
  bioSource: members.bioSource,
  bioHtml: members.bioHtml,
  bioLanguage: members.bioLanguage,
  expertise: members.expertise,
  adviceTopics: members.adviceTopics,
  openToAdvise: members.openToAdvise,
  showOnline: members.showOnline,
  links: members.links,
  phone: members.phone,
  emailVisibility: members.emailVisibility,
  phoneVisibility: members.phoneVisibility,
  deactivatedAt: members.deactivatedAt,
  deletedAt: members.deletedAt,
  avatarVersion: avatarVersionOf(sql`${members.id}`),
};

/** Members with their picture's version, null when they have none. */
const membersWithAvatar = (db: Db) => db.select(profileColumns).from(members);

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

/** Who wrote something, by id, with the version of their picture. */
export async function authorRows(db: Db, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  // Every list of posts asks it: prepared once, for any number of ids.
  const statement = prepared(db, 'author_rows', (name) =>
    db
      .select({
        id: members.id,
        handle: members.handle,
        name: members.name,
        role: members.role,
        headline: members.headline,
        organisation: members.organisation,
        expertise: members.expertise,
        adviceTopics: members.adviceTopics,
        avatarVersion: avatarVersionOf(sql`${members.id}`),
        deletedAt: members.deletedAt,
      })
      .from(members)
      .where(sql`${members.id} = any(${uuidArray('ids')})`)
      .prepare(name),
  );
  return statement.execute({ ids: uuidArrayValue([...new Set(memberIds)]) });
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

/** Of `memberIds`, those who let others see when they are online; asked for every batch of tabs. */
export async function showingOnline(db: Db, memberIds: string[]): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const statement = prepared(db, 'members.showingOnline', (name) =>
    db
      .select({ id: members.id })
      .from(members)
      .where(and(sql`${members.id} = any(${uuidArray('members')})`, eq(members.showOnline, true)))
      .prepare(name),
  );
  const rows = await statement.execute({ members: uuidArrayValue(memberIds) });
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
