import type { EmailMode, EmailTopic } from '@praxis/contracts/email';
import type { Db } from '@praxis/db/client';
import { emailPreferences } from '@praxis/db/schema/email';
import { members } from '@praxis/db/schema/members';
import { eq, inArray, sql } from 'drizzle-orm';
import type { WEEKLY_DIGEST } from './topics.ts';

/** What each of `memberIds` chose, topic by topic (defaults are the caller's: see topics.ts). */
export async function chosenModes(
  db: Db,
  memberIds: string[],
): Promise<Map<string, Map<string, string>>> {
  const chosen = new Map<string, Map<string, string>>(memberIds.map((id) => [id, new Map()]));
  if (memberIds.length === 0) return chosen;
  const rows = await db
    .select()
    .from(emailPreferences)
    .where(inArray(emailPreferences.memberId, memberIds));
  for (const row of rows) chosen.get(row.memberId)?.set(row.topic, row.mode);
  return chosen;
}

/** Stores a member's choice for topics: a mode, or for the weekly digest `weekly` or `off`. */
export async function choose(
  db: Db,
  memberId: string,
  choices: {
    topic: EmailTopic | typeof WEEKLY_DIGEST | `push:${string}`;
    mode: EmailMode | 'weekly' | 'on';
  }[],
) {
  if (choices.length === 0) return;
  await db
    .insert(emailPreferences)
    .values(choices.map(({ topic, mode }) => ({ memberId, topic, mode })))
    .onConflictDoUpdate({
      target: [emailPreferences.memberId, emailPreferences.topic],
      set: { mode: sql`excluded.mode`, updatedAt: sql`now()` },
    });
}

/** The address and role of the member whose preferences a signed link changes; null if gone. */
export async function preferenceHolder(db: Db, memberId: string) {
  const [member] = await db
    .select({ id: members.id, email: members.email, role: members.role })
    .from(members)
    .where(eq(members.id, memberId));
  return member ?? null;
}
