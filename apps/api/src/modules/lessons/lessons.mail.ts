import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { lessons } from '@praxis/db/schema/lessons';
import { and, inArray } from 'drizzle-orm';
import { lessonVisibleTo } from './lessons.visibility.ts';

/** What a notification mail names of a lesson: its title. */
export interface LessonForMail {
  id: string;
  title: string;
}

/** The lessons among `ids` that the member may still see, as their mail names them. */
export async function lessonsForMail(
  db: Db,
  member: AccountMember,
  ids: string[],
): Promise<Map<string, LessonForMail>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: lessons.id, title: lessons.title })
    .from(lessons)
    .where(and(inArray(lessons.id, unique), lessonVisibleTo(member)));
  return new Map(rows.map((row) => [row.id, row]));
}
