import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { leaveFootprint } from '@praxis/db/testing/member-footprint';
import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// Every table that names a member, found in the database itself: a column with a foreign key to
// members(id), or a uuid column named as such columns are. A table added later without a
// data-rights area fails the first test; one whose area forgets rows fails the others.

let t: TestApp;
let subject: Awaited<ReturnType<typeof createMember>>;
let other: Awaited<ReturnType<typeof createMember>>;
let cookie: string;
const DAY_MS = 24 * 60 * 60 * 1000;

const camel = (column: string) =>
  column.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** `table.column` of every column in the database that names a member. */
async function memberColumns(): Promise<string[]> {
  const found = await rows<{ name: string }>(sql`
    select cl.relname || '.' || a.attname as name
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid
      join pg_namespace n on n.oid = cl.relnamespace
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
     where c.contype = 'f' and c.confrelid = 'public.members'::regclass and n.nspname = 'public'
    union
    select table_name || '.' || column_name
      from information_schema.columns
     where table_schema = 'public' and data_type = 'uuid'
       and (column_name like '%member\\_id' or column_name like '%\\_by\\_id'
            or column_name in ('author_id', 'actor_id', 'user_id', 'uploader_id', 'speaker_id'))`);
  return ['members.id', ...found.map((row) => row.name)].sort();
}

const registered = () => t.app.memberData.areas().flatMap((area) => area.columns);
const kept = () => new Set(t.app.memberData.areas().flatMap((area) => area.keeps ?? []));

async function countNaming(column: string, memberId: string): Promise<number> {
  const [table, name] = column.split('.') as [string, string];
  const [row] = await rows<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(name)} = ${memberId}`,
  );
  return row?.n ?? 0;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  subject = await createMember(db, {
    name: 'Zdravka Footprintová',
    email: 'zdravka.footprint@example.org',
    handle: 'zdravka-footprint',
    profile: { headline: 'Uniquely-traceable headline', phone: '+387 61 424 242' },
  });
  other = await createMember(db, { name: 'Other Person' });
  await leaveFootprint(db, subject, other);
  await leaveNamedTraces();
  cookie = await t.signIn(subject.email, TEST_PASSWORD);
});
/**
 * What names the member without their id: the log's entries about their invitation, attendance
 * and flag (as older entries copied them), and a mail to someone else quoting them.
 */
async function leaveNamedTraces() {
  const s = subject.id;
  await t.database.db.execute(sql`
    update flags set reason = 'Uniquely-traceable reason' where member_id = ${s}`);
  await t.database.db.execute(sql`
    insert into audit_entries (actor_id, actor_name, action, target_type, target_id, target_label, details)
    select ${other.id}::uuid, 'Other Person', 'invitation.sent', 'invitation', id, email, '{"role":"member"}'::jsonb
      from invitations where accepted_by_id = ${s}
    union all
    select ${other.id}::uuid, 'Other Person', 'flag.resolved', 'flag', id, 'A thread',
           jsonb_build_object('flagReason', reason)
      from flags where member_id = ${s}
    union all
    select ${other.id}::uuid, 'Other Person', 'meetup.attendance_marked', 'meetup', null::uuid, 'A meetup',
           jsonb_build_object('memberId', ${s}::text, 'memberName', ${subject.name}::text)`);
  await t.database.db.execute(sql`
    insert into email_deliveries (member_id, address, purpose, subject, message)
    values (${other.id}, ${other.email}, 'notice', ${`${subject.name} sent you a message`},
            ${JSON.stringify({ to: other.email, text: `${subject.name}: call me` })}::jsonb)`);
}

afterAll(async () => {
  await t?.close();
});

/** The export job (kicked by the request, maybe running now) and its mail, done. */
async function prepared() {
  await t.app.jobs.idle();
  await t.app.jobs.runDue();
  await t.app.jobs.runDue();
}

describe('the tables that name a member', () => {
  it('each belongs to a registered data-rights area', async () => {
    const unhandled = (await memberColumns()).filter((column) => !registered().includes(column));
    expect(unhandled, 'columns naming a member that no area exports or erases').toEqual([]);
  });

  it('each has a row naming the member in the footprint the tests leave', async () => {
    const empty: string[] = [];
    for (const column of registered()) {
      if ((await countNaming(column, subject.id)) === 0) empty.push(column);
    }
    expect(empty, 'add a row for these to leaveFootprint').toEqual([]);
  });
});

describe('POST /api/account/exports', () => {
  it('prepares a zip holding every row that names the member, their files and meetups, and mails a link', async () => {
    const asked = await t.request({ method: 'POST', url: '/api/account/exports', cookie });
    expect(asked.statusCode).toBe(202);
    expect(asked.json().status).toBe('preparing');
    await prepared();
    const latest = await t.request({ method: 'GET', url: '/api/account/exports/latest', cookie });
    expect(latest.json().latest.status).toBe('ready');

    const download = await t.request({
      method: 'GET',
      url: `/api/account/exports/${asked.json().id}/download`,
      cookie,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(download.rawPayload));
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const [path, bytes] of Object.entries(zip)) {
      if (!path.endsWith('.json')) continue;
      for (const [table, list] of Object.entries(JSON.parse(strFromU8(bytes)))) {
        tables[table] = [...(tables[table] ?? []), ...(list as Record<string, unknown>[])];
      }
    }
    const missing: string[] = [];
    for (const column of registered()) {
      const [table, name] = column.split('.') as [string, string];
      const exported = (tables[table] ?? []).filter((row) => row[camel(name)] === subject.id);
      const stored = await countNaming(column, subject.id);
      if (exported.length !== stored) missing.push(`${column}: ${exported.length} of ${stored}`);
    }
    expect(missing).toEqual([]);
    expect(tables.members?.[0]?.headline).toBe('Uniquely-traceable headline');
    expect(JSON.stringify(tables)).not.toMatch(/passwordHash|tokenHash|argon2/);
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['picture/picture.webp', 'calendar/meetups.ics']),
    );
    expect(Object.keys(zip).some((path) => path.endsWith('-plan.pdf'))).toBe(true);
    expect(strFromU8(zip['calendar/meetups.ics'] ?? new Uint8Array())).toContain('BEGIN:VEVENT');

    const [mail] = await rows<{ subject: string; body_text: string }>(
      sql`select subject, body_text from outbox_emails where recipient = ${subject.email} and subject like '%download%'`,
    );
    expect(mail?.body_text).toContain('http://praxis.test/account/data');
  });
});

describe('deleting an account, then 30 days later', () => {
  it('leaves no personal data of the member in any table', async () => {
    const deleted = await t.request({
      method: 'POST',
      url: '/api/account/deletion',
      cookie,
      payload: { mode: 'erase_posts', password: TEST_PASSWORD },
    });
    expect(deleted.statusCode).toBe(200);
    // Not yet: the hard delete waits for the grace period.
    await t.app.jobs.runDue({ now: new Date(Date.now() + 29 * DAY_MS) });
    expect(await countNaming('cohort_memberships.member_id', subject.id)).toBe(1);

    await t.app.jobs.runDue({ now: new Date(Date.now() + 31 * DAY_MS) });
    const left: string[] = [];
    for (const column of registered()) {
      if (kept().has(column)) continue;
      const count = await countNaming(column, subject.id);
      if (count > 0) left.push(`${column}: ${count}`);
    }
    expect(left).toEqual([]);

    // Nothing that says who they were, anywhere in the database.
    const traces = ['zdravka', 'footprint', 'uniquely-traceable', '424 242'];
    const tables = await rows<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const found: string[] = [];
    for (const { name } of tables) {
      for (const trace of traces) {
        const [hit] = await rows<{ n: number }>(
          sql`select count(*)::int as n from ${sql.identifier(name)} r where lower(r::text) like ${`%${trace}%`}`,
        );
        if (hit?.n) found.push(`${name}: ${trace}`);
      }
    }
    expect(found).toEqual([]);
    // The threads they kept naming them have no text of theirs left.
    const [story] = await rows<{ body: string; n: number }>(
      sql`select string_agg(body_source, '') as body, count(*)::int as n from threads where author_id = ${subject.id}`,
    );
    expect(story).toEqual({ body: '', n: 1 });
  });
});
