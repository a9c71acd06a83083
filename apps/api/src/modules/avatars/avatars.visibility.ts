import { type SQL, sql } from 'drizzle-orm';

// What other modules may read of the avatars module's table, as SQL fragments: they never name
// member_avatars themselves.

/** The version of a member's picture as a column (null when they have none), for cards and authors. */
export function avatarVersionOf(memberId: SQL) {
  return sql<string | null>`(select a.version from member_avatars a
                             where a.member_id = ${memberId})`;
}
