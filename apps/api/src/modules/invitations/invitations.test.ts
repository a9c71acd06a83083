import { invitations } from '@praxis/db/schema/invitations';
import { members } from '@praxis/db/schema/members';
import { outboxEmails } from '@praxis/db/schema/outbox';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../../testing/test-app.ts';
import { queueLeftoverInvitationEmails } from './invitations.jobs.ts';

let t: TestApp;
let organiser: string;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  const organiserMember = await createMember(t.database.db, {
    role: 'organiser',
    name: 'Olga Organiser',
  });
  const adminMember = await createMember(t.database.db, { role: 'admin' });
  organiser = await t.signIn(organiserMember.email, TEST_PASSWORD);
  admin = await t.signIn(adminMember.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

async function invite(cookie: string, payload: Record<string, unknown>) {
  return t.request({ method: 'POST', url: '/api/invitations', cookie, payload });
}
const tokenFrom = (url: string) => url.split('/invite/')[1] ?? '';

describe('POST /api/invitations', () => {
  it('lets an organiser invite a member: a link is returned and e-mailed (to the outbox without SMTP)', async () => {
    const response = await invite(organiser, { email: 'New.Person@Agency.example' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      email: 'new.person@agency.example',
      role: 'member',
      status: 'pending',
      invitedBy: 'Olga Organiser',
      emailSent: true,
    });
    expect(body.url).toMatch(/^http:\/\/praxis\.test\/invite\/[\w-]{43}$/);
    const [mail] = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.recipient, 'new.person@agency.example'));
    expect(mail?.bodyText).toContain(body.url);
    const [stored] = await t.database.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, body.id));
    expect(stored?.tokenHash).not.toContain(tokenFrom(body.url));
  });

  it('refuses members (403), and organisers inviting organisers (403)', async () => {
    const member = await createMember(t.database.db);
    const memberCookie = await t.signIn(member.email, TEST_PASSWORD);
    expect((await invite(memberCookie, { email: 'x@example.org' })).statusCode).toBe(403);
    const escalation = await invite(organiser, { email: 'x@example.org', role: 'organiser' });
    expect(escalation.statusCode).toBe(403);
    expect(escalation.json().error.message).toMatch(/Only admins/);
    expect((await invite(admin, { email: 'x@example.org', role: 'organiser' })).statusCode).toBe(
      201,
    );
  });

  it('refuses without a session (401) and an address that is already a member (409)', async () => {
    expect(
      (await t.request({ method: 'POST', url: '/api/invitations', payload: { email: 'a@b.org' } }))
        .statusCode,
    ).toBe(401);
    const existing = await createMember(t.database.db);
    const response = await invite(organiser, { email: existing.email });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields).toHaveProperty('email');
  });

  it('refuses an invalid address or role with 400', async () => {
    const response = await invite(admin, { email: 'not an address', role: 'king' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['email', 'role']);
  });
});

describe('accepting an invitation', () => {
  it('shows what the link is for, creates the account, signs in, and works only once', async () => {
    const { url } = (await invite(organiser, { email: 'amra@agency.example' })).json();
    const token = tokenFrom(url);
    const preview = await t.request({ method: 'GET', url: `/api/invitations/${token}` });
    expect(preview.json()).toMatchObject({
      email: 'amra@agency.example',
      role: 'member',
      invitedBy: 'Olga Organiser',
    });

    const accepted = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Amra Hadžić', password: 'a good long passphrase' },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().member).toMatchObject({
      email: 'amra@agency.example',
      name: 'Amra Hadžić',
      role: 'member',
    });
    const me = await t.request({
      method: 'GET',
      url: '/api/auth/me',
      cookie: sessionCookie(accepted),
    });
    expect(me.json().member.email).toBe('amra@agency.example');

    const again = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Someone Else', password: 'another long passphrase' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already been used/);
  });

  it('leaves no account and keeps the invitation open when the password is refused', async () => {
    const { url } = (await invite(organiser, { email: 'emir@agency.example' })).json();
    const token = tokenFrom(url);
    const refused = await t.request({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Emir Begić', password: 'emir@agency.example' },
    });
    expect(refused.statusCode).toBe(400);
    const rows = await t.database.db
      .select()
      .from(members)
      .where(eq(members.email, 'emir@agency.example'));
    expect(rows).toHaveLength(0);
    expect((await t.request({ method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(
      200,
    );
  });

  it('refuses an expired link and a link replaced by a newer invitation with 404 and a reason', async () => {
    const first = (await invite(organiser, { email: 'lejla@agency.example' })).json();
    const second = (await invite(organiser, { email: 'lejla@agency.example' })).json();
    const replaced = await t.request({
      method: 'GET',
      url: `/api/invitations/${tokenFrom(first.url)}`,
    });
    expect(replaced.statusCode).toBe(404);
    expect(replaced.json().error.message).toMatch(/withdrawn or replaced/);

    await t.database.db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(invitations.id, second.id));
    const expired = await t.request({
      method: 'POST',
      url: `/api/invitations/${tokenFrom(second.url)}/accept`,
      payload: { name: 'Lejla Delić', password: 'a good long passphrase' },
    });
    expect(expired.statusCode).toBe(404);
    expect(expired.json().error.message).toMatch(/expired/);
  });

  it('refuses a name with a NUL character with 400 and leaves the invitation open', async () => {
    const created = (await invite(admin, { email: 'nul@agency.example' })).json();
    const response = await t.request({
      method: 'POST',
      url: `/api/invitations/${tokenFrom(created.url)}/accept`,
      payload: { name: 'Amra\u0000Hadžić', password: 'a good long passphrase' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.name).toMatch(/control characters/);
    const preview = await t.request({
      method: 'GET',
      url: `/api/invitations/${tokenFrom(created.url)}`,
    });
    expect(preview.statusCode).toBe(200);
  });

  it('answers an unknown token with 404', async () => {
    const response = await t.request({ method: 'GET', url: `/api/invitations/${'x'.repeat(43)}` });
    expect(response.statusCode).toBe(404);
  });
});

describe('GET /api/invitations', () => {
  it('pages through invitations newest first with a cursor, without repeats', async () => {
    for (let index = 0; index < 5; index += 1) {
      await invite(admin, { email: `paged${index}@agency.example` });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const response = await t.request({
        method: 'GET',
        url: `/api/invitations?limit=2${query}`,
        cookie: organiser,
      });
      expect(response.statusCode).toBe(200);
      const page = response.json();
      expect(page.invitations.length).toBeLessThanOrEqual(2);
      seen.push(...page.invitations.map((invitation: { id: string }) => invitation.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await t.database.db.select({ id: invitations.id }).from(invitations);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(all.map((row) => row.id).sort());
  });

  it('is for organisers and admins only, and rejects a forged cursor with 400', async () => {
    const member = await createMember(t.database.db);
    const memberCookie = await t.signIn(member.email, TEST_PASSWORD);
    expect(
      (await t.request({ method: 'GET', url: '/api/invitations', cookie: memberCookie }))
        .statusCode,
    ).toBe(403);
    const forgeries = [
      'nope',
      `2026-01-01T00:00:00.000Z|${'-'.repeat(36)}`,
      `-271821-04-20T00:00:00.000Z|00000000-0000-4000-8000-000000000000`,
    ];
    for (const forgery of forgeries) {
      const cursor = Buffer.from(forgery).toString('base64url');
      const forged = await t.request({
        method: 'GET',
        url: `/api/invitations?cursor=${cursor}`,
        cookie: admin,
      });
      expect(forged.statusCode, forgery).toBe(400);
    }
  });
});

describe('invitation e-mails queued before the job runner', () => {
  it('are queued as jobs once, at start-up, and sent', async () => {
    const inviter = await createMember(t.database.db, { role: 'organiser' });
    // As the delivery poller the job runner replaced left it: its schedule on the row.
    const [leftover] = await t.database.db
      .insert(invitations)
      .values({
        email: 'leftover@agency.example',
        invitedById: inviter.id,
        emailStatus: 'queued',
        emailNextAttemptAt: sql`now()`,
        expiresAt: new Date(Date.now() + 86_400_000),
      })
      .returning({ id: invitations.id });
    await queueLeftoverInvitationEmails(t.database.db);
    await queueLeftoverInvitationEmails(t.database.db);
    await t.app.jobs.kick();
    const mails = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.recipient, 'leftover@agency.example'));
    expect(mails).toHaveLength(1);
    const [row] = await t.database.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, leftover?.id ?? ''));
    expect(row).toMatchObject({ emailStatus: 'sent', emailAttempts: 1, emailNextAttemptAt: null });
  });
});
