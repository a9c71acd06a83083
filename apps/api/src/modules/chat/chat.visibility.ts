import { type SQL, sql } from 'drizzle-orm';
import { isCohortMember } from '../cohorts/cohorts.visibility.ts';
import { takesPartIn } from '../meetups/meetups.visibility.ts';

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
    or (${room('kind')} = 'cohort' and ${isCohortMember(room('cohort_id'), viewer)})
    or (${room('kind')} = 'meetup' and ${takesPartIn(room('meetup_id'), viewer)})
    or (${room('kind')} = 'direct' and exists (select 1 from room_members rm
        where rm.room_id = ${room('id')} and rm.member_id = ${viewer})))`;
}

/** Whether a member is in the room whose id is given as SQL: the same rule, for other modules. */
export function roomIdVisibleTo(roomId: SQL, viewerId: string | SQL): SQL {
  return sql`exists (select 1 from rooms where rooms.id = ${roomId} and ${roomVisibleTo(viewerId)})`;
}

/** SQL selecting the ids of a room's messages up to sequence number `seq`. */
export function messageIdsUpTo(roomId: string, seq: number): SQL {
  return sql`select m.id from messages m where m.room_id = ${roomId} and m.seq <= ${seq}`;
}

/** Who sees a message whose id is given as SQL: whoever is in its room, while it is not deleted. */
export function messageIdVisibleTo(messageId: SQL, viewerId: string): SQL {
  return sql`exists (select 1 from messages m where m.id = ${messageId} and m.deleted_at is null
                and ${roomIdVisibleTo(sql`m.room_id`, viewerId)})`;
}
