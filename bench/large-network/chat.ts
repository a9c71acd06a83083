import type pg from 'pg';
import type { Scale } from './scale.ts';
import { key, proseOf, rnd } from './vocabulary.ts';

const EMOJI = `array['👍', '❤️', '😄', '🎉', '🤔', '👀']`;

/**
 * Chat as the chat module records it: the network room, a room per cohort and direct
 * conversations of two or three people (their room_members rows are the membership, the room's
 * key their sorted ids). Each message is written by someone in its room, in their language; in
 * each room seq and change count 1..n without gaps, and a reaction moves its message's change on
 * past the room's last message, as a reaction does; the room's counters and last message time
 * are its last change's and message's. Sending marks a message read, so every author has read up
 * to their own last message. Meetup rooms are left for the app to make when someone looks.
 */
export async function seedChat(client: pg.Client, scale: Scale) {
  const { members, cohorts, directRooms, messages } = scale;
  await client.query(`insert into rooms (id, kind, cohort_id)
    select pg_temp.uid('room', 0), 'network'::room_kind, null
    union all
    select pg_temp.uid('room', c), 'cohort'::room_kind, pg_temp.uid('cohort', c)
    from generate_series(1, ${cohorts}) c`);
  // Pairs (and one in ten a group of three) drawn by activity, each set of people once.
  await client.query(`create temp table bench_direct as
    select row_number() over (order by first_d) as d, people, direct_key from (
      select distinct on (direct_key) d as first_d, people, direct_key from (
        select d, people, array_to_string(array(select pg_temp.uid('member', x) from unnest(people) x
          order by 1), ',') as direct_key
        from (select d, array(select distinct x from unnest(array[
            pg_temp.active(${key(40, 'd * 3')}, ${members}),
            pg_temp.active(${key(40, 'd * 3 + 1')}, ${members}),
            case when ${rnd(40, 'd', 0)} < 0.1 then pg_temp.active(${key(40, 'd * 3 + 2')}, ${members})
              else null end]) x where x is not null) as people
          from generate_series(1, ${directRooms * 2}) d) drawn
        where cardinality(people) > 1) keyed
      order by direct_key, d) distinct_sets
    order by first_d limit ${directRooms}`);
  await client.query('alter table bench_direct add primary key (d)');
  const direct = await client.query<{ n: string }>('select count(*) as n from bench_direct');
  const rooms = Number(direct.rows[0]?.n ?? 0);
  await client.query(`insert into rooms (id, kind, direct_key)
    select pg_temp.uid('room', ${cohorts} + d), 'direct', direct_key from bench_direct`);
  await client.query(`insert into room_members (room_id, member_id)
    select pg_temp.uid('room', ${cohorts} + d), pg_temp.uid('member', x)
    from bench_direct, unnest(people) x`);

  // Which room each message goes to, and who writes it: the network room has a tenth, the
  // cohorts half (some busier than others), the conversations the rest.
  await client.query(`create temp table bench_messages as
    select m, room, author from (
      select m, case when r < 0.1 then 0
          when r < 0.6 then 1 + floor(power(${rnd(41, 'm', 1)}, 1.5) * ${cohorts})::int
          else ${cohorts} + 1 + floor(power(${rnd(41, 'm', 2)}, 2) * ${rooms})::int end as room
      from (select m, ${rnd(41, 'm', 0)} as r from generate_series(1, ${messages}) m) drawn) placed
    left join bench_direct bd on bd.d = placed.room - ${cohorts}
    cross join lateral (select case when room = 0 then pg_temp.active(${key(42, 'm')}, ${members})
      when room <= ${cohorts} then pg_temp.someone(room, ${key(42, 'm')})
      else bd.people[1 + floor(${rnd(41, 'm', 3)} * cardinality(bd.people))::int] end as author) a`);
  await client.query(`create temp table bench_room_sizes as
    select room, count(*)::int as total,
      interval '1 day' * case when room <= ${cohorts} then 730 else 30 + floor(${rnd(43, 'room', 0)} * 700) end as span
    from bench_messages group by room`);
  await client.query(`insert into messages (id, room_id, seq, change, author_id, client_id, body,
      html, language, created_at)
    select pg_temp.uid('message', numbered.m), pg_temp.uid('room', room), seq, seq,
      pg_temp.uid('member', author), 'bench-' || numbered.m, b.body, pg_temp.cook(b.body), locale,
      created_at
    from (select bm.m, bm.room, bm.author, p.locale,
        row_number() over (partition by bm.room order by bm.m)::int as seq, s.total, s.span
      from bench_messages bm join bench_people p on p.n = bm.author
      join bench_room_sizes s on s.room = bm.room) numbered
    join (${proseOf(
      `select bm.m as id, p.locale as lang, 1 + floor(${rnd(44, 'bm.m', 0)} * 2.2)::int as sentences
      from bench_messages bm join bench_people p on p.n = bm.author`,
      47,
    )}) b on b.id = numbered.m
    cross join lateral (select now() - interval '5 minutes' - span
      + span * ((seq - 1 + 0.9 * ${rnd(44, 'numbered.m', 1)}) / total) as created_at) t`);
  await seedReactions(client, scale);
  await client.query(`update rooms set last_seq = counted.last_seq,
      last_change = greatest(counted.last_seq, counted.last_change),
      last_message_at = counted.last_at, created_at = counted.first_at - interval '1 hour'
    from (select room_id, max(seq) as last_seq, max(change) as last_change,
        max(created_at) as last_at, min(created_at) as first_at
      from messages group by room_id) counted
    where rooms.id = counted.room_id`);
  // Read markers: everyone has read up to their last message; in a conversation, the members
  // with the bench password have read up to that too, the others everything.
  await client.query(`insert into room_members (room_id, member_id, read_seq, joined_at)
    select room_id, author_id, max(seq), min(created_at) from messages
    group by room_id, author_id
    on conflict (room_id, member_id) do update set read_seq = excluded.read_seq,
      joined_at = least(room_members.joined_at, excluded.joined_at)`);
  await client.query(`update room_members set read_seq = rooms.last_seq
    from rooms, members where rooms.id = room_members.room_id and rooms.kind = 'direct'
      and members.id = room_members.member_id and members.email not similar to
        '(admin|organiser[0-9]+|member([0-9]|1[0-9]|20))@%'`);
  await client.query(`update room_members set joined_at = rooms.created_at
    from rooms where rooms.id = room_members.room_id and rooms.kind = 'direct'`);
}

/** One message in twenty has reactions, from people in its room, left after its last message. */
async function seedReactions(client: pg.Client, scale: Scale) {
  const { cohorts, members } = scale;
  await client.query(`insert into message_reactions (message_id, member_id, emoji, created_at)
    select distinct on (message_id, emoji, member_id) message_id, member_id, emoji, now()
    from (select pg_temp.uid('message', bm.m) as message_id, bm.author, g,
        pg_temp.uid('member', case when bm.room = 0 then pg_temp.active(${key(45, 'bm.m * 4 + g')}, ${members})
          when bm.room <= ${cohorts} then pg_temp.someone(bm.room, ${key(45, 'bm.m * 4 + g')})
          else bd.people[1 + floor(${rnd(45, 'bm.m * 4 + g', 0)} * cardinality(bd.people))::int] end)
          as member_id,
        (${EMOJI})[1 + floor(power(${rnd(45, 'bm.m * 4 + g', 1)}, 2) * 6)::int] as emoji
      from bench_messages bm left join bench_direct bd on bd.d = bm.room - ${cohorts}
      cross join generate_series(1, 1 + floor(${rnd(46, 'bm.m', 1)} * 3)::int) g
      where ${rnd(46, 'bm.m', 0)} < 0.05) drawn
    where member_id <> pg_temp.uid('member', author)`);
  // Each reaction is a change of its room, after the room's messages: the reacted message's
  // change is the room's change count once its last reaction was left.
  await client.query(`update messages set change = renumbered.change
    from (select m.id, sizes.last_seq + (sum(r.reactions) over (partition by m.room_id
        order by m.seq rows unbounded preceding))::int as change
      from messages m
      join (select message_id, count(*) as reactions from message_reactions group by message_id) r
        on r.message_id = m.id
      join (select room_id, max(seq) as last_seq from messages group by room_id) sizes
        on sizes.room_id = m.room_id) renumbered
    where messages.id = renumbered.id`);
  // Left in that order, in the minutes after the room's last message.
  await client.query(`update message_reactions set created_at = least(now(),
      last.at + interval '1 second' * (m.change - last.seq))
    from messages m, (select room_id, max(seq) as seq, max(created_at) as at from messages
      group by room_id) last
    where m.id = message_reactions.message_id and last.room_id = m.room_id`);
}
