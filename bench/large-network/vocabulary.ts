import type pg from 'pg';

// The words the large network writes with, most common first: sentences draw early words far
// more often than late ones, so that search meets words found everywhere and words found in a
// few posts. A sentence now and then also carries a coined word (three syllables out of 24, some
// 14,000 of them), each in a handful of texts: the rare words of a real network (names, places,
// jargon). No apostrophes, quotes or Markdown characters, so that a text's cooked HTML is its
// paragraphs; `checkCooking` holds that against the app's renderer.

export const LOCALES = ['en', 'fr', 'bs', 'hr', 'sr-Latn'] as const;

const WORDS: Record<(typeof LOCALES)[number], string> = {
  en: `the team and we our with service citizens pilot project ministry budget city council
    design research users office data open public procurement tender workshop prototype
    evaluation agency region training results partners change method interviews housing
    transport school health digital forms letters queue experiment lesson failure success
    funding contract supplier law court mayor director volunteers survey dashboard indicator
    impact savings delay trust habit culture sponsor election accessibility rural inclusion
    chatbot residency immersion facilitation stakeholders journey persona benefits hindsight`,
  fr: `le la les nous notre avec service usagers projet pilote ministère budget ville conseil
    design enquête agents bureau données ouvertes achat public marché atelier prototype
    évaluation agence région formation résultats partenaires changement méthode entretiens
    logement transport école santé numérique formulaires courriers attente expérience leçon
    échec réussite financement contrat fournisseur droit tribunal maire directrice bénévoles
    questionnaire tableau indicateur impact économies retard confiance habitude culture élus
    accessibilité ruralité inclusion immersion résidence facilitation parcours préfecture`,
  bs: `tim i mi naš sa služba građani pilot projekat ministarstvo budžet grad vijeće dizajn
    istraživanje korisnici ured podaci otvoreni javne nabavke tender radionica prototip
    evaluacija agencija kanton obuka rezultati partneri promjena metoda intervjui stanovanje
    prevoz škola zdravlje digitalno obrasci pisma red eksperiment lekcija neuspjeh uspjeh
    finansiranje ugovor dobavljač zakon sud načelnik direktorica volonteri anketa pokazatelj
    uticaj uštede kašnjenje povjerenje navika kultura sponzor izbori pristupačnost općina`,
  hr: `tim i mi naš s služba građani pilot projekt ministarstvo proračun grad vijeće dizajn
    istraživanje korisnici ured podaci otvoreni javna nabava natječaj radionica prototip
    vrednovanje agencija županija obuka rezultati partneri promjena metoda razgovori stanovanje
    prijevoz škola zdravstvo digitalno obrasci pisma red pokus lekcija neuspjeh uspjeh
    financiranje ugovor dobavljač zakon sud gradonačelnik ravnateljica volonteri anketa
    pokazatelj učinak uštede kašnjenje povjerenje navika kultura izbori pristupačnost općina`,
  'sr-Latn': `tim i mi naš sa služba građani pilot projekat ministarstvo budžet grad veće dizajn
    istraživanje korisnici kancelarija podaci otvoreni javne nabavke tender radionica prototip
    evaluacija agencija okrug obuka rezultati partneri promena metoda intervjui stanovanje
    prevoz škola zdravlje digitalno obrasci pisma red eksperiment lekcija neuspeh uspeh
    finansiranje ugovor dobavljač zakon sud gradonačelnik direktorka volonteri anketa
    pokazatelj uticaj uštede kašnjenje poverenje navika kultura izbori pristupačnost opština`,
};

const SYLLABLES =
  'ka vo lu mi zer tan pel ro qui sha dub nix or bel fa gru hem ist jo kel mur nep tav yul';

/** Sentences per language in the pool every text is drawn from. */
const POOL = 100_000;

/** mulberry32: a small seeded generator, so the pool is the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function sentences(locale: (typeof LOCALES)[number], seed: number): string[] {
  const random = generator(seed);
  const words = WORDS[locale].split(/\s+/).filter(Boolean);
  const syllables = SYLLABLES.split(' ');
  const pick = <T>(list: readonly T[], weight = 1) =>
    list[Math.floor(random() ** weight * list.length)] as T;
  return Array.from({ length: POOL }, () => {
    const drawn = Array.from({ length: 4 + Math.floor(random() * 10) }, () => pick(words, 1.8));
    if (random() < 0.025) drawn.push(pick(syllables) + pick(syllables) + pick(syllables));
    const text = drawn.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${random() < 0.15 ? '?' : '.'}`;
  });
}

/**
 * Creates, for this session only, the sentence pool and the functions the fill's SQL writes
 * with. Every draw is `pg_temp.rnd(key)`, a hash of an integer key, so a run is the same every
 * time: each table draws from keys of its own (`rnd(salt, row, stream)`). Every function is one
 * expression, which PostgreSQL inlines into the statement; texts are put together set-wise
 * (`proseOf`), never by a function called per row.
 */
export async function createWritingFunctions(client: pg.Client) {
  await client.query('create temp table bench_sentences (lang text, i int, text text)');
  for (const [index, locale] of LOCALES.entries()) {
    await client.query(
      `insert into bench_sentences select $1, i - 1, text from unnest($2::text[]) with ordinality s(text, i)`,
      [locale, sentences(locale, 1000 + index)],
    );
  }
  await client.query('alter table bench_sentences add primary key (lang, i)');
  await client.query('analyze bench_sentences');
  const statements = [
    `create function pg_temp.rnd(k bigint) returns float8 language sql immutable parallel safe as
      $$ select (hashint8($1)::float8 + 2147483648) / 4294967296 $$`,
    // A valid version-4 UUID from a name, so that ids are the same on every run and pass the
    // contracts' uuid check.
    `create function pg_temp.uid(kind text, n bigint) returns uuid language sql immutable as
      $$ select overlay(overlay(md5($1 || ':' || $2) placing '4' from 13) placing '8' from 17)::uuid $$`,
    // 1..n, rank k drawn with weight about 1/k: a few very active, many quiet.
    `create function pg_temp.zipf(r float8, n int) returns int language sql immutable as
      $$ select least($2, greatest(1, floor(power($2 + 1, $1))::int)) $$`,
    // Most activity follows the Zipf law; a fifth is spread evenly, so quiet members appear too.
    // The ranks are turned by six, so that the busiest is member 7, not the admin (member 1)
    // and the organisers (2..6), who come last.
    `create function pg_temp.active(k bigint, n int) returns int language sql immutable as
      $$ select 1 + (case when pg_temp.rnd($1) < 0.8 then pg_temp.zipf(pg_temp.rnd($1 + 1), $2)
         else 1 + floor(pg_temp.rnd($1 + 2) * $2)::int end + 5) % $2 $$`,
    // What the app's Markdown renderer makes of such prose: one <p> per paragraph.
    `create function pg_temp.cook(body text) returns text language sql immutable as
      $$ select case when $1 = '' then '' else '<p>' || replace($1, E'\\n\\n', E'</p>\\n<p>') || '</p>' end $$`,
    `create function pg_temp.pick(options text[], r float8) returns text language sql immutable as
      $$ select $1[1 + floor($2 * cardinality($1))::int] $$`,
  ];
  for (const statement of statements) await client.query(statement);
}

/**
 * SQL selecting (id, body): for each row of `plan` (columns id, lang, sentences), that many
 * sentences drawn from the pool in `lang`, a new paragraph every third.
 */
export function proseOf(plan: string, salt: number) {
  return `select plan.id, string_agg(s.text, case when g % 3 = 1 then E'\\n\\n' else ' ' end
      order by g) as body
    from (${plan}) plan cross join generate_series(1, greatest(plan.sentences, 1)) g
    join bench_sentences s on s.lang = plan.lang
      and s.i = floor(${rnd(salt, 'plan.id::bigint * 32 + g', 0)} * ${POOL})::int
    group by plan.id`;
}

/** SQL for a draw in [0, 1) of table `salt`, row `row` (SQL), stream `stream`. */
export function rnd(salt: number, row: string, stream: number) {
  return `pg_temp.rnd(${salt}::bigint * 1000000000000 + (${row})::bigint * 64 + ${stream})`;
}

/** SQL for the integer key of table `salt`, row `row`: the seed of that row's draws. */
export function key(salt: number, row: string) {
  return `(${salt}::bigint * 1000000000 + (${row})::bigint)`;
}
