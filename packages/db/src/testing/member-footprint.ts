import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { createCohort, createMeetup, createMeetupSeries, rsvp } from './factories.ts';

/**
 * Leaves a row naming `subject` in every table that can name a member, through every such
 * column, as a long-standing member would: posts and replies, a thread others replied to, direct
 * and room messages, files, meetups run and attended, notifications, mail. `other` is someone
 * they dealt with. Written straight to the tables, so that a new table means one more insert
 * here (the data-rights tests fail until it has one).
 */
export async function leaveFootprint(
  db: Db,
  subject: { id: string; email: string },
  other: { id: string },
) {
  const s = subject.id;
  const o = other.id;
  // Both drivers answer with `rows`; the shared Db type does not say so.
  const run = async (query: ReturnType<typeof sql>) =>
    (await db.execute(query)) as unknown as { rows: unknown[] };
  const token = () => randomUUID();
  const soon = sql`now() + interval '1 day'`;

  await run(
    sql`insert into password_resets (token_hash, member_id, expires_at) values (${token()}, ${s}, ${soon})`,
  );
  await run(
    sql`insert into login_unlocks (token_hash, member_id, expires_at) values (${token()}, ${s}, ${soon})`,
  );
  await run(
    sql`insert into email_changes (token_hash, member_id, new_email, expires_at) values (${token()}, ${s}, ${`moved-${s}@example.org`}, ${soon})`,
  );
  await run(
    sql`insert into member_positions (member_id, role, organisation, level, start_month) values (${s}, 'Analyst', 'Ministry of Finance', 'national', '2020-01-01')`,
  );
  await run(
    sql`insert into member_avatars (member_id, large, small, version) values (${s}, '\\x52494646'::bytea, '\\x52494646'::bytea, 'v1')`,
  );
  await run(sql`insert into calendar_feeds (member_id, token_hash) values (${s}, ${token()})`);
  await run(
    sql`insert into attachment_quotas (member_id, day, files, bytes) values (${s}, current_date, 1, 4)`,
  );
  await run(
    sql`insert into attachments (uploader_id, kind, file_name, media_type, byte_size, content) values (${s}, 'pdf', 'plan.pdf', 'application/pdf', 4, '\\x25504446'::bytea)`,
  );

  const cohort = await createCohort(db, { memberIds: [s, o] });

  // A thread only they wrote in, one others replied to, and a reply of theirs in someone else's.
  const [alone] = (
    await run(
      sql`insert into threads (kind, title, author_id, body_source, body_html) values ('question', 'Alone', ${s}, 'Only mine', '<p>Only mine</p>') returning id`,
    )
  ).rows as { id: string }[];
  const [answered] = (
    await run(
      sql`insert into threads (kind, title, author_id, body_source, body_html, cohort_id) values ('failure', 'Answered', ${s}, 'What we tried', '<p>What we tried</p>', ${cohort.id}) returning id`,
    )
  ).rows as { id: string }[];
  const [theirs] = (
    await run(
      sql`insert into threads (kind, title, author_id) values ('discussion', 'Theirs', ${o}) returning id`,
    )
  ).rows as { id: string }[];
  if (!alone || !answered || !theirs) throw new Error('thread insert returned no row');
  await run(
    sql`insert into replies (thread_id, author_id, body_source, body_html) values (${answered.id}, ${o}, 'Their answer', '<p>Their answer</p>')`,
  );
  const [reply] = (
    await run(
      sql`insert into replies (thread_id, author_id, body_source, body_html, helpful_count) values (${theirs.id}, ${s}, 'My reply', '<p>My reply</p>', 1) returning id`,
    )
  ).rows as { id: string }[];
  await run(
    sql`insert into helpful_marks (thread_id, reply_id, member_id) values (${theirs.id}, null, ${s})`,
  );
  await run(
    sql`insert into helpful_marks (thread_id, reply_id, member_id) values (${theirs.id}, ${reply?.id}, ${o})`,
  );
  await run(
    sql`insert into thread_readers (thread_id, member_id, following) values (${theirs.id}, ${s}, true)`,
  );
  await run(
    sql`insert into flags (thread_id, member_id, reason) values (${theirs.id}, ${s}, 'Off topic')`,
  );
  await run(
    sql`insert into flags (thread_id, member_id, reason, resolved_at, resolved_by_id) values (${alone.id}, ${o}, 'Spam', now(), ${s})`,
  );
  await run(
    sql`insert into advice_requests (thread_id, member_id, asked_by_id) values (${alone.id}, ${o}, ${s})`,
  );
  await run(
    sql`insert into advice_requests (thread_id, member_id, asked_by_id) values (${theirs.id}, ${s}, ${o})`,
  );
  await run(
    sql`insert into adviser_settings (member_id, monthly_capacity, away_until) values (${s}, 3, null)`,
  );

  const directKey = [s, o].sort().join(':');
  const [direct] = (
    await run(
      sql`insert into rooms (kind, direct_key, last_seq, last_change) values ('direct', ${directKey}, 2, 2) returning id`,
    )
  ).rows as { id: string }[];
  const [network] = (
    await run(
      sql`insert into rooms (kind, last_seq, last_change) values ('network', 1, 1) on conflict do nothing returning id`,
    )
  ).rows as { id: string }[];
  const networkId =
    network?.id ??
    ((await run(sql`select id from rooms where kind = 'network'`)).rows[0] as { id: string }).id;
  await run(
    sql`insert into room_members (room_id, member_id) values (${direct?.id}, ${s}), (${direct?.id}, ${o})`,
  );
  await run(
    sql`insert into messages (room_id, seq, change, author_id, client_id, body, html) values (${direct?.id}, 1, 1, ${s}, ${token()}, 'Just between us', '<p>Just between us</p>'), (${direct?.id}, 2, 2, ${o}, ${token()}, 'Sure', '<p>Sure</p>')`,
  );
  const [said] = (
    await run(
      sql`insert into messages (room_id, seq, change, author_id, client_id, body, html) values (${networkId}, (select last_seq + 1 from rooms where id = ${networkId}), (select last_change + 1 from rooms where id = ${networkId}), ${s}, ${token()}, 'Hello all', '<p>Hello all</p>') returning id`,
    )
  ).rows as { id: string }[];
  await run(
    sql`update rooms set last_seq = last_seq + 1, last_change = last_change + 1 where id = ${networkId}`,
  );
  await run(
    sql`insert into message_reactions (message_id, member_id, emoji) values (${said?.id}, ${s}, '👍')`,
  );

  await run(
    sql`insert into email_preferences (member_id, topic, mode) values (${s}, 'replies', 'daily')`,
  );
  await run(
    sql`insert into email_deliveries (member_id, address, purpose, subject, message) values (${s}, ${subject.email}, 'notice', 'A reply', '{}'::jsonb)`,
  );
  await run(
    sql`insert into email_address_health (address, soft_bounces) values (${subject.email.toLowerCase()}, 1)`,
  );
  await run(
    sql`insert into reply_addresses (token_hash, member_id, thread_id, expires_at) values (${token()}, ${s}, ${theirs.id}, ${soon})`,
  );
  await run(
    sql`insert into invitations (email, invited_by_id, expires_at, accepted_at, accepted_by_id, name) values (${subject.email}, ${o}, ${soon}, now(), ${s}, 'As invited')`,
  );
  await run(
    sql`insert into invitations (email, invited_by_id, expires_at) values ('invitee@example.org', ${s}, ${soon})`,
  );

  const series = await createMeetupSeries(db);
  await run(sql`update meetup_series set created_by_id = ${s} where id = ${series.id}`);
  await run(
    sql`insert into meetup_series_organisers (series_id, member_id) values (${series.id}, ${s})`,
  );
  const meetup = await createMeetup(db, { seriesId: series.id, createdById: s });
  const polled = await createMeetup(db, {
    seriesId: series.id,
    startsAt: null,
    status: 'proposed',
  });
  const [slot] = (
    await run(
      sql`insert into meetup_slots (meetup_id, starts_at, ends_at, timezone) values (${polled.id}, now() + interval '40 days', now() + interval '40 days 3 hours', 'Europe/Paris') returning id`,
    )
  ).rows as { id: string }[];
  await run(
    sql`insert into meetup_votes (slot_id, member_id, choice) values (${slot?.id}, ${s}, 'yes')`,
  );
  await run(
    sql`insert into meetup_poll_comments (meetup_id, member_id, body) values (${polled.id}, ${s}, 'Mornings only')`,
  );
  await rsvp(db, meetup.id, s, 'going');
  await run(
    sql`insert into agenda_items (meetup_id, speaker_id, title, kind, minutes) values (${meetup.id}, ${s}, 'What failed', 'failure_story', 10)`,
  );
  await run(
    sql`insert into meetup_check_ins (meetup_id, member_id, marked_by_id) values (${meetup.id}, ${s}, ${o}), (${meetup.id}, ${o}, ${s})`,
  );

  // A pilot they started and carry with `other`, with an update, a follow and a link of theirs.
  const [pilot] = (
    await run(
      sql`insert into pilots (name, created_by_id, cohort_id) values ('Digital permits', ${s}, ${cohort.id}) returning id`,
    )
  ).rows as { id: string }[];
  await run(
    sql`insert into pilot_team (pilot_id, member_id, role) values (${pilot?.id}, ${s}, 'lead'), (${pilot?.id}, ${o}, 'analyst')`,
  );
  await run(
    sql`insert into pilot_updates (pilot_id, author_id, body_source, body_html, happened_on) values (${pilot?.id}, ${s}, 'Went live', '<p>Went live</p>', current_date)`,
  );
  await run(sql`insert into pilot_followers (pilot_id, member_id) values (${pilot?.id}, ${s})`);
  await run(
    sql`insert into pilot_links (pilot_id, thread_id, created_by_id) values (${pilot?.id}, ${theirs.id}, ${s})`,
  );

  // A lesson they published with `other`, drawn from their thread (asked, not yet answered),
  // marked helpful by them, and a draft of theirs alone.
  const card = sql`'{"problem":"Permits","tried":"Online","evidence":"","caveats":"","useWhen":""}'::jsonb`;
  const [lesson, loneDraft] = (
    await run(
      sql`insert into lessons (title, sections_source, sections_html, status, published_at, created_by_id) values ('Permits online', ${card}, ${card}, 'published', now(), ${s}), ('My draft', ${card}, ${card}, 'draft', null, ${s}) returning id`,
    )
  ).rows as { id: string }[];
  await run(
    sql`insert into lesson_authors (lesson_id, member_id) values (${lesson?.id}, ${s}), (${lesson?.id}, ${o}), (${loneDraft?.id}, ${s})`,
  );
  await run(
    sql`insert into lesson_sources (lesson_id, thread_id, author_id, consent) values (${lesson?.id}, ${theirs.id}, ${s}, 'pending')`,
  );
  await run(
    sql`insert into lesson_helpful_marks (lesson_id, member_id) values (${lesson?.id}, ${s})`,
  );

  // The lesson asked for the public showcase by them, naming them (shown by name) and `other`.
  const [item] = (
    await run(
      sql`insert into showcase_items (slug, kind, lesson_id, title, sections_html, requested_by_id, status, published_at) values (${`permits-online-${token().slice(0, 8).toLowerCase()}`}, 'lesson', ${lesson?.id}, 'Permits online', ${card}, ${s}, 'published', now()) returning id`,
    )
  ).rows as { id: string }[];
  await run(
    sql`insert into showcase_credits (item_id, member_id, role, answer, answered_at) values (${item?.id}, ${s}, 'author', 'name', now()), (${item?.id}, ${o}, 'author', 'organisation', now())`,
  );

  await run(
    sql`insert into notifications (member_id, kind, actor_id, thread_id) values (${s}, 'reply', ${o}, ${alone.id}), (${o}, 'mention', ${s}, ${theirs.id})`,
  );
  const [session] = (
    await run(
      sql`insert into sessions (id, user_id, expires_at) values (${token()}, ${s}, ${soon}) returning id`,
    )
  ).rows as { id: string }[];
  await run(
    sql`insert into push_subscriptions (member_id, session_id, endpoint, p256dh, auth, label) values (${s}, ${session?.id}, ${`https://push.example/${token()}`}, 'key', 'secret', 'Firefox on Linux')`,
  );
  const instance = token();
  await run(sql`insert into realtime_instances (id) values (${instance})`);
  await run(sql`insert into presence (instance_id, member_id) values (${instance}, ${s})`);
  await run(
    sql`insert into audit_entries (actor_id, actor_name, action, target_type, target_id) values (${s}, 'Subject at the time', 'member.role_changed', 'member', ${o})`,
  );
  await run(
    sql`insert into member_data_exports (member_id, requested_by_id, status) values (${o}, ${s}, 'preparing'), (${s}, null, 'expired')`,
  );
  await run(
    sql`insert into outbox_emails (recipient, subject, body_text) values (${subject.email}, 'Hello', 'Hello')`,
  );
  return {
    threads: { alone: alone.id, answered: answered.id, theirs: theirs.id },
    directRoomId: direct?.id,
  };
}
