import type pg from 'pg';
import { sqlArray, TAGS } from './people.ts';
import type { Scale } from './scale.ts';
import { key, proseOf, rnd } from './vocabulary.ts';

const STORY_SECTIONS = ['context', 'tried', 'happened', 'learned', 'differently'];

/**
 * Threads and their replies, as the threads module writes them: the language is the author's
 * (a fifth written in English), stories keep their text in the five sections and an empty body,
 * a fifth of the threads are for the author's cohort only and only that cohort replies. Threads
 * 1..hotThreads are recent discussions of the whole network with `hotReplies` replies each; the
 * other replies fall on threads with weight falling off with the thread's number, so many have
 * none. The search documents are the tables' generated columns.
 */
export async function seedThreads(client: pg.Client, scale: Scale) {
  const { threads, hotThreads, members } = scale;
  const hot = `t <= ${hotThreads}`;
  await client.query(`create temp table bench_threads as
    select t, pg_temp.uid('thread', t) as id, kind, a.author, c.cohort,
      case when ${rnd(10, 't', 3)} < 0.8 then p.locale else 'en' end as language,
      created_at
    from (select t,
        case when ${hot} then 'discussion'
          when ${rnd(10, 't', 0)} < 0.40 then 'question' when ${rnd(10, 't', 0)} < 0.70 then 'discussion'
          when ${rnd(10, 't', 0)} < 0.82 then 'success' when ${rnd(10, 't', 0)} < 0.92 then 'failure'
          else 'announcement' end as kind,
        case when ${hot} then now() - interval '1 hour' * (24 * 20 + t)
          else now() - interval '1 minute' * floor(power(${rnd(10, 't', 4)}, 1.5) * 3 * 525600) end
          as created_at
      from generate_series(1, ${threads}) t) drawn
    cross join lateral (select case when kind = 'announcement'
      then 2 + floor(${rnd(10, 't', 1)} * ${Math.min(5, members - 1)})::int
      else pg_temp.active(${key(11, 't')}, ${members}) end as author) a
    join bench_people p on p.n = a.author
    cross join lateral (select case when kind <> 'announcement' and not (${hot})
      and ${rnd(10, 't', 2)} < 0.2 then p.cohort end as cohort) c`);
  await client.query('alter table bench_threads add primary key (t)');

  const texts = (salt: number, sentences: string) =>
    proseOf(`select t as id, language as lang, ${sentences} as sentences from bench_threads`, salt);
  await client.query(`create temp table bench_stories as
    select t, jsonb_build_object(${STORY_SECTIONS.map((name, index) => `'${name}', s${index}.body`).join(', ')}) as story
    from bench_threads th
    ${STORY_SECTIONS.map((_, index) => `join (${texts(13 + index, `1 + floor(${rnd(12, 't', 10 + index)} * 4)::int`)}) s${index} on s${index}.id = th.t`).join('\n    ')}
    where th.kind in ('success', 'failure')`);
  await client.query(`insert into threads (id, kind, title, author_id, cohort_id, tags, body_source,
      body_html, language, story_source, story_html, pinned_at, created_at, last_activity_at)
    select id, kind::thread_kind, title, pg_temp.uid('member', author),
      case when cohort is not null then pg_temp.uid('cohort', cohort) end, tags, body,
      pg_temp.cook(body), language, story,
      case when story is not null then (select jsonb_object_agg(s.key, pg_temp.cook(s.value))
        from jsonb_each_text(story) s) end,
      case when kind = 'announcement' and t % 400 = 7 then created_at end, created_at, created_at
    from (select th.t, th.id, kind, author, cohort, language, created_at,
        rtrim(left(title.body, 140), '.?') || case when kind = 'question' then '?' else '' end as title,
        array(select distinct pg_temp.pick(${sqlArray(TAGS)}, ${rnd(12, 'th.t * 4 + g', 0)})
          from generate_series(0, floor(${rnd(12, 'th.t', 1)} * 3)::int) g) as tags,
        case when kind in ('success', 'failure') then '' else body.body end as body,
        stories.story
      from bench_threads th
      join (${texts(12, '1')}) title on title.id = th.t
      join (${texts(18, `2 + floor(${rnd(12, 't', 2)} * 9)::int`)}) body on body.id = th.t
      left join bench_stories stories on stories.t = th.t) drafted`);

  await seedReplies(client, scale);
  await deriveThreadColumns(client);
}

async function seedReplies(client: pg.Client, scale: Scale) {
  const { threads, hotThreads, hotReplies, replies } = scale;
  const hotTotal = Math.min(replies, hotThreads * hotReplies);
  const rest = threads - hotThreads;
  await client.query(`create temp table bench_replies as
    select r, t, p.n as author, created_at,
      case when ${rnd(21, 'r', 2)} < 0.7 then plan.thread_language else p.locale end as language
    from (select r, th.t, pg_temp.someone(th.cohort, ${key(20, 'r')}) as author,
        th.created_at + (now() - th.created_at) *
          case when th.t <= ${hotThreads} then ${rnd(21, 'r', 1)} else power(${rnd(21, 'r', 1)}, 3) end
          as created_at,
        th.language as thread_language
      from (select r, case when r <= ${hotTotal} then 1 + (r - 1) % ${hotThreads}
          else ${hotThreads} + 1 + floor(power(${rnd(21, 'r', 0)}, 2) * ${rest})::int end as t
        from generate_series(1, ${replies}) r) drawn
      join bench_threads th on th.t = drawn.t) plan
    join bench_people p on p.n = plan.author`);
  await client.query(`insert into replies (id, thread_id, author_id, body_source, body_html,
      language, created_at)
    select pg_temp.uid('reply', br.r), pg_temp.uid('thread', br.t), pg_temp.uid('member', br.author),
      b.body, pg_temp.cook(b.body), br.language, br.created_at
    from bench_replies br
    join (${proseOf(`select r as id, language as lang, 1 + floor(${rnd(21, 'r', 3)} * case when t <= ${hotThreads} then 2 else 6 end)::int as sentences from bench_replies`, 22)}) b
      on b.id = br.r`);
  // One reply in ten answers the reply before it in its thread.
  await client.query(`update replies set reply_to_id = previous.id
    from (select id, lag(id) over (partition by thread_id order by created_at, id) as previous_id
      from replies) ordered
    join replies previous on previous.id = ordered.previous_id
    where replies.id = ordered.id and ${rnd(23, 'hashtext(replies.id::text)', 0)} < 0.1`);
}

/** Helpful marks, accepted answers, readers and the counters the threads module keeps. */
async function deriveThreadColumns(client: pg.Client) {
  // A few members found the opening post or a reply helpful; never their own.
  await client.query(`insert into helpful_marks (thread_id, reply_id, member_id, created_at)
    select distinct on (thread_id, reply_id, member_id) thread_id, reply_id, member_id, created_at
    from (select th.id as thread_id, null::uuid as reply_id, th.author_id,
        pg_temp.uid('member', pg_temp.someone(bt.cohort, ${key(30, 'bt.t * 4 + g')})) as member_id,
        th.created_at + interval '2 hours' as created_at
      from bench_threads bt join threads th on th.id = bt.id
      cross join generate_series(1, 1 + floor(${rnd(30, 'bt.t', 0)} * 4)::int) g
      where ${rnd(30, 'bt.t', 1)} < 0.25
      union all
      select r.thread_id, r.id, r.author_id,
        pg_temp.uid('member', pg_temp.someone(bt.cohort, ${key(31, 'hashtext(r.id::text)::bigint * 4 + g')})),
        r.created_at + interval '1 hour'
      from replies r join bench_threads bt on bt.id = r.thread_id
      cross join generate_series(1, 1 + floor(${rnd(31, 'hashtext(r.id::text)', 0)} * 3)::int) g
      where ${rnd(31, 'hashtext(r.id::text)', 1)} < 0.06) marks
    where member_id <> author_id`);
  await client.query(`update replies set helpful_count = marks.total
    from (select reply_id, count(*)::int as total from helpful_marks where reply_id is not null
      group by reply_id) marks where replies.id = marks.reply_id`);
  // Two questions in five with replies have an answer accepted: the first reply by someone else.
  await client.query(`update threads set accepted_reply_id = answer.id
    from (select distinct on (r.thread_id) r.thread_id, r.id from replies r
      join threads t on t.id = r.thread_id
      where t.kind = 'question' and r.author_id <> t.author_id
      order by r.thread_id, r.created_at, r.id) answer
    where threads.id = answer.thread_id and ${rnd(32, 'hashtext(threads.id::text)', 0)} < 0.4`);
  await client.query(`update threads set reply_count = coalesce(counted.replies, 0),
      last_activity_at = greatest(threads.created_at, counted.latest),
      helpful_count = coalesce(marked.total, 0)
    from threads t
    left join (select thread_id, count(*)::int as replies, max(created_at) as latest from replies
      group by thread_id) counted on counted.thread_id = t.id
    left join (select thread_id, count(*)::int as total from helpful_marks group by thread_id) marked
      on marked.thread_id = t.id
    where threads.id = t.id`);
  // A few old threads were locked once their talk was over.
  await client.query(`update threads set locked_at = last_activity_at + interval '1 day'
    where ${rnd(33, 'hashtext(id::text)', 0)} < 0.003 and last_activity_at < now() - interval '30 days'`);
  // Authors and repliers follow, having read up to their own last post.
  await client.query(`insert into thread_readers (thread_id, member_id, following, last_read_at)
    select thread_id, member_id, true, max(at) from (
      select id as thread_id, author_id as member_id, created_at as at from threads
      union all select thread_id, author_id, created_at from replies) posts
    group by thread_id, member_id`);
}
