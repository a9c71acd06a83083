import type pg from 'pg';

/** As long as the chat module cuts a direct message's excerpt for its notification. */
const EXCERPT_LENGTH = 140;

/**
 * What the bell lists, as the modules notify: a thread's author of every reply by someone else
 * (the threads module also tells every follower; that would be quadratic in the hot threads'
 * replies, so the author stands for them), a reply's author when it was accepted as the answer,
 * everyone who answered a meetup when it was scheduled, and a direct conversation's member of
 * its first message they have not read. Older than a fortnight is read. Every notification is
 * marked mailed when it happened, so that the e-mail jobs do not send the fill's history.
 */
export async function seedNotifications(client: pg.Client) {
  const readAt = `case when created_at < now() - interval '14 days' then created_at + interval '1 day' end`;
  await client.query(`insert into notifications (member_id, kind, actor_id, thread_id, reply_id,
      created_at, read_at, mailed_at)
    select member_id, kind, actor_id, thread_id, reply_id, created_at, ${readAt}, created_at from (
      select t.author_id as member_id, 'reply' as kind, r.author_id as actor_id, t.id as thread_id,
        r.id as reply_id, r.created_at
      from replies r join threads t on t.id = r.thread_id where r.author_id <> t.author_id
      union all
      select r.author_id, 'accepted_answer', t.author_id, t.id, r.id, r.created_at + interval '1 day'
      from threads t join replies r on r.id = t.accepted_reply_id) notified`);
  await client.query(`insert into notifications (member_id, kind, actor_id, meetup_id, created_at,
      read_at, mailed_at)
    select member_id, 'meetup_scheduled', actor_id, meetup_id, created_at, ${readAt}, created_at
    from (select r.member_id, m.created_by_id as actor_id, m.id as meetup_id,
        m.updated_at as created_at
      from meetups m join rsvps r on r.meetup_id = m.id
      where m.status = 'scheduled' and r.member_id <> m.created_by_id) notified`);
  await client.query(`insert into notifications (member_id, kind, actor_id, room_id, message_id,
      detail, created_at, mailed_at)
    select distinct on (rm.room_id, rm.member_id) rm.member_id, 'direct_message', m.author_id,
      m.room_id, m.id, jsonb_build_object('excerpt', case when length(line) > ${EXCERPT_LENGTH}
        then left(line, ${EXCERPT_LENGTH - 1}) || '…' else line end), m.created_at, m.created_at
    from room_members rm join rooms on rooms.id = rm.room_id and rooms.kind = 'direct'
    join messages m on m.room_id = rm.room_id and m.seq > rm.read_seq and m.author_id <> rm.member_id
    cross join lateral (select trim(regexp_replace(m.body, '\\s+', ' ', 'g')) as line) excerpt
    order by rm.room_id, rm.member_id, m.seq`);
}
