import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { seedDemo } from './demo.ts';

// The seed cooks Markdown with the API's renderer; escaped text is as good a value to check.
const cookPlain = (source: string) =>
  `<p>${source.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`;

let database: TestDatabase;
const rows = async <Row>(query: ReturnType<typeof sql>) =>
  ((await database.db.execute(query)) as unknown as { rows: Row[] }).rows;

beforeAll(async () => {
  database = await createTestDatabase();
  const started = performance.now();
  await seedDemo(database.db, 'not-a-password-hash', cookPlain);
  console.info(`demo seed: ${Math.round(performance.now() - started)} ms`);
});
afterAll(async () => {
  await database.close();
});

describe('the demo network’s pilots', () => {
  it('give the BiH programme seven pilot concepts at every stage, one stopped with its reason', async () => {
    const pilots = await rows<{ stage: string; stop_reason: string | null }>(sql`
      select p.stage, p.stop_reason from pilots p join programmes g on g.id = p.programme_id
      where g.name like 'Public Sector Innovation%' order by p.stage`);
    expect(pilots.map((pilot) => pilot.stage)).toEqual([
      'idea',
      'concept',
      'pilot',
      'pilot',
      'pilot',
      'scaled',
      'stopped',
    ]);
    expect(pilots.filter((pilot) => pilot.stop_reason).map((pilot) => pilot.stage)).toEqual([
      'stopped',
    ]);
  });

  it('give La Transfo several transformation projects, each from a track its cohort is in', async () => {
    const [transfo] = await rows<{ count: number }>(sql`
      select count(*)::int as count from pilots p join programmes g on g.id = p.programme_id
      where g.name = 'La Transfo'`);
    expect(transfo?.count).toBeGreaterThanOrEqual(4);
    const outside = await rows<{ name: string }>(sql`
      select p.name from pilots p where not exists (select 1 from cohort_tracks ct
        where ct.track_id = p.track_id and ct.cohort_id = p.cohort_id)`);
    expect(outside).toEqual([]);
  });

  it('take their stage, and the day it changed, from their updates, each move starting where the last ended', async () => {
    const moves = await rows<{ name: string; stage: string; changed: string; moves: string[] }>(sql`
      select p.name, p.stage, p.stage_changed_at::text as changed,
        coalesce(array_agg(u.stage_from || '>' || u.stage_to || '@' || u.created_at::text
          order by u.created_at) filter (where u.stage_to is not null), '{}') as moves
      from pilots p left join pilot_updates u on u.pilot_id = p.id group by p.id`);
    const broken = moves.flatMap(({ name, stage, changed, moves: path }) => {
      let at = 'idea';
      for (const move of path) {
        const [from, rest = ''] = move.split('>');
        if (from !== at) return [`${name}: moves from ${from}, while at ${at}`];
        at = rest.split('@')[0] ?? '';
      }
      const last = path.at(-1)?.split('@')[1];
      return at === stage && (!last || last === changed)
        ? []
        : [`${name}: ends at ${at}, is ${stage}`];
    });
    expect(broken).toEqual([]);
  });

  it('show a cohort-only pilot only to that cohort: its followers are all in it', async () => {
    const outsiders = await rows<{ name: string }>(sql`
      select p.name from pilots p join pilot_followers f on f.pilot_id = p.id
      where p.visibility = 'cohort' and not exists (select 1 from cohort_memberships m
        where m.cohort_id = p.cohort_id and m.member_id = f.member_id)`);
    expect(outsiders).toEqual([]);
  });
});

describe('the demo network’s lessons', () => {
  it('reach no further than their cohort-only sources allow, unless those sources’ authors widened them', async () => {
    const scoped = await rows<{ title: string; audience: string[]; scope: string[] }>(sql`
      select l.title,
        coalesce((select array_agg(a.cohort_id::text) from lesson_audiences a where a.lesson_id = l.id), '{}') as audience,
        coalesce(array_agg(t.cohort_id::text) filter (where t.cohort_id is not null), '{}')
          || coalesce(array_agg(sc.cohort_id::text) filter (where sc.cohort_id is not null), '{}') as scope
      from lessons l
      join lesson_sources s on s.lesson_id = l.id and not s.widened
      left join threads t on t.id = s.thread_id
      left join meetups m on m.id = s.meetup_id
      left join meetup_series_cohorts sc on sc.series_id = m.series_id
      group by l.id, s.id`);
    const wider = scoped.filter(
      ({ audience, scope }) =>
        scope.length > 0 &&
        (audience.length === 0 || audience.some((cohortId) => !scope.includes(cohortId))),
    );
    expect(wider.map(({ title }) => title)).toEqual([]);
    const cohortOnly = new Set(
      scoped.filter(({ audience }) => audience.length).map(({ title }) => title),
    );
    expect(cohortOnly.size).toBeGreaterThanOrEqual(2);
    const [widened] = await rows<{ count: number }>(
      sql`select count(*)::int as count from lesson_sources where widened`,
    );
    expect(widened?.count).toBe(1);
  });

  it('ask their sources’ authors: one declined, one waits on a lesson in review, and a draft asks nobody', async () => {
    const answers = await rows<{ status: string; consent: string; count: number }>(sql`
      select l.status, s.consent, count(*)::int as count from lesson_sources s
      join lessons l on l.id = s.lesson_id group by 1, 2 order by 1, 2`);
    expect(answers.filter(({ consent }) => consent === 'declined')).toEqual([
      { status: 'published', consent: 'declined', count: 1 },
    ]);
    expect(answers.filter(({ consent }) => consent === 'pending')).toEqual([
      { status: 'in_review', consent: 'pending', count: 1 },
    ]);
    expect(
      answers.filter(({ status }) => status === 'draft').map(({ consent }) => consent),
    ).toEqual(['not_asked']);
  });

  it('hold a translation of an English lesson, and a stopped lesson the stopped pilot links to', async () => {
    const translations = await rows<{ language: string; original: string }>(sql`
      select l.language, o.language as original from lessons l
      join lessons o on o.id = l.translation_of_id`);
    expect(translations).toEqual([{ language: 'fr', original: 'en' }]);
    const stopped = await rows<{ pilot: string }>(sql`
      select p.stage as pilot from lessons l join pilot_links k on k.lesson_id = l.id
      join pilots p on p.id = k.pilot_id where l.stage = 'stopped'`);
    expect(stopped).toEqual([{ pilot: 'stopped' }]);
  });

  it('count their helpful marks, all from members who may read them', async () => {
    const miscounted = await rows<{ title: string }>(sql`
      select l.title from lessons l where l.helpful_count <>
        (select count(*) from lesson_helpful_marks h where h.lesson_id = l.id)`);
    expect(miscounted).toEqual([]);
    const unseen = await rows<{ title: string }>(sql`
      select l.title from lesson_helpful_marks h join lessons l on l.id = h.lesson_id
      where l.status <> 'published' or (exists (select 1 from lesson_audiences a where a.lesson_id = l.id)
        and not exists (select 1 from lesson_audiences a join cohort_memberships m
          on m.cohort_id = a.cohort_id where a.lesson_id = l.id and m.member_id = h.member_id))`);
    expect(unseen).toEqual([]);
  });
});
