import type { Db } from '@praxis/db/client';
import { memberPositions, members } from '@praxis/db/schema/members';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { prepared, uuidArray, uuidArrayValue } from '../../lib/prepared-statements.ts';

export type PositionRow = typeof memberPositions.$inferSelect;
export type PositionValues = Pick<
  typeof memberPositions.$inferInsert,
  'role' | 'organisation' | 'level' | 'policyArea' | 'startMonth' | 'endMonth'
>;

/** Held posts first, then by start, newest first: the first held one is the current post. */
const newestFirst = [
  sql`${memberPositions.endMonth} is null desc`,
  desc(memberPositions.startMonth),
  desc(memberPositions.createdAt),
  desc(memberPositions.id),
];

export async function positionsOf(db: Db, memberId: string): Promise<PositionRow[]> {
  return db
    .select()
    .from(memberPositions)
    .where(eq(memberPositions.memberId, memberId))
    .orderBy(...newestFirst);
}

export async function countPositions(db: Db, memberId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(memberPositions)
    .where(eq(memberPositions.memberId, memberId));
  return row?.count ?? 0;
}

export async function insertPosition(db: Db, memberId: string, values: PositionValues) {
  await db.insert(memberPositions).values({ ...values, memberId });
}

/** False when the member holds no post with this id. */
export async function updatePosition(
  db: Db,
  memberId: string,
  id: string,
  values: PositionValues,
): Promise<boolean> {
  const changed = await db
    .update(memberPositions)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(memberPositions.id, id), eq(memberPositions.memberId, memberId)))
    .returning({ id: memberPositions.id });
  return changed.length > 0;
}

/** False when the member holds no post with this id. */
export async function deletePosition(db: Db, memberId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(memberPositions)
    .where(and(eq(memberPositions.id, id), eq(memberPositions.memberId, memberId)))
    .returning({ id: memberPositions.id });
  return deleted.length > 0;
}

/** Locks the member's row, so that two history changes at once agree on the current post. */
export async function lockMember(tx: Db, memberId: string) {
  await tx.select({ id: members.id }).from(members).where(eq(members.id, memberId)).for('update');
}

/**
 * Copies the current post onto the member's row; with no post held, the level and policy area
 * go (nothing current to count in the directory) and the last organisation and role stay.
 */
export async function copyCurrentPost(tx: Db, memberId: string, current: PositionRow | undefined) {
  await tx
    .update(members)
    .set(
      current
        ? {
            organisation: current.organisation,
            jobTitle: current.role,
            headline: current.role,
            governmentLevel: current.level,
            policyArea: current.policyArea,
            updatedAt: new Date(),
          }
        : { governmentLevel: null, policyArea: '', updatedAt: new Date() },
    )
    .where(eq(members.id, memberId));
}

/** The tsquery of an organisation query's text (organisationQuery): a value or a placeholder. */
export const organisationTsquery = (query: SQL): SQL => sql`to_tsquery('praxis_simple', ${query})`;

/**
 * For the directory's "worked at": of these members, their past posts (ended) at an
 * organisation matching `query` (organisationQuery's text), newest first. Prepared once, for any
 * number of members and words.
 */
export async function pastPostsMatching(db: Db, memberIds: string[], query: string) {
  if (memberIds.length === 0) return [];
  const statement = prepared(db, 'positions.pastPostsMatching', (name) =>
    db
      .select({
        memberId: memberPositions.memberId,
        organisation: memberPositions.organisation,
        role: memberPositions.role,
        startMonth: memberPositions.startMonth,
        endMonth: memberPositions.endMonth,
      })
      .from(memberPositions)
      .where(
        and(
          sql`${memberPositions.memberId} = any(${uuidArray('memberIds')})`,
          sql`${memberPositions.endMonth} is not null`,
          sql`${memberPositions.organisationSearch} @@ ${organisationTsquery(sql`${sql.placeholder('query')}`)}`,
        ),
      )
      .orderBy(desc(memberPositions.endMonth))
      .prepare(name),
  );
  return statement.execute({ memberIds: uuidArrayValue(memberIds), query });
}

/** Member ids with a post, past or current, at an organisation matching `query`: uses the GIN index. */
export const membersWhoWorkedAt = (query: ReturnType<typeof sql>) =>
  sql`select ${memberPositions.memberId} from ${memberPositions} where ${memberPositions.organisationSearch} @@ ${query}`;
