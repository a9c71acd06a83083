import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { invitations } from '@praxis/db/schema/invitations';
import { members } from '@praxis/db/schema/members';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdentityProvider, startIdentityProvider } from '../../testing/identity-provider.ts';
import { createTestApp, sessionCookie, type TestApp } from '../../testing/test-app.ts';

let idp: IdentityProvider;
let t: TestApp;
beforeAll(async () => {
  idp = await startIdentityProvider({
    unverified: ['unverified@agency.example'],
    names: { 'nadia@agency.example': 'Nadia Hadžić' },
  });
  t = await createTestApp(idp.env);
  idp.trust(t.config.publicOrigin);
});
afterAll(async () => {
  await t?.close();
  await idp?.stop();
});

const flowCookieOf = (response: LightMyRequestResponse) =>
  String(response.headers['set-cookie']).split(';')[0] ?? '';

/** Starts sign-in as the SPA's button does and returns the flow cookie and the provider's URL. */
async function start(next?: string) {
  const response = await t.request({
    method: 'GET',
    url: `/api/auth/oidc/start${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  });
  expect(response.statusCode).toBe(303);
  return { cookie: flowCookieOf(response), location: String(response.headers.location) };
}

function finish(cookie: string, query: string) {
  return t.request({ method: 'POST', url: '/api/auth/oidc/callback', cookie, payload: { query } });
}

/** The whole round trip: Praxis, the provider's login form as `login`, and back. */
async function signInAs(login: string, next?: string) {
  const { cookie, location } = await start(next);
  return finish(cookie, await idp.signIn(location, login));
}

async function invite(email: string) {
  const organiser = await createMember(t.database.db, { role: 'organiser' });
  const response = await t.request({
    method: 'POST',
    url: '/api/invitations',
    cookie: await t.signIn(organiser.email, TEST_PASSWORD),
    payload: { email },
  });
  expect(response.statusCode).toBe(201);
}

describe('GET /api/auth/oidc', () => {
  it('tells the sign-in page the label of the button', async () => {
    const response = await t.request({ method: 'GET', url: '/api/auth/oidc' });
    expect(response.json()).toEqual({ enabled: true, buttonLabel: 'Sign in with Agency ID' });
  });

  it('gives no English label of its own when the operator set none', async () => {
    const { OIDC_BUTTON_LABEL: _label, ...unlabelled } = idp.env;
    const plain = await createTestApp(unlabelled);
    try {
      const options = await plain.request({ method: 'GET', url: '/api/auth/oidc' });
      expect(options.json()).toEqual({ enabled: true, buttonLabel: null });
    } finally {
      await plain.close();
    }
  });

  it('says there is no button when single sign-on is not configured', async () => {
    const plain = await createTestApp();
    try {
      const options = await plain.request({ method: 'GET', url: '/api/auth/oidc' });
      expect(options.json()).toEqual({ enabled: false, buttonLabel: null });
      const started = await plain.request({ method: 'GET', url: '/api/auth/oidc/start' });
      expect(started.statusCode).toBe(404);
      expect(started.json().error.message).toBe(
        'Single sign-on is not set up on this Praxis. Sign in with a password.',
      );
    } finally {
      await plain.close();
    }
  });
});

describe('GET /api/auth/oidc/start', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce, kept in an HttpOnly cookie', async () => {
    const response = await t.request({ method: 'GET', url: '/api/auth/oidc/start' });
    const url = new URL(String(response.headers.location));
    expect(`${url.origin}`).toBe(idp.issuer);
    expect(url.searchParams.get('client_id')).toBe('praxis');
    expect(url.searchParams.get('redirect_uri')).toBe('http://praxis.test/sso/callback');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(
      /^praxis_sso=[\w-]+\.[\w-]+; Path=\/; Max-Age=600; HttpOnly; SameSite=Lax$/,
    );
    expect(cookie).not.toContain(url.searchParams.get('nonce'));
  });
});

describe('POST /api/auth/oidc/callback', () => {
  it('accepts the open invitation of a verified e-mail: creates the account, signs it in, and remembers no password', async () => {
    await invite('nadia@agency.example');
    const response = await signInAs('nadia@agency.example', '/threads?kind=question');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      member: { email: 'nadia@agency.example', name: 'Nadia Hadžić', role: 'member' },
      joined: true,
      next: '/threads?kind=question',
    });
    const me = await t.request({
      method: 'GET',
      url: '/api/auth/me',
      cookie: sessionCookie(response),
    });
    expect(me.json().member.email).toBe('nadia@agency.example');
    const [invitation] = await t.database.db
      .select()
      .from(invitations)
      .where(eq(invitations.email, 'nadia@agency.example'));
    expect(invitation?.acceptedById).toBe(response.json().member.id);
    const password = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nadia@agency.example', password: TEST_PASSWORD },
    });
    expect(password.statusCode).toBe(401);
  });

  it('joins the cohort of a cohort invitation whose e-mail has not even gone out yet', async () => {
    const inviter = await createMember(t.database.db, { role: 'organiser' });
    const cohort = await createCohort(t.database.db);
    await t.database.db.insert(invitations).values({
      email: 'queued@agency.example',
      name: 'Quentin Queued',
      cohortId: cohort.id,
      invitedById: inviter.id,
      emailStatus: 'queued',
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const response = await signInAs('queued@agency.example');
    expect(response.json()).toMatchObject({
      member: { name: 'Quentin Queued' },
      joined: true,
      next: '/',
    });
    const memberships = await t.database.db
      .select()
      .from(cohortMemberships)
      .where(eq(cohortMemberships.memberId, response.json().member.id));
    expect(memberships.map((row) => row.cohortId)).toEqual([cohort.id]);
  });

  it('signs in an existing member, who can still sign in with their password', async () => {
    const member = await createMember(t.database.db, { email: 'existing@agency.example' });
    const response = await signInAs('existing@agency.example');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      member: {
        id: member.id,
        email: member.email,
        name: member.name,
        role: 'member',
        locale: null,
      },
      joined: false,
      next: '/',
    });
    expect(String(response.headers['set-cookie'])).toContain('praxis_session=');
    await expect(t.signIn(member.email, TEST_PASSWORD)).resolves.toMatch(/^praxis_session=/);
  });

  it('refuses a verified e-mail with no invitation, with 403 and a clear message, creating nothing', async () => {
    const response = await signInAs('stranger@elsewhere.example');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe(
      "Your organisation's sign-in worked, but stranger@elsewhere.example has no invitation to Praxis. Ask an organiser to invite you.",
    );
    expect(String(response.headers['set-cookie'])).not.toContain('praxis_session=');
    const created = await t.database.db
      .select()
      .from(members)
      .where(eq(members.email, 'stranger@elsewhere.example'));
    expect(created).toEqual([]);
  });

  it('refuses an e-mail the provider has not verified, even with an invitation', async () => {
    await invite('unverified@agency.example');
    const response = await signInAs('unverified@agency.example');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe(
      "Your organisation's sign-in has not verified that unverified@agency.example is yours, so Praxis cannot let you in with it. Ask your organisation to verify the address, or sign in with your password.",
    );
  });

  it('refuses a deactivated member', async () => {
    await createMember(t.database.db, { email: 'gone@agency.example', deactivated: true });
    const response = await signInAs('gone@agency.example');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe(
      'This account has been deactivated. Ask an organiser if you think this is a mistake.',
    );
  });

  it('returns 400 when the state was tampered with, and the flow cannot be used again', async () => {
    await createMember(t.database.db, { email: 'tampered@agency.example' });
    const { cookie, location } = await start();
    const answer = new URLSearchParams(await idp.signIn(location, 'tampered@agency.example'));
    answer.set('state', `${answer.get('state')?.slice(0, -2)}xx`);
    const response = await finish(cookie, answer.toString());
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'The answer from your organisation does not belong to this sign-in. Start again from the sign-in page.',
    );
    expect(String(response.headers['set-cookie'])).toContain('praxis_sso=; Path=/; Max-Age=0');
    expect(String(response.headers['set-cookie'])).not.toContain('praxis_session=');
  });

  it('returns 400 for an answer brought back without the cookie of its flow, or with a forged one', async () => {
    await createMember(t.database.db, { email: 'forged@agency.example' });
    const { cookie, location } = await start();
    const answer = await idp.signIn(location, 'forged@agency.example');
    const message =
      'This sign-in was not started in this browser, or it took longer than 10 minutes. Start again from the sign-in page.';
    const without = await finish('', answer);
    expect(without.statusCode).toBe(400);
    expect(without.json().error.message).toBe(message);
    const [body = '', mac = ''] = cookie.replace('praxis_sso=', '').split('.');
    const flow = JSON.parse(Buffer.from(body, 'base64url').toString());
    const forgedBody = Buffer.from(JSON.stringify({ ...flow, next: '/account' })).toString(
      'base64url',
    );
    const forged = await finish(`praxis_sso=${forgedBody}.${mac}`, answer);
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.message).toBe(message);
  });

  it('never sends the member off-site after signing in', async () => {
    await createMember(t.database.db, { email: 'redirected@agency.example' });
    for (const next of [
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      '/.//evil.example',
    ]) {
      const response = await signInAs('redirected@agency.example', next);
      expect(response.json().next).toBe('/');
    }
  });
});
