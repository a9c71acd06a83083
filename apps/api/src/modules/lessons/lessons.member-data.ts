import type { Db } from '@praxis/db/client';
import {
  lessonAuthors,
  lessonHelpfulMarks,
  lessonSources,
  lessons,
} from '@praxis/db/schema/lessons';
import { and, eq, ne, or, sql } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/**
 * Drafts the member alone was writing: nobody else can finish them, and nobody else has seen
 * them, so they go with the account.
 */
async function eraseLoneDrafts(tx: Db, memberId: string) {
  await tx
    .delete(lessons)
    .where(
      and(
        eq(lessons.status, 'draft'),
        sql`exists (select 1 from lesson_authors la where la.lesson_id = ${lessons.id} and la.member_id = ${memberId}::uuid)`,
        sql`not exists (select 1 from lesson_authors la where la.lesson_id = ${lessons.id} and la.member_id <> ${memberId}::uuid)`,
      ),
    );
}

/**
 * Erasing the member's posts takes the sources drawn from them, and with them the cohorts those
 * sources kept the lesson within, while its words stay: every lesson drawing on them goes back
 * to draft (its authors' and the organisers' alone), with its translations, to be reviewed
 * again. Runs before the threads and meetups areas delete the posts (see app.ts).
 */
async function draftLessonsDrawingOn(tx: Db, memberId: string) {
  const drawing = sql`select ls.lesson_id from lesson_sources ls where ls.author_id = ${memberId}::uuid`;
  await tx
    .update(lessons)
    .set({ status: 'draft', publishedAt: null, updatedAt: new Date() })
    .where(
      and(
        ne(lessons.status, 'draft'),
        or(sql`${lessons.id} in (${drawing})`, sql`${lessons.translationOfId} in (${drawing})`),
      ),
    );
}

/**
 * Lessons, their authorship, the answers the member gave as a source's author, and helpful
 * marks. On erasure their lone drafts go; a lesson others write with them, or one in review or
 * published, stays: it is the network's, and keeps naming its creator, who shows as a former
 * member (with erased posts, not even that). Their authorship rows and helpful marks go; the
 * sources drawn from their posts stay (a lesson still draws on a kept thread, and its cohort
 * still bounds the lesson's audience) but no longer name them, so nothing quotes them by name.
 */
export const lessonsMemberData: MemberDataArea = {
  name: 'lessons',
  columns: [
    'lessons.created_by_id',
    'lesson_authors.member_id',
    'lesson_sources.author_id',
    'lesson_helpful_marks.member_id',
  ],
  keeps: ['lessons.created_by_id'],
  async export(db, memberId) {
    const tables = await rowsNaming(db, memberId, [
      [lessons, lessons.createdById],
      [lessonAuthors, lessonAuthors.memberId],
      [lessonSources, lessonSources.authorId],
      [lessonHelpfulMarks, lessonHelpfulMarks.memberId],
    ]);
    return { tables };
  },
  async erase(tx, memberId, mode) {
    await eraseLoneDrafts(tx, memberId);
    if (mode === 'erase_posts') {
      await draftLessonsDrawingOn(tx, memberId);
      await tx.update(lessons).set({ createdById: null }).where(eq(lessons.createdById, memberId));
    }
    await tx.delete(lessonAuthors).where(eq(lessonAuthors.memberId, memberId));
    await tx
      .update(lessonSources)
      .set({
        authorId: null,
        // No one is left to answer: a question still open counts as declined.
        consent: sql`case when ${lessonSources.consent} = 'pending' then 'declined'::lesson_consent else ${lessonSources.consent} end`,
      })
      .where(eq(lessonSources.authorId, memberId));
    // Their helpful marks go, and with them what they added to the counts.
    const marks = await tx
      .delete(lessonHelpfulMarks)
      .where(eq(lessonHelpfulMarks.memberId, memberId))
      .returning({ lessonId: lessonHelpfulMarks.lessonId });
    for (const mark of marks) {
      await tx
        .update(lessons)
        .set({ helpfulCount: sql`greatest(${lessons.helpfulCount} - 1, 0)` })
        .where(eq(lessons.id, mark.lessonId));
    }
  },
};
