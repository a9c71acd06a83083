import type { AccountMember } from '@praxis/contracts/members';
import { type SQL, sql } from 'drizzle-orm';
import { isOrganiser } from '../../plugins/auth.ts';
import { isCohortMember } from '../cohorts/cohorts.visibility.ts';
import { meetupAsLessonSource, meetupAudienceOf } from '../meetups/meetups.visibility.ts';
import {
  replyAsLessonSource,
  threadAsLessonSource,
  threadAudienceOf,
} from '../threads/threads.visibility.ts';

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

/**
 * Whether the lesson whose id is given as SQL may stand on the public showcase, as one SQL
 * condition that holds while it does: published in the library; reaching the whole network (no
 * audience rows); and drawing on no source that is off the record, anonymous (a thread, story
 * or reply posted anonymously) or seen by some cohorts only, even one whose author let the
 * lesson reach further than its cohort: the public is further than any cohort. A translation
 * is judged by its original's sources. And not (re)published after `requestedAt`, when the copy
 * was made: a lesson sent back and published again was not asked about again, so an old copy of
 * it never comes back. Checked when the showcase is asked, at the last consent and on every
 * public read, so that an item whose lesson stops qualifying leaves at once.
 */
export function lessonStillPublic(lessonId: SQL, requestedAt: SQL): SQL {
  const sourceOf = sql`coalesce(pl.translation_of_id, pl.id)`;
  const sourceIsClosed = sql`case
    when ls.reply_id is not null then coalesce((select x.off_record or x.anonymous
      from (${replyAsLessonSource(sql`ls.reply_id`)}) x), true)
    when ls.thread_id is not null then coalesce((select x.off_record or x.anonymous
      from (${threadAsLessonSource(sql`ls.thread_id`)}) x), true)
    when ls.agenda_item_id is null then coalesce((select x.off_record
      from (${meetupAsLessonSource(sql`ls.meetup_id`, sql`null::uuid`)}) x), true)
    else false end
    or (case when ls.thread_id is not null then ${threadAudienceOf(sql`ls.thread_id`)}
        else ${meetupAudienceOf(sql`ls.meetup_id`)} end) is not null`;
  return sql`exists (select 1 from lessons pl where pl.id = ${lessonId}
    and pl.status = 'published'
    and pl.published_at <= ${requestedAt}
    and not exists (select 1 from lesson_audiences la where la.lesson_id = pl.id)
    and not exists (select 1 from lesson_sources ls where ls.lesson_id = ${sourceOf}
                    and (${sourceIsClosed})))`;
}
