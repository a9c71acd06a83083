import type { AccountMember } from '@praxis/contracts/members';
import { type SQL, sql } from 'drizzle-orm';
import { isOrganiser } from '../../plugins/auth.ts';
import { isCohortMember } from '../cohorts/cohorts.visibility.ts';

type Viewer = AccountMember | { id: SQL; role: SQL };

const viewerIdOf = (viewer: Viewer) =>
  typeof viewer.id === 'string' ? sql`${viewer.id}::uuid` : viewer.id;

const seesEverything = (viewer: Viewer) =>
  typeof viewer.role === 'string'
    ? sql.raw(isOrganiser(viewer as AccountMember) ? 'true' : 'false')
    : sql`${viewer.role} in ('organiser', 'admin')`;

/**
 * Whether the viewer is in a lesson's audience, given SQL for its id: a lesson with no audience
 * rows reaches the whole network, one with rows only the members of those cohorts.
 */
export function inLessonAudience(lessonId: SQL, viewerId: SQL): SQL {
  return sql`(not exists (select 1 from lesson_audiences la where la.lesson_id = ${lessonId})
    or exists (select 1 from lesson_audiences la
               where la.lesson_id = ${lessonId} and ${isCohortMember(sql`la.cohort_id`, viewerId)}))`;
}

/**
 * Who sees a lesson, as one SQL condition over the `lessons` table, so that the library, search,
 * direct reads, exports, a source's "lessons drawn from this" and notifications apply one rule:
 * - organisers and admins see every lesson, and its authors see it in any state;
 * - a published lesson is seen by its audience;
 * - one in review also by the authors of its sources who were asked, when they are in its
 *   audience: a source author outside it must not read what other cohorts' sources say.
 * A draft is its authors' and the organisers' alone.
 */
export function lessonVisibleTo(viewer: Viewer): SQL {
  const id = sql.raw('"lessons"."id"');
  const status = sql.raw('"lessons"."status"');
  const viewerId = viewerIdOf(viewer);
  return sql`(${seesEverything(viewer)}
    or exists (select 1 from lesson_authors lw where lw.lesson_id = ${id} and lw.member_id = ${viewerId})
    or (${status} = 'published' and ${inLessonAudience(id, viewerId)})
    or (${status} = 'in_review' and ${inLessonAudience(id, viewerId)}
        and exists (select 1 from lesson_sources ls where ls.lesson_id = ${id}
                    and ls.author_id = ${viewerId} and ls.consent <> 'not_asked')))`;
}

/** The same rule for the lesson whose id is given as SQL, for modules that hold a lesson's id. */
export function lessonIdVisibleTo(lessonId: SQL, viewer: Viewer): SQL {
  return sql`exists (select 1 from lessons where "lessons"."id" = ${lessonId} and ${lessonVisibleTo(viewer)})`;
}

/** A lesson's title as a column, null unless the viewer may see the lesson. */
export function lessonTitleFor(lessonId: SQL, viewer: Viewer) {
  return sql<
    string | null
  >`(select "lessons".title from lessons where "lessons"."id" = ${lessonId} and ${lessonVisibleTo(viewer)})`;
}
