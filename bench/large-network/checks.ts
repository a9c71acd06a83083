import { cookMarkdown } from '@praxis/api/markdown';
import type pg from 'pg';

/**
 * The fill cooks text in SQL (`pg_temp.cook`); this holds a sample of every cooked column
 * against the app's own Markdown renderer, so that the HTML is what the app would have stored.
 */
export async function checkCooking(client: pg.Client) {
  const samples = [
    `select body_source as source, body_html as html from threads where body_source <> '' limit 200`,
    `select s.value as source, h.value as html from (select * from threads where story_source is not null limit 50) t,
       jsonb_each_text(t.story_source) s join jsonb_each_text(t.story_html) h on h.key = s.key`,
    `select body_source as source, body_html as html from replies limit 200`,
    `select body as source, html from messages limit 200`,
    `select bio_source as source, bio_html as html from members where bio_source <> '' limit 100`,
    `select description_source as source, description_html as html from meetups limit 50`,
  ];
  let checked = 0;
  for (const query of samples) {
    const { rows } = await client.query<{ source: string; html: string }>(query);
    for (const { source, html } of rows) {
      const cooked = cookMarkdown(source);
      if (cooked !== html) {
        throw new Error(`cooked HTML differs from the app's:\n${source}\n${html}\n${cooked}`);
      }
      checked += 1;
    }
  }
  return checked;
}

const COUNTED = [
  'members',
  'cohorts',
  'cohort_memberships',
  'threads',
  'replies',
  'helpful_marks',
  'thread_readers',
  'rooms',
  'room_members',
  'messages',
  'message_reactions',
  'meetup_series',
  'meetups',
  'meetup_slots',
  'meetup_votes',
  'rsvps',
  'notifications',
];

export async function printCounts(client: pg.Client) {
  const counts: Record<string, number> = {};
  for (const table of COUNTED) {
    const { rows } = await client.query<{ total: string }>(
      `select count(*) as total from ${table}`,
    );
    counts[table] = Number(rows[0]?.total ?? 0);
  }
  console.table(counts);
  const { rows } = await client.query<{ size: string }>(
    'select pg_size_pretty(pg_database_size(current_database())) as size',
  );
  console.log(`database size: ${rows[0]?.size}`);
}
