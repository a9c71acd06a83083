import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { seedDemo } from './demo.ts';

let database: TestDatabase;
const rows = async <Row>(query: ReturnType<typeof sql>) =>
  ((await database.db.execute(query)) as unknown as { rows: Row[] }).rows;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, 'not-a-password-hash', (source) => `<p>${source}</p>`);
});
afterAll(async () => {
  await database.close();
});

interface PostRow {
  title: string;
  anonymous: boolean;
  cohort: string | null;
  off_record: boolean;
  replies: { anonymous: boolean; cohort: string | null; off_record: boolean; by_author: boolean }[];
}

describe('the demo network’s anonymous and off-the-record posts', () => {
  it('tell one failure story as a member of the BiH cohort, its author answering as the story names them, and hold one discussion off the record', async () => {
    const posts = await rows<PostRow>(sql`
      select t.title, t.anonymous, c.name as cohort, t.off_record,
        (select json_agg(json_build_object('anonymous', r.anonymous, 'cohort', rc.name,
           'off_record', r.off_record, 'by_author', r.author_id = t.author_id)
           order by r.created_at)
         from replies r left join cohorts rc on rc.id = r.anonymous_cohort_id
         where r.thread_id = t.id) as replies
      from threads t left join cohorts c on c.id = t.anonymous_cohort_id
      where t.anonymous or t.off_record
         or exists (select 1 from replies r where r.thread_id = t.id and (r.anonymous or r.off_record))
      order by t.created_at`);
    const bih = 'Public Sector Innovation BiH 2022';
    expect(posts).toEqual([
      {
        title: 'We launched an e-permit portal nobody used, and I signed off on the figures',
        anonymous: true,
        cohort: bih,
        off_record: false,
        replies: [
          { anonymous: false, cohort: null, off_record: false, by_author: false },
          { anonymous: true, cohort: bih, off_record: false, by_author: true },
          { anonymous: false, cohort: null, off_record: false, by_author: false },
        ],
      },
      {
        title:
          'Off the record: how do you handle a minister’s office that wants the pilot results early?',
        anonymous: false,
        cohort: null,
        off_record: true,
        replies: [
          { anonymous: false, cohort: null, off_record: true, by_author: false },
          { anonymous: true, cohort: null, off_record: true, by_author: false },
          { anonymous: false, cohort: null, off_record: false, by_author: false },
        ],
      },
    ]);
  });
});
