import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import {
  lessonAudiences,
  lessonAuthors,
  lessonHelpfulMarks,
  lessons,
} from '@praxis/db/schema/lessons';
import { members } from '@praxis/db/schema/members';
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { cohortNameOf, programmeNameOf } from '../cohorts/cohorts.visibility.ts';
import { lessonVisibleTo } from './lessons.visibility.ts';

// The lessons tables, but for their sources (lesson-sources.repository.ts).

export const lessonColumns = {
  id: lessons.id,
  title: lessons.title,
  status: lessons.status,
  language: lessons.language,
  tags: lessons.tags,
  stage: lessons.stage,
  programmeId: lessons.programmeId,
  programmeName: programmeNameOf(sql.raw('"lessons"."programme_id"')),
  cohortId: lessons.cohortId,
  cohortName: cohortNameOf(sql.raw('"lessons"."cohort_id"')),
  sectionsSource: lessons.sectionsSource,
  sectionsHtml: lessons.sectionsHtml,
  helpfulCount: lessons.helpfulCount,
  translationOfId: lessons.translationOfId,
  createdById: lessons.createdById,
  publishedAt: lessons.publishedAt,
  updatedAt: lessons.updatedAt,
};

export type LessonRow = Awaited<ReturnType<typeof findVisible>>[number];

export function findVisible(db: Db, viewer: AccountMember, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select(lessonColumns)
    .from(lessons)
    .where(and(inArray(lessons.id, ids), lessonVisibleTo(viewer)));
}

/** A lesson whoever sees it or not, for the rules. */
export async function findOne(db: Db, id: string) {
  const [row] = await db.select(lessonColumns).from(lessons).where(eq(lessons.id, id));
  return row ?? null;
}

/**
 * The lesson, its row locked until the transaction ends: every change of its status, sources,
 * answers or content takes this first, so that two of them never decide on a stale read.
 */
export async function lockLesson(tx: Db, id: string) {
  const [row] = await tx
    .select(lessonColumns)
    .from(lessons)
    .where(eq(lessons.id, id))
    .for('update');
  return row ?? null;
}

export type NewLesson = typeof lessons.$inferInsert;

export async function insertLesson(tx: Db, values: NewLesson) {
  const [row] = await tx.insert(lessons).values(values).returning({ id: lessons.id });
  if (!row) throw new Error('lesson not inserted');
  return row.id;
}

export async function updateLesson(tx: Db, id: string, values: Partial<NewLesson>) {
  await tx
    .update(lessons)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(lessons.id, id));
}

/** Moves a lesson from one status to another; false when it was no longer in `from`. */
export async function moveStatus(
  tx: Db,
  id: string,
  from: 'draft' | 'in_review' | 'published',
  to: 'draft' | 'in_review' | 'published',
) {
  const moved = await tx
    .update(lessons)
    .set({
      status: to,
      publishedAt: to === 'published' ? new Date() : null,
      updatedAt: new Date(),
    })
    .where(and(eq(lessons.id, id), eq(lessons.status, from)))
    .returning({ id: lessons.id });
  return moved.length > 0;
}

/** Moves the translations of a lesson with it, in or out of the library. */
export async function moveTranslations(tx: Db, originalId: string, to: 'draft' | 'published') {
  await tx
    .update(lessons)
    .set({ status: to, publishedAt: to === 'published' ? new Date() : null })
    .where(and(eq(lessons.translationOfId, originalId), ne(lessons.status, to)));
}

export async function deleteLesson(tx: Db, id: string) {
  await tx.delete(lessons).where(eq(lessons.id, id));
}

/** The authors of each lesson, creator first. */
export async function authorIdsOf(db: Db, lessonIds: string[]) {
  const authors = new Map<string, string[]>();
  if (lessonIds.length === 0) return authors;
  const rows = await db
    .select({ lessonId: lessonAuthors.lessonId, memberId: lessonAuthors.memberId })
    .from(lessonAuthors)
    .where(inArray(lessonAuthors.lessonId, lessonIds))
    .orderBy(asc(lessonAuthors.addedAt), asc(lessonAuthors.memberId));
  for (const row of rows)
    authors.set(row.lessonId, [...(authors.get(row.lessonId) ?? []), row.memberId]);
  return authors;
}

export async function addAuthor(tx: Db, lessonId: string, memberId: string) {
  await tx.insert(lessonAuthors).values({ lessonId, memberId }).onConflictDoNothing();
}

/** The audience of each lesson as cohorts; a lesson with none reaches the whole network. */
export async function audiencesOf(db: Db, lessonIds: string[]) {
  const audiences = new Map<string, { id: string; name: string }[]>();
  if (lessonIds.length === 0) return audiences;
  const rows = await db
    .select({
      lessonId: lessonAudiences.lessonId,
      id: lessonAudiences.cohortId,
      name: cohortNameOf(sql.raw('"lesson_audiences"."cohort_id"')),
    })
    .from(lessonAudiences)
    .where(inArray(lessonAudiences.lessonId, lessonIds));
  for (const row of rows) {
    const list = audiences.get(row.lessonId) ?? [];
    list.push({ id: row.id, name: row.name ?? '' });
    audiences.set(row.lessonId, list);
  }
  for (const list of audiences.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return audiences;
}

async function replaceAudience(tx: Db, lessonId: string, cohortIds: string[]) {
  await tx.delete(lessonAudiences).where(eq(lessonAudiences.lessonId, lessonId));
  if (cohortIds.length > 0) {
    await tx.insert(lessonAudiences).values(cohortIds.map((cohortId) => ({ lessonId, cohortId })));
  }
}

/**
 * Replaces a lesson's audience (no cohort: the whole network), and its translations' with it:
 * a translation reaches exactly whom its original reaches.
 */
export async function setAudience(tx: Db, lessonId: string, cohortIds: string[]) {
  await replaceAudience(tx, lessonId, cohortIds);
  for (const translationId of await translationIdsOf(tx, lessonId)) {
    await replaceAudience(tx, translationId, cohortIds);
  }
}

/** Names of cohorts by id, for a source's audience. */
export async function cohortNames(db: Db, cohortIds: string[]) {
  if (cohortIds.length === 0) return new Map<string, string>();
  const values = sql.join(
    cohortIds.map((id) => sql`(${id}::uuid)`),
    sql`, `,
  );
  const result = await db.execute(
    sql`select v.id, ${cohortNameOf(sql`v.id`)} as name from (values ${values}) as v(id)`,
  );
  const rows = (result as unknown as { rows: { id: string; name: string | null }[] }).rows;
  return new Map(rows.map((row) => [row.id, row.name ?? '']));
}

export async function programmeExists(db: Db, programmeId: string) {
  const result = await db.execute(
    sql`select ${programmeNameOf(sql`${programmeId}::uuid`)} is not null as found`,
  );
  return (result as unknown as { rows: { found: boolean }[] }).rows[0]?.found === true;
}

export async function setHelpful(tx: Db, lessonId: string, memberId: string, helpful: boolean) {
  const changed = helpful
    ? await tx
        .insert(lessonHelpfulMarks)
        .values({ lessonId, memberId })
        .onConflictDoNothing()
        .returning({ lessonId: lessonHelpfulMarks.lessonId })
    : await tx
        .delete(lessonHelpfulMarks)
        .where(
          and(eq(lessonHelpfulMarks.lessonId, lessonId), eq(lessonHelpfulMarks.memberId, memberId)),
        )
        .returning({ lessonId: lessonHelpfulMarks.lessonId });
  if (changed.length === 0) return;
  await tx
    .update(lessons)
    .set({ helpfulCount: sql`greatest(${lessons.helpfulCount} + ${helpful ? 1 : -1}, 0)` })
    .where(eq(lessons.id, lessonId));
}

export async function markedHelpful(db: Db, lessonId: string, memberId: string) {
  const rows = await db
    .select({ lessonId: lessonHelpfulMarks.lessonId })
    .from(lessonHelpfulMarks)
    .where(
      and(eq(lessonHelpfulMarks.lessonId, lessonId), eq(lessonHelpfulMarks.memberId, memberId)),
    );
  return rows.length > 0;
}

/** Every translation of a lesson, seen or not: they follow its audience. */
export async function translationIdsOf(db: Db, lessonId: string) {
  const rows = await db
    .select({ id: lessons.id })
    .from(lessons)
    .where(eq(lessons.translationOfId, lessonId));
  return rows.map((row) => row.id);
}

/** The visible translations of a lesson, by language. */
export function translationsOf(db: Db, viewer: AccountMember, lessonId: string) {
  return db
    .select({ id: lessons.id, title: lessons.title, language: lessons.language })
    .from(lessons)
    .where(
      and(
        eq(lessons.translationOfId, lessonId),
        eq(lessons.status, 'published'),
        lessonVisibleTo(viewer),
      ),
    )
    .orderBy(asc(lessons.language), asc(lessons.id))
    .limit(20);
}

/** Of these members, the active ones who may see the lesson: whom a notification may tell. */
export async function membersWhoCanSee(db: Db, lessonId: string, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(lessons, eq(lessons.id, lessonId))
    .where(
      and(
        inArray(members.id, [...new Set(memberIds)]),
        isNull(members.deactivatedAt),
        lessonVisibleTo({ id: sql.raw('"members"."id"'), role: sql.raw('"members"."role"') }),
      ),
    );
  return rows.map((row) => row.id);
}
