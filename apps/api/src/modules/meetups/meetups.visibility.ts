import type { AccountMember } from '@praxis/contracts/members';
import { type SQL, sql } from 'drizzle-orm';
import { isOrganiser } from '../../plugins/auth.ts';
import { isCohortMember } from '../cohorts/cohorts.visibility.ts';

/** A member, or SQL for a `members` row's id and role, or SQL for the id beside a known role. */
export type MeetupViewer =
  | Pick<AccountMember, 'id' | 'role'>
  | { id: SQL; role: SQL }
  | { id: SQL; role: AccountMember['role'] };

/**
 * Who sees a meetup, as one SQL condition over the `meetups` table (lists, direct reads, the
 * calendar feed and notification recipients all use it): organisers and admins see them all;
 * anyone else sees the meetups of a series that invites the whole network (no cohorts), one of
 * their cohorts, or that they help organise. The viewer is a member, or SQL for the id and role
 * columns of a `members` row when choosing recipients among many, or SQL for the id beside a
 * known role, for a prepared statement (one per role's variant of the rule).
 */
export function meetupVisibleTo(viewer: MeetupViewer): SQL {
  return seriesVisibleTo(viewer, sql.raw('"meetups"."series_id"'));
}

/** The same rule for the meetup whose id is given as SQL, for modules that hold a meetup's id. */
export function meetupIdVisibleTo(meetupId: SQL, viewer: MeetupViewer): SQL {
  return sql`exists (select 1 from meetups where "meetups"."id" = ${meetupId} and ${meetupVisibleTo(viewer)})`;
}

/**
 * The same rule for a series, given SQL for its id: a series is visible exactly where its
 * meetups are.
 */
export function seriesVisibleTo(viewer: MeetupViewer, seriesId: SQL): SQL {
  const seesEverything =
    typeof viewer.role === 'string'
      ? sql.raw(isOrganiser({ role: viewer.role }) ? 'true' : 'false')
      : sql`${viewer.role} in ('organiser', 'admin')`;
  const viewerId = typeof viewer.id === 'string' ? sql`${viewer.id}::uuid` : viewer.id;
  return sql`(${seesEverything}
    or not exists (select 1 from meetup_series_cohorts sc where sc.series_id = ${seriesId})
    or exists (select 1 from meetup_series_cohorts sc
               where sc.series_id = ${seriesId} and ${isCohortMember(sql`sc.cohort_id`, viewerId)})
    or exists (select 1 from meetup_series_organisers so where so.series_id = ${seriesId} and so.member_id = ${viewerId}))`;
}

/** Whether the member with id `memberId` takes part in the meetup `m`: going, maybe or waitlisted, or an organiser of its series. */
function takesPartInMeetupM(memberId: SQL): SQL {
  return sql`(exists (select 1 from rsvps r where r.meetup_id = m.id and r.member_id = ${memberId}
                       and r.status in ('going', 'maybe', 'waitlisted'))
               or exists (select 1 from meetup_series_organisers so
                          where so.series_id = m.series_id and so.member_id = ${memberId}))`;
}

/** SQL selecting the ids of the meetups a member takes part in (going, maybe, waitlisted, or organising the series). */
export function meetupIdsTakenPartInBy(memberId: SQL): SQL {
  return sql`select m.id from meetups m where ${takesPartInMeetupM(memberId)}`;
}

/**
 * Whether a member takes part in a meetup and may, as a member, still see it: who its chat room
 * holds. Organisers and admins get no pass here: they join like anyone else.
 */
export function takesPartIn(meetupId: SQL, memberId: SQL): SQL {
  return sql`exists (select 1 from meetups m
        where m.id = ${meetupId}
          and ${seriesVisibleTo({ id: memberId, role: sql`'member'` }, sql`m.series_id`)}
          and ${takesPartInMeetupM(memberId)})`;
}

/** A meetup's title as a column (null when there is no such meetup). */
export function meetupTitleOf(meetupId: SQL) {
  return sql<string | null>`(select m.title from meetups m where m.id = ${meetupId})`;
}

/**
 * Members read a meetup's notes once it has started (or is done); before, they are its
 * organisers' draft, and a cancelled meetup never took place, so its draft stays one.
 */
export function notesPublished(
  meetup: { status: string; startsAt: Date | null },
  now: Date = new Date(),
): boolean {
  if (meetup.status === 'cancelled') return false;
  return meetup.status === 'done' || (meetup.startsAt !== null && meetup.startsAt <= now);
}

/**
 * Who reads a meetup's notes, for the meetup whose id is given as SQL: those who manage it
 * (organisers, admins, the series' own organisers) always, anyone else who sees the meetup once
 * the notes are published (the rule of notesPublished, in SQL).
 */
export function meetupNotesVisibleTo(meetupId: SQL, viewer: AccountMember): SQL {
  const viewerId = sql`${viewer.id}::uuid`;
  return sql`exists (select 1 from meetups where "meetups"."id" = ${meetupId}
    and ${meetupVisibleTo(viewer)}
    and (${sql.raw(isOrganiser(viewer) ? 'true' : 'false')}
      or exists (select 1 from meetup_series_organisers so
                 where so.series_id = "meetups"."series_id" and so.member_id = ${viewerId})
      or ("meetups"."status" = 'done'
          or ("meetups"."status" <> 'cancelled' and "meetups"."starts_at" <= now()))))`;
}

/**
 * Who sees a meetup, as the ids of the cohorts its series invites (SQL for a uuid[]): null, the
 * whole network. For lessons, whose audience may be no wider than their sources'.
 */
export function meetupAudienceOf(meetupId: SQL) {
  return sql<string[] | null>`(select case when count(sc.cohort_id) = 0 then null
      else array_agg(sc.cohort_id) end
    from meetups m left join meetup_series_cohorts sc on sc.series_id = m.series_id
    where m.id = ${meetupId})`;
}

/**
 * SQL selecting what a lesson drawn from a meetup's notes reads of it (one row, none when there
 * is no such meetup): title, who created it, its notes and their language, status and start,
 * and whether `memberId` organises its series.
 */
export function meetupAsLessonSource(meetupId: SQL, memberId: SQL): SQL {
  return sql`select m.id, m.title, m.created_by_id as author_id, m.notes_source, m.notes_language,
      m.status, m.starts_at, m.notes_off_record as off_record,
      exists (select 1 from meetup_series_organisers so
              where so.series_id = m.series_id and so.member_id = ${memberId}) as organises
    from meetups m where m.id = ${meetupId}`;
}

/**
 * SQL selecting what a lesson drawn from an agenda item reads of it (one row, none when there is
 * no such item): its meetup, title, kind, speaker and whether it was accepted.
 */
export function agendaItemAsLessonSource(agendaItemId: SQL): SQL {
  return sql`select a.id, a.meetup_id, a.title, a.kind, a.speaker_id as author_id,
      a.status = 'accepted' as accepted
    from agenda_items a where a.id = ${agendaItemId}`;
}

/**
 * Who sees an agenda item, given SQL for its id: those who see its meetup once it is accepted; a
 * proposal only its speaker and those who manage the meetup (as the meetup page shows them).
 */
export function agendaItemVisibleTo(agendaItemId: SQL, viewer: AccountMember): SQL {
  const viewerId = sql`${viewer.id}::uuid`;
  return sql`exists (select 1 from agenda_items a join meetups on "meetups"."id" = a.meetup_id
    where a.id = ${agendaItemId} and ${meetupVisibleTo(viewer)}
      and (a.status = 'accepted' or a.speaker_id = ${viewerId}
        or ${sql.raw(isOrganiser(viewer) ? 'true' : 'false')}
        or exists (select 1 from meetup_series_organisers so
                   where so.series_id = "meetups"."series_id" and so.member_id = ${viewerId})))`;
}

/** An agenda item's title and its meetup's id and title, as columns (null when there is none). */
export function agendaItemOf(agendaItemId: SQL) {
  return {
    title: sql<string | null>`(select a.title from agenda_items a where a.id = ${agendaItemId})`,
    meetupId: sql<
      string | null
    >`(select a.meetup_id from agenda_items a where a.id = ${agendaItemId})`,
    meetupTitle: sql<string | null>`(select m.title from agenda_items a
      join meetups m on m.id = a.meetup_id where a.id = ${agendaItemId})`,
  };
}

/** SQL selecting the ids of a meetup's agenda items, for what is linked to "a meetup". */
export function agendaItemIdsOf(meetupId: SQL): SQL {
  return sql`select a.id from agenda_items a where a.meetup_id = ${meetupId}`;
}

/**
 * SQL selecting, for "since the last exchange", one row about a meetup (none when there is no
 * such meetup): the previous meetup of its series that was not cancelled and started before it
 * (before now while it has no date) as previous_id, previous_title, previous_starts_at (nulls
 * when there is none), and the cohorts its series invites as invited_cohort_ids (null: the whole
 * network).
 */
export function exchangeOf(meetupId: SQL): SQL {
  return sql`select m.id,
      p.id as previous_id, p.title as previous_title, p.starts_at as previous_starts_at,
      (select array_agg(sc.cohort_id) from meetup_series_cohorts sc where sc.series_id = m.series_id)
        as invited_cohort_ids
    from meetups m
    left join lateral (select pm.id, pm.title, pm.starts_at from meetups pm
                        where pm.series_id = m.series_id and pm.id <> m.id
                          and pm.status <> 'cancelled' and pm.starts_at is not null
                          and pm.starts_at < coalesce(m.starts_at, now())
                        order by pm.starts_at desc limit 1) p on true
    where m.id = ${meetupId}`;
}
