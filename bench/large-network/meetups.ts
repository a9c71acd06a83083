import type pg from 'pg';
import type { Scale } from './scale.ts';
import { key, proseOf, rnd } from './vocabulary.ts';

const SERIES = 10;
/** Series 1..3 invite the whole network, the others one cohort each. */
const NETWORK_SERIES = 3;

/**
 * Meetup series and their meetups, each proposed with a date poll of 3 to 5 slots that invitees
 * voted on. Most are over (done, with notes half the time, or cancelled), a quarter are
 * scheduled on their poll's first slot (iCalendar sequence 1, cancelled 2, as the meetups module
 * counts), a tenth still polling. Those invited answered: going, maybe or not going, and once a
 * meetup with a capacity is full, the rest of those going wait for a seat in the order they
 * asked.
 */
export async function seedMeetups(client: pg.Client, scale: Scale) {
  const { cohorts, meetups } = scale;
  const seriesCohort = (s: string) =>
    `case when ${s} > ${NETWORK_SERIES} then 1 + (${s} * 7) % ${cohorts} end`;
  await client.query(`insert into meetup_series (id, name, description_source, description_html,
      cadence_months, default_timezone, default_venue, created_by_id, created_at)
    select pg_temp.uid('series', s), 'Exchange ' || s || case when s <= ${NETWORK_SERIES}
        then ' (all alumni)' else ' (cohort ' || ${seriesCohort('s')} || ')' end,
      texts.body, pg_temp.cook(texts.body), 6, 'Europe/Paris', 'Maison des Transfo', pg_temp.uid('member', 2 + s % 5),
      now() - interval '5 years'
    from generate_series(1, ${SERIES}) s
    join (${proseOf(`select s as id, 'en' as lang, 3 as sentences from generate_series(1, ${SERIES}) s`, 50)}) texts
      on texts.id = s`);
  await client.query(`insert into meetup_series_cohorts (series_id, cohort_id)
    select pg_temp.uid('series', s), pg_temp.uid('cohort', ${seriesCohort('s')})
    from generate_series(${NETWORK_SERIES + 1}, ${SERIES}) s`);
  await client.query(`insert into meetup_series_organisers (series_id, member_id)
    select distinct pg_temp.uid('series', s), pg_temp.uid('member', n) from generate_series(1, ${SERIES}) s,
      unnest(array[2 + s % 5, pg_temp.someone(${seriesCohort('s')}, ${key(51, 's')})]) n`);

  await client.query(`create temp table bench_meetups as
    select m, 1 + (m - 1) % ${SERIES} as series, ${seriesCohort('1 + (m - 1) % 10')} as cohort,
      case when r < 0.60 then 'done' when r < 0.65 then 'cancelled' when r < 0.90 then 'scheduled'
        else 'proposed' end as status,
      case when r < 0.65 then now() - interval '1 day' * (2 + floor(${rnd(52, 'm', 1)} * 1800))
        else now() + interval '1 day' * (3 + floor(${rnd(52, 'm', 1)} * 150)) end as first_slot,
      case when ${rnd(52, 'm', 2)} < 0.2 then 20 + floor(${rnd(52, 'm', 3)} * 20)::int end as capacity
    from (select m, ${rnd(52, 'm', 0)} as r from generate_series(1, ${meetups}) m) drawn`);
  await client.query(`insert into meetups (id, series_id, title, description_source,
      description_html, status, starts_at, ends_at, timezone, venue, capacity, cancel_reason,
      notes_source, notes_html, notes_language, poll_closes_at, sequence, created_by_id,
      created_at, updated_at)
    select pg_temp.uid('meetup', m), pg_temp.uid('series', series), title, d, pg_temp.cook(d),
      status::meetup_status, case when status <> 'proposed' then first_slot end,
      case when status <> 'proposed' then first_slot + interval '3 hours' end, 'Europe/Paris',
      venue, capacity, case when status = 'cancelled' then 'Not enough people could come.' end,
      notes, pg_temp.cook(notes), 'en',
      case when status = 'proposed' then least(first_slot - interval '1 day', now() + interval '10 days') end,
      case status when 'proposed' then 0 when 'cancelled' then 2 else 1 end,
      pg_temp.uid('member', 2 + series % 5), first_slot - interval '40 days',
      least(now(), first_slot - interval '20 days')
    from (select m, series, status, first_slot, capacity,
        'Exchange ' || series || ': ' || rtrim(left(title.body, 80), '.?') as title, d.body as d,
        (array['Paris', 'Sarajevo', 'Zagreb', 'Beograd', 'Lyon', 'Online'])[1 + m % 6] as venue,
        case when status = 'done' and ${rnd(52, 'm', 5)} < 0.5 then notes.body else '' end as notes
      from bench_meetups
      join (${proseOf(`select m as id, 'en' as lang, 1 as sentences from bench_meetups`, 53)}) title on title.id = m
      join (${proseOf(`select m as id, 'en' as lang, 2 + floor(${rnd(52, 'm', 4)} * 4)::int as sentences from bench_meetups`, 54)}) d on d.id = m
      join (${proseOf(`select m as id, 'en' as lang, 6 as sentences from bench_meetups`, 55)}) notes on notes.id = m
      ) drafted`);
  await client.query(`insert into meetup_slots (id, meetup_id, starts_at, ends_at, timezone)
    select pg_temp.uid('slot', m * 8 + k), pg_temp.uid('meetup', m),
      first_slot + interval '7 days' * (k - 1), first_slot + interval '7 days' * (k - 1) + interval '3 hours',
      'Europe/Paris'
    from bench_meetups, generate_series(1, 3 + floor(${rnd(56, 'm', 0)} * 3)::int) k`);

  // Who each meetup invited and heard from: drawn by activity among those invited.
  await client.query(`create temp table bench_invitees as
    select distinct on (m, n) m, n, i from bench_meetups,
      generate_series(1, 10 + floor(${rnd(57, 'm', 0)} * 60)::int) i,
      pg_temp.someone(cohort, ${key(58, 'm * 100 + i')}) n
    order by m, n, i`);
  await client.query(`insert into meetup_votes (slot_id, member_id, choice, updated_at)
    select s.id, pg_temp.uid('member', v.n),
      (array['yes', 'if_need_be', 'no'])[1 + floor(${rnd(59, 'v.m * 100000 + v.n * 8 + k', 0)} * 3)::int]::vote_choice,
      least(now(), b.first_slot - interval '30 days')
    from bench_invitees v join bench_meetups b on b.m = v.m
    cross join lateral (select id, row_number() over (order by starts_at) as k
      from meetup_slots where meetup_id = pg_temp.uid('meetup', v.m)) s
    where v.i % 3 <> 0`);
  await client.query(`insert into rsvps (meetup_id, member_id, status, queued_at, updated_at)
    select pg_temp.uid('meetup', m), pg_temp.uid('member', n),
      (case when answer <> 'going' then answer
        when capacity is not null and going_rank > capacity then 'waitlisted' else 'going' end)::rsvp_status,
      queued_at, queued_at
    from (select v.m, v.n, b.capacity, a.answer, q.queued_at,
        count(*) filter (where a.answer = 'going') over (partition by v.m order by q.queued_at, v.n) as going_rank
      from bench_invitees v join bench_meetups b on b.m = v.m
      cross join lateral (select case when ${rnd(60, 'v.m * 100000 + v.n', 0)} < 0.6 then 'going'
        when ${rnd(60, 'v.m * 100000 + v.n', 0)} < 0.8 then 'maybe' else 'not_going' end as answer) a
      cross join lateral (select least(now(), b.first_slot - interval '20 days' + interval '1 hour' * v.i) as queued_at) q
      where b.status <> 'proposed') answered`);
}
