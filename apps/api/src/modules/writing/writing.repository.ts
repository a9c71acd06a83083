import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { and, asc, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { avatarVersionOf } from '../avatars/avatars.visibility.ts';

/** A `like` pattern matching `text` literally. */
const literally = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/**
 * Active members, the writer left out, whose handle or a word of whose name starts with `typed`
 * (accents optional: "hadz" finds "Hadžić") and who pass `canRead`, a condition over the
 * `members` row saying they can read what is being written. Handles that match come first.
 */
export async function membersToMention(
  db: Db,
  {
    typed,
    writerId,
    canRead,
    limit,
  }: { typed: string; writerId: string; canRead: SQL; limit: number },
) {
  const prefix = `${literally(typed.toLowerCase())}%`;
  const handleMatches = sql`lower(${members.handle}) like ${prefix}`;
  const wordStart = `% ${literally(typed.toLowerCase())}%`;
  const nameMatches = sql`(' ' || unaccent(lower(${members.name}))) like unaccent(${wordStart})`;
  return db
    .select({
      id: members.id,
      handle: members.handle,
      name: members.name,
      avatarVersion: avatarVersionOf(sql`${members.id}`),
    })
    .from(members)
    .where(
      and(
        isNull(members.deactivatedAt),
        ne(members.id, writerId),
        sql`(${handleMatches} or ${nameMatches})`,
        canRead,
      ),
    )
    .orderBy(sql`${handleMatches} desc`, asc(members.name), asc(members.handle))
    .limit(limit);
}

/** Whether a condition (a visibility fragment of the place written in) holds for the writer. */
export async function holds(db: Db, condition: SQL): Promise<boolean> {
  const result = await db.execute(sql`select ${condition} as holds`);
  return (result as unknown as { rows: { holds: boolean }[] }).rows[0]?.holds === true;
}
