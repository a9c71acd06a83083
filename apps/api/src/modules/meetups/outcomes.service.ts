import { type SQL, sql } from 'drizzle-orm';
import { cohortMemberships } from '../cohorts/outcomes.service.ts';

// What the outcomes dashboard reads of the meetups module's tables, as SQL fragments over a
// period [from, to) given as timestamptz SQL.

/**
 * SQL selecting (member_id, at) for what members did around meetups in [from, to): answered an
 * invitation, voted on a date or commented on the poll, proposed a contribution, checked in.
 */
export function meetupActivity(from: SQL, to: SQL): SQL {
  return sql`select r.member_id, r.updated_at as at from rsvps r
      where r.updated_at >= ${from} and r.updated_at < ${to}
    union all
    select v.member_id, v.updated_at from meetup_votes v
      where v.updated_at >= ${from} and v.updated_at < ${to}
    union all
    select c.member_id, c.updated_at from meetup_poll_comments c
      where c.updated_at >= ${from} and c.updated_at < ${to}
    union all
    select a.speaker_id, a.created_at from agenda_items a
      where a.created_at >= ${from} and a.created_at < ${to}
    union all
    select k.member_id, k.checked_in_at from meetup_check_ins k
      where k.checked_in_at >= ${from} and k.checked_in_at < ${to}`;
}

/**
 * SQL selecting each meetup that starts in [from, to) and was not cancelled, latest first, as a
 * funnel over the members `inScope` selects: invited (active accounts the series invites: its
 * cohorts' members, or everyone when it names no cohort), voted (on any date of its poll), going
 * (their answer now), attended (checked in), contributed (a contribution accepted on its agenda).
 * Meetups that invite none of those members are left out. A series for the whole network is
 * counted by one subquery for all its meetups, not a check per member and meetup. Columns: id,
 * title, starts_at, invited, voted, going, attended, contributed.
 */
export function meetupFunnels(from: SQL, to: SQL, inScope: (memberId: SQL) => SQL, limit: number) {
  return sql`select * from (
      select m.id, m.title, m.starts_at,
        case when exists (select 1 from meetup_series_cohorts sc where sc.series_id = m.series_id)
          then (select count(distinct p.id)::int from meetup_series_cohorts sc
                  join (${cohortMemberships()}) cm on cm.cohort_id = sc.cohort_id
                  join members p on p.id = cm.member_id
                 where sc.series_id = m.series_id and p.deactivated_at is null
                   and ${inScope(sql`p.id`)})
          else (select count(*)::int from members p
                 where p.deactivated_at is null and ${inScope(sql`p.id`)})
        end as invited,
        (select count(distinct v.member_id)::int from meetup_slots s
           join meetup_votes v on v.slot_id = s.id
          where s.meetup_id = m.id and ${inScope(sql`v.member_id`)}) as voted,
        (select count(*)::int from rsvps r
          where r.meetup_id = m.id and r.status = 'going' and ${inScope(sql`r.member_id`)}) as going,
        (select count(*)::int from meetup_check_ins k
          where k.meetup_id = m.id and ${inScope(sql`k.member_id`)}) as attended,
        (select count(distinct a.speaker_id)::int from agenda_items a
          where a.meetup_id = m.id and a.status = 'accepted' and ${inScope(sql`a.speaker_id`)})
          as contributed
      from meetups m
     where m.starts_at >= ${from} and m.starts_at < ${to} and m.status <> 'cancelled'
    ) funnel
    where funnel.invited > 0
    order by funnel.starts_at desc, funnel.id
    limit ${limit}`;
}
