import type { LessonStage } from '@praxis/contracts/lessons';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { lessons } from '@praxis/db/schema/lessons';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { lessonColumns as columns } from './lessons.repository.ts';
import { lessonVisibleTo } from './lessons.visibility.ts';

// The lists of lessons: the library, "drawn from this", a member's drafts, and what the pilots'
// "since the last exchange" shows.

export interface LibraryFilters {
  tag?: string | undefined;
  programme?: string | undefined;
  stage?: LessonStage | undefined;
  language?: string | undefined;
  /** A full-text condition on the search column, built by the service from the words typed. */
  text?: SQL | undefined;
  ids?: string[] | undefined;
}

export interface LibraryPosition {
  key: number;
  id: string;
}

/**
 * A page of the library: published lessons the viewer may see, newest (key: publication time in
 * ms) or most useful (key: helpful marks) first, after a keyset position.
 */
export function libraryPage(
  db: Db,
  viewer: AccountMember,
  filters: LibraryFilters,
  sort: 'recent' | 'useful',
  after: LibraryPosition | null,
  limit: number,
) {
  const conditions: SQL[] = [sql`"lessons"."status" = 'published'`, lessonVisibleTo(viewer)];
  if (filters.tag) conditions.push(sql`${filters.tag} = any("lessons"."tags")`);
  if (filters.programme)
    conditions.push(sql`"lessons"."programme_id" = ${filters.programme}::uuid`);
  if (filters.stage) conditions.push(sql`"lessons"."stage" = ${filters.stage}`);
  if (filters.language) conditions.push(sql`"lessons"."language" = ${filters.language}`);
  if (filters.text) conditions.push(filters.text);
  if (filters.ids) conditions.push(inArray(lessons.id, filters.ids));
  const key =
    sort === 'useful'
      ? sql`"lessons"."helpful_count"::float8`
      : sql`(extract(epoch from "lessons"."published_at") * 1000)::float8`;
  if (after)
    conditions.push(sql`(${key}, "lessons"."id") < (${after.key}::float8, ${after.id}::uuid)`);
  return db
    .select({ ...columns, key: sql<number>`${key}`.mapWith(Number) })
    .from(lessons)
    .where(and(...conditions))
    .orderBy(sql`${key} desc`, sql`"lessons"."id" desc`)
    .limit(limit + 1);
}

/** The visible lessons that draw on a thread (or its replies) or a meetup (or its agenda). */
export function drawnFrom(
  db: Db,
  viewer: AccountMember,
  source: { threadId?: string | undefined; meetupId?: string | undefined },
) {
  const column = source.threadId ? sql.raw('ls.thread_id') : sql.raw('ls.meetup_id');
  const id = source.threadId ?? source.meetupId ?? '';
  return db
    .select(columns)
    .from(lessons)
    .where(
      and(
        sql`exists (select 1 from lesson_sources ls where ls.lesson_id = "lessons"."id" and ${column} = ${id}::uuid)`,
        lessonVisibleTo(viewer),
      ),
    )
    .orderBy(sql`"lessons"."published_at" desc nulls last`, sql`"lessons"."id" desc`)
    .limit(50);
}

/** Drafts the member writes, last changed first. */
export function draftsOf(
  db: Db,
  memberId: string,
  after: { createdAt: Date; id: string } | null,
  limit: number,
) {
  return db
    .select({ ...columns, createdAt: lessons.updatedAt })
    .from(lessons)
    .where(
      and(
        eq(lessons.status, 'draft'),
        sql`exists (select 1 from lesson_authors la where la.lesson_id = "lessons"."id" and la.member_id = ${memberId}::uuid)`,
        after
          ? sql`("lessons"."updated_at", "lessons"."id") < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`"lessons"."updated_at" desc`, sql`"lessons"."id" desc`)
    .limit(limit + 1);
}

/** Published lessons the viewer may see, newer than `since`, from some cohorts (null: any). */
export function publishedSince(
  db: Db,
  viewer: AccountMember,
  options: { since: Date; cohortIds: string[] | null; limit: number },
) {
  const conditions: SQL[] = [
    sql`"lessons"."status" = 'published'`,
    sql`"lessons"."published_at" > ${options.since.toISOString()}::timestamptz`,
    lessonVisibleTo(viewer),
  ];
  if (options.cohortIds) {
    if (options.cohortIds.length === 0) return Promise.resolve([]);
    conditions.push(inArray(lessons.cohortId, options.cohortIds));
  }
  return db
    .select(columns)
    .from(lessons)
    .where(and(...conditions))
    .orderBy(sql`"lessons"."published_at" desc`, sql`"lessons"."id" desc`)
    .limit(Math.min(Math.max(options.limit, 1), 50));
}
