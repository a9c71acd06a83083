import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
type Created = Awaited<ReturnType<typeof createMember>>;
let admin: Created;
let adminCookie: string;
let otherCookie: string;

const DAY_MS = 24 * 60 * 60 * 1000;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function memberWithCookie(overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  return { member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

async function threadBy(cookie: string, title: string): Promise<string> {
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie,
    payload: { kind: 'discussion', title, body: `${title}, as I wrote it` },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const deleteOwn = (cookie: string | undefined, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/account/deletion', cookie, payload });

beforeAll(async () => {
  t = await createTestApp();
  admin = await createMember(t.database.db, { role: 'admin', name: 'Ada Admin' });
  adminCookie = await t.signIn(admin.email, TEST_PASSWORD);
  otherCookie = (await memberWithCookie()).cookie;
});
afterAll(async () => {
  await t?.close();
});

/** The export job (kicked by the request, maybe running now) and its mail, done. */
async function prepared() {
  await t.app.jobs.idle();
  await t.app.jobs.runDue();
  await t.app.jobs.runDue();
}

describe('POST /api/account/deletion', () => {
  it('asks anonymous callers to sign in', async () => {
    const response = await deleteOwn(undefined, { mode: 'keep_posts', password: 'x' });
    expect(response.statusCode).toBe(401);
  });

  it('refuses an unknown choice about posts, and a wrong password, deleting nothing', async () => {
    const { member, cookie } = await memberWithCookie();
    const badMode = await deleteOwn(cookie, { mode: 'keep_some', password: TEST_PASSWORD });
    expect(badMode.statusCode).toBe(400);
    expect(badMode.json().error.fields.mode).toBe(
      'Choose whether to keep your posts or erase them.',
    );
    const wrong = await deleteOwn(cookie, { mode: 'keep_posts', password: 'not my password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.password).toBe('Enter your current password.');
    const [row] = await rows<{ deleted_at: Date | null }>(
      sql`select deleted_at from members where id = ${member.id}`,
    );
    expect(row?.deleted_at).toBeNull();
    const profile = await t.request({ method: 'GET', url: '/api/profile', cookie });
    expect(profile.statusCode).toBe(200);
  });

  it('signs out at once, refuses sign-in, hides the member and shows kept posts as a former member’s', async () => {
    const { member, cookie } = await memberWithCookie({ handle: 'leaving-lena' });
    const threadId = await threadBy(cookie, 'Kept after I leave');
    const response = await deleteOwn(cookie, { mode: 'keep_posts', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    const erasesAt = Date.parse(response.json().erasesAt);
    expect(erasesAt - Date.now()).toBeGreaterThan(29 * DAY_MS);
    expect(String(response.headers['set-cookie'])).toMatch(/praxis_session=;/);

    expect((await t.request({ method: 'GET', url: '/api/profile', cookie })).statusCode).toBe(401);
    const signIn = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password: TEST_PASSWORD },
    });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json().error.message).toMatch(/^This account has been deleted/);
    const profile = await t.request({
      method: 'GET',
      url: '/api/members/leaving-lena',
      cookie: adminCookie,
    });
    expect(profile.statusCode).toBe(404);
    const thread = await t.request({
      method: 'GET',
      url: `/api/threads/${threadId}`,
      cookie: otherCookie,
    });
    expect(thread.statusCode).toBe(200);
    expect(thread.json().author).toEqual({
      id: member.id,
      handle: '',
      name: '',
      role: 'member',
      avatar: null,
      former: true,
    });
    expect(thread.json().bodySource).toBe('Kept after I leave, as I wrote it');
  });
});

describe('POST /api/members/:handle/deletion', () => {
  it('is for admins only', async () => {
    const { member } = await memberWithCookie();
    const response = await t.request({
      method: 'POST',
      url: `/api/members/${member.handle}/deletion`,
      cookie: otherCookie,
      payload: { mode: 'erase_posts' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('deletes the account as the member could, erasing posts, with the reason in the audit log', async () => {
    const { member, cookie } = await memberWithCookie();
    const threadId = await threadBy(cookie, 'Nobody answered this');
    const response = await t.request({
      method: 'POST',
      url: `/api/members/${member.handle}/deletion`,
      cookie: adminCookie,
      payload: { mode: 'erase_posts', reason: 'Asked by e-mail' },
    });
    expect(response.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/profile', cookie })).statusCode).toBe(401);
    const thread = await t.request({
      method: 'GET',
      url: `/api/threads/${threadId}`,
      cookie: otherCookie,
    });
    expect(thread.statusCode).toBe(404);
    const [entry] = await rows<{ action: string; actor_id: string; reason: string }>(
      sql`select action, actor_id, reason from audit_entries where target_id = ${member.id}`,
    );
    expect(entry).toEqual({
      action: 'member.erased',
      actor_id: admin.id,
      reason: 'Asked by e-mail',
    });
    const again = await t.request({
      method: 'POST',
      url: `/api/members/${member.handle}/deletion`,
      cookie: adminCookie,
      payload: { mode: 'erase_posts' },
    });
    expect(again.statusCode).toBe(404);
  });
});

describe('data exports', () => {
  it('are downloaded by their own member only, and expire', async () => {
    const { cookie } = await memberWithCookie();
    const asked = await t.request({ method: 'POST', url: '/api/account/exports', cookie });
    await prepared();
    const url = `/api/account/exports/${asked.json().id}/download`;
    expect((await t.request({ method: 'GET', url, cookie })).statusCode).toBe(200);
    const stranger = await t.request({ method: 'GET', url, cookie: otherCookie });
    expect(stranger.statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url, cookie: adminCookie })).statusCode).toBe(404);

    await t.database.db.execute(
      sql`update member_data_exports set expires_at = now() - interval '1 minute' where id = ${asked.json().id}`,
    );
    const gone = await t.request({ method: 'GET', url, cookie });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.message).toBe(
      "This download does not exist or has expired. Ask for a new one on your account's data page.",
    );
    const latest = await t.request({ method: 'GET', url: '/api/account/exports/latest', cookie });
    expect(latest.json().latest).toMatchObject({ id: asked.json().id, status: 'expired' });
    const [stored] = await rows<{ content: unknown }>(
      sql`select content from member_data_exports where id = ${asked.json().id}`,
    );
    expect(stored?.content).toBeNull();
  });

  it('keep one zip per member, a new copy replacing the last, and a few an hour', async () => {
    const { cookie } = await memberWithCookie();
    const ask = () => t.request({ method: 'POST', url: '/api/account/exports', cookie });
    const first = await ask();
    await prepared();
    const second = await ask();
    await prepared();
    const zips = await rows<{ id: string; status: string; has_zip: boolean }>(
      sql`select id, status, content is not null as has_zip from member_data_exports
          where id in (${first.json().id}, ${second.json().id}) order by requested_at`,
    );
    expect(zips.map(({ status, has_zip }) => [status, has_zip])).toEqual([
      ['expired', false],
      ['ready', true],
    ]);
    expect((await ask()).statusCode).toBe(202);
    await prepared();
    const refused = await ask();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/^Too many copies of your data asked for/);
  });

  it('are prepared by an admin for a member, audited, and downloaded by the member alone', async () => {
    const { member, cookie } = await memberWithCookie();
    const forbidden = await t.request({
      method: 'POST',
      url: `/api/members/${member.handle}/exports`,
      cookie: otherCookie,
    });
    expect(forbidden.statusCode).toBe(403);
    const asked = await t.request({
      method: 'POST',
      url: `/api/members/${member.handle}/exports`,
      cookie: adminCookie,
    });
    expect(asked.statusCode).toBe(202);
    await prepared();
    const url = `/api/account/exports/${asked.json().id}/download`;
    expect((await t.request({ method: 'GET', url, cookie: adminCookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url, cookie })).statusCode).toBe(200);
    const [entry] = await rows<{ action: string }>(
      sql`select action from audit_entries where target_id = ${member.id}`,
    );
    expect(entry?.action).toBe('member.data_exported');
  });

  it('say an export still not ready after its retries failed, and let the member ask again', async () => {
    const { cookie } = await memberWithCookie();
    const asked = await t.request({ method: 'POST', url: '/api/account/exports', cookie });
    // As if every attempt had failed: the job is over and the export never became ready.
    await t.app.jobs.idle();
    await t.database.db.execute(
      sql`update member_data_exports set status = 'preparing', content = null,
          requested_at = now() - interval '2 hours' where id = ${asked.json().id}`,
    );
    const latest = await t.request({ method: 'GET', url: '/api/account/exports/latest', cookie });
    expect(latest.json().latest).toMatchObject({ id: asked.json().id, status: 'failed' });
    const again = await t.request({ method: 'POST', url: '/api/account/exports', cookie });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ status: 'preparing' });
    expect(again.json().id).not.toBe(asked.json().id);
  });

  it('refuses a malformed export id with 400', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/account/exports/not-an-id/download',
      cookie: otherCookie,
    });
    expect(response.statusCode).toBe(400);
  });
});
