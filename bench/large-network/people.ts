import type pg from 'pg';
import type { Scale } from './scale.ts';
import { proseOf, rnd } from './vocabulary.ts';

/** Lower-case labels, as the contracts want them, shared by profiles and threads. */
export const TAGS = `service design|procurement|open data|user research|digital services|housing|
  health|transport|education|evaluation|facilitation|legal design|budgeting|accessibility|
  citizen participation|public policy|change management|data science|social care|innovation labs`
  .split('|')
  .map((tag) => tag.trim());

export const sqlArray = (values: readonly string[]) =>
  `array[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')}]`;

/** Per locale: first names, family names, cities, the country, spoken languages, employers. */
const PEOPLE = {
  en: {
    first: 'Alice Ben Chloe Daniel Emma Finn Grace Harry Isla Jack Kate Liam Maya Noah Olivia Ryan',
    last: 'Smith Jones Taylor Brown Wilson Evans Walker Wright Hughes Green Hall Wood Clarke Hill',
    cities: 'London|Leeds|Dublin|Cork|Bristol|Manchester|Glasgow|Cardiff',
    country: 'GB',
    languages: ['en'],
    employers: 'City Council|Department of Health|Digital Service|Housing Agency|Regional Office',
  },
  fr: {
    first: 'Camille Léa Chloé Manon Hugo Louis Jules Gabriel Inès Jeanne Raphaël Zoé Théo Élise',
    last: 'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent',
    cities: 'Paris|Lyon|Nantes|Lille|Rennes|Bordeaux|Strasbourg|Marseille|Bruxelles',
    country: 'FR',
    languages: ['fr', 'en'],
    employers: 'Région Bretagne|Préfecture du Nord|Ville de Lyon|Conseil départemental|Pôle emploi',
  },
  bs: {
    first: 'Amra Emina Lejla Selma Amir Haris Adnan Tarik Ajla Dino Nermin Mirza Jasmina Edin',
    last: 'Hodžić Begić Delić Hadžić Kovačević Mehmedović Alić Mujić Čaušević Hasanović Omerović',
    cities: 'Sarajevo|Tuzla|Zenica|Mostar|Bihać|Banja Luka|Travnik',
    country: 'BA',
    languages: ['bs', 'en'],
    employers:
      'Općina Centar|Kanton Sarajevo|Ministarstvo pravde|Agencija za statistiku|Grad Tuzla',
  },
  hr: {
    first: 'Ana Ivana Petra Marija Luka Ivan Marko Josip Nika Lucija Tomislav Filip Dora Matej',
    last: 'Horvat Kovačić Babić Marić Jurić Novak Knežević Vuković Marković Petrović Matić Tomić',
    cities: 'Zagreb|Split|Rijeka|Osijek|Zadar|Pula|Varaždin',
    country: 'HR',
    languages: ['hr'],
    employers: 'Grad Zagreb|Ministarstvo uprave|Županija Istarska|Hrvatski zavod|Grad Rijeka',
  },
  'sr-Latn': {
    first: 'Milica Jelena Jovana Teodora Nikola Stefan Lazar Vuk Sara Mina Dušan Nemanja Ivana',
    last: 'Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Popović',
    cities: 'Beograd|Novi Sad|Niš|Kragujevac|Subotica|Čačak',
    country: 'RS',
    languages: ['sr', 'en'],
    employers: 'Grad Beograd|Ministarstvo finansija|Opština Stari grad|Kancelarija za IT|Grad Niš',
  },
} as const;

const LOCALE_SQL = (r: string) =>
  `case when ${r} < 0.40 then 'en' when ${r} < 0.65 then 'fr' when ${r} < 0.77 then 'bs'
    when ${r} < 0.89 then 'hr' else 'sr-Latn' end`;

const JOBS = 'Service designer|Project lead|Policy officer|Head of innovation|Data analyst|Lawyer';

export const KNOWN_EMAILS = {
  admin: 'admin@bench.praxis.example',
  organiser: (n: number) => `organiser${n}@bench.praxis.example`,
  member: (n: number) => `member${n}@bench.praxis.example`,
};

/**
 * Programmes, cohorts, members and who is in which cohort. Member 1 is the admin, 2..6
 * organisers; from member 7 on, each is less active than the one before (`pg_temp.active`). Member n's first cohort is ((n - 1) mod cohorts) + 1, so every cohort has a share
 * of the busiest; one in ten is also in a second cohort. `bench_people` keeps n, id, locale and
 * first cohort for the steps after this one.
 */
export async function seedPeople(
  client: pg.Client,
  scale: Scale,
  hashes: { known: string; other: string },
) {
  const { members, cohorts } = scale;
  await client.query(`insert into programmes (id, name, description, created_at)
    select pg_temp.uid('programme', id), 'Programme ' || id || ': ' ||
      (array['Transfo','Public Sector Innovation','Civic Design','Open Government','Service Lab'])[id],
      body, now() - interval '12 years'
    from (${proseOf(`select p as id, 'en' as lang, 2 as sentences from generate_series(1, 5) p`, 1)}) d`);
  await client.query(`insert into cohorts (id, programme_id, name, year, starts_on, ends_on, description, created_at)
    select pg_temp.uid('cohort', c), pg_temp.uid('programme', 1 + (c - 1) % 5),
      'Cohort ' || c || ' (' || (2014 + (c - 1) / 5) || ')', 2014 + (c - 1) / 5,
      make_date(2014 + (c - 1) / 5, 9, 1), make_date(2016 + (c - 1) / 5, 6, 30),
      body, make_date(2014 + (c - 1) / 5, 6, 1)
    from (${proseOf(`select c as id, 'en' as lang, 2 as sentences from generate_series(1, ${cohorts}) c`, 2)}) d
    join generate_series(1, ${cohorts}) c on c = d.id`);

  await client.query(`create temp table bench_people as
    select n, pg_temp.uid('member', n) as id, ${LOCALE_SQL(rnd(3, 'n', 0))} as locale,
      1 + (n - 1) % ${cohorts} as cohort
    from generate_series(1, ${members}) n`);
  await client.query('alter table bench_people add primary key (n)');
  await client.query(`create temp table bench_locale_people (locale text primary key,
    first text[], last text[], cities text[], country text, languages text[], employers text[])`);
  for (const [locale, people] of Object.entries(PEOPLE)) {
    await client.query('insert into bench_locale_people values ($1, $2, $3, $4, $5, $6, $7)', [
      locale,
      people.first.split(' '),
      people.last.split(' '),
      people.cities.split('|'),
      people.country,
      people.languages,
      people.employers.split('|'),
    ]);
  }
  await client.query(
    `insert into members (id, email, name, role, password_hash, handle, headline, organisation,
      job_title, country, city, languages, bio_source, bio_html, bio_language, expertise,
      advice_topics, open_to_advise, locale, created_at, updated_at)
    select id, email, name, role::member_role, case when n <= 20 or n % 1000 = 0 then $1 else $2 end,
      left(trim(both '-' from lower(regexp_replace(unaccent(name), '[^A-Za-z0-9]+', '-', 'g'))), 23) || '-' || n,
      headline, organisation, job_title, country, city, languages, bio, pg_temp.cook(bio), locale,
      expertise, advice, ${rnd(4, 'n', 5)} < 0.3, locale, created_at, created_at
    from (select p.n, p.id, p.locale,
        case when p.n = 1 then '${KNOWN_EMAILS.admin}'
          when p.n <= 6 then 'organiser' || (p.n - 1) || '@bench.praxis.example'
          else 'member' || p.n || '@bench.praxis.example' end as email,
        case when p.n = 1 then 'admin' when p.n <= 6 then 'organiser' else 'member' end as role,
        pg_temp.pick(l.first, ${rnd(4, 'p.n', 0)}) || ' ' || pg_temp.pick(l.last, ${rnd(4, 'p.n', 1)}) as name,
        left(h.body, 120) as headline,
        pg_temp.pick(l.employers, ${rnd(4, 'p.n', 2)}) as organisation,
        pg_temp.pick(string_to_array('${JOBS}', '|'), ${rnd(4, 'p.n', 3)}) as job_title,
        l.country, pg_temp.pick(l.cities, ${rnd(4, 'p.n', 4)}) as city, l.languages,
        case when ${rnd(4, 'p.n', 6)} < 0.6 then b.body else '' end as bio,
        array[pg_temp.pick(${sqlArray(TAGS)}, ${rnd(4, 'p.n', 8)}),
          pg_temp.pick(${sqlArray(TAGS)}, ${rnd(4, 'p.n', 9)})] as expertise,
        array[pg_temp.pick(${sqlArray(TAGS)}, ${rnd(4, 'p.n', 10)})] as advice,
        now() - interval '1 day' * (1100 + floor(${rnd(4, 'p.n', 11)} * 1600)) as created_at
      from bench_people p join bench_locale_people l on l.locale = p.locale
      join (${proseOf(`select n as id, locale as lang, 1 as sentences from bench_people`, 4)}) h on h.id = p.n
      join (${proseOf(`select n as id, locale as lang, 2 + floor(${rnd(4, 'n', 7)} * 5)::int as sentences from bench_people`, 5)}) b
        on b.id = p.n) people`,
    [hashes.known, hashes.other],
  );
  // The same tag drawn twice is kept once, as the profile form would.
  await client.query(`update members set expertise = array(select distinct unnest(expertise))
    where cardinality(expertise) > 1 and expertise[1] = expertise[2]`);
  await client.query(`insert into cohort_memberships (cohort_id, member_id, joined_at)
    select pg_temp.uid('cohort', cohort), id, now() - interval '3 years' from bench_people
    union all
    select pg_temp.uid('cohort', 1 + (cohort + 6) % ${cohorts}), id, now() - interval '1 year'
    from bench_people where n % 10 = 0 and ${cohorts} > 1`);
  // Someone who can see a post of cohort `c` (null: the whole network), drawn by activity.
  const perCohort = Math.max(1, Math.floor(members / cohorts));
  await client.query(`create function pg_temp.someone(c int, k bigint) returns int
    language sql immutable as $$ select case when $1 is null then pg_temp.active($2, ${members})
      else (pg_temp.active($2, ${perCohort}) - 1) * ${cohorts} + $1 end $$`);
}
