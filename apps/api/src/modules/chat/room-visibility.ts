import { type SQL, sql } from 'drizzle-orm';
import { seriesVisibleTo } from '../meetups/meetup-visibility.ts';

/**
 * Who is in a room, as one SQL condition over the `rooms` table, used by the room list, every
 * socket subscription, message history, typing and read markers alike: everyone is in the
 * network room; a cohort's members in its room; a meetup's room holds whoever answered going,
 * maybe or waitlisted, and the series' organisers, as long as they may still see the meetup (a
 * member who leaves the cohort it is for leaves its room, RSVP or not); a direct room holds the
 * members listed for it. No role reads other people's rooms: organisers and admins join them
 * like anyone else.
 *
 * Room columns are spelled out qualified because drizzle renders single-table columns
 * unqualified, which inside the subqueries would name the inner table's own column.
 */
export function roomVisibleTo(viewerId: string | SQL): SQL {
  const viewer = typeof viewerId === 'string' ? sql`${viewerId}::uuid` : viewerId;
  const room = (column: string) => sql.raw(`"rooms"."${column}"`);
  return sql`(${room('kind')} = 'network'
    or (${room('kind')} = 'cohort' and exists (select 1 from cohort_memberships cm
        where cm.cohort_id = ${room('cohort_id')} and cm.member_id = ${viewer}))
    or (${room('kind')} = 'meetup' and exists (select 1 from meetups m
        where m.id = ${room('meetup_id')}
          and ${seriesVisibleTo({ id: viewer, role: sql`'member'` }, sql`m.series_id`)}
          and (exists (select 1 from rsvps r where r.meetup_id = m.id and r.member_id = ${viewer}
                       and r.status in ('going', 'maybe', 'waitlisted'))
               or exists (select 1 from meetup_series_organisers so
                          where so.series_id = m.series_id and so.member_id = ${viewer}))))
    or (${room('kind')} = 'direct' and exists (select 1 from room_members rm
        where rm.room_id = ${room('id')} and rm.member_id = ${viewer})))`;
}
