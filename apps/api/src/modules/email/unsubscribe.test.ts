import { randomUUID } from 'node:crypto';
import { emailPreferences } from '@praxis/db/schema/email';
import { createMember } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sign } from '../../lib/signing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { listHeaders } from './mail-headers.ts';
import type { Unsubscribable } from './topics.ts';
import { unsubscribeToken } from './unsubscribe-tokens.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** What the member chose, as stored: topic → mode. */
async function stored(memberId: string) {
  const rows = await t.database.db
    .select()
    .from(emailPreferences)
    .where(eq(emailPreferences.memberId, memberId));
  return Object.fromEntries(rows.map((row) => [row.topic, row.mode]));
}

/** A POST as a mail provider's one-click button sends it: no cookie, no Origin, a form body. */
const oneClick = (url: string) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'List-Unsubscribe=One-Click',
  });

const memberWithToken = async (topic: Unsubscribable) => {
  const member = await createMember(t.database.db, {
    email: `amra.${randomUUID().slice(0, 8)}@agency.example`,
  });
  return { member, token: await unsubscribeToken(t.database.db, member.id, topic) };
};

describe('POST /api/email/unsubscribe (one click)', () => {
  it("turns off exactly the link's topic, with no cookie and no Origin, from the List-Unsubscribe header's URL", async () => {
    const member = await createMember(t.database.db, { email: 'amra.hadzic@agency.example' });
    const { headers } = await listHeaders(t.database.db, {
      publicOrigin: t.config.publicOrigin,
      mail: t.config.mail,
      memberId: member.id,
      topic: 'mentions',
    });
    const url = headers['List-Unsubscribe'].match(/<(https?:[^>]+)>/)?.[1] ?? '';
    const response = await oneClick(url.replace(t.config.publicOrigin, ''));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ topic: 'mentions', address: 'am•••@agency.example' });
    expect(await stored(member.id)).toEqual({ mentions: 'off' });
  });

  it('answers the same again when posted twice, and changes nothing more', async () => {
    const { member, token } = await memberWithToken('advice');
    const first = await oneClick(`/api/email/unsubscribe?token=${token}`);
    const second = await oneClick(`/api/email/unsubscribe?token=${token}`);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(await stored(member.id)).toEqual({ advice: 'off' });
  });

  it('turns the weekly digest off for a digest link', async () => {
    const { member, token } = await memberWithToken('weekly_digest');
    const response = await oneClick(`/api/email/unsubscribe?token=${token}`);
    expect(response.json().topic).toBe('weekly_digest');
    expect(await stored(member.id)).toEqual({ weekly_digest: 'off' });
  });

  it('turns off every topic now in the daily summary for a summary link, and no other', async () => {
    const { member, token } = await memberWithToken('daily_summary');
    await t.database.db
      .insert(emailPreferences)
      .values({ memberId: member.id, topic: 'mentions', mode: 'daily' });
    await oneClick(`/api/email/unsubscribe?token=${token}`);
    expect(await stored(member.id)).toEqual({
      mentions: 'off',
      followed_thread_replies: 'off',
      meetup_news: 'off',
      practice: 'off',
    });
  });

  it('accepts an empty POST, and a JSON one, from the Praxis page', async () => {
    const { member, token } = await memberWithToken('direct_messages');
    const empty = await t.request({ method: 'POST', url: `/api/email/unsubscribe?token=${token}` });
    expect(empty.statusCode).toBe(200);
    const json = await t.request({
      method: 'POST',
      url: `/api/email/unsubscribe?token=${token}`,
      payload: {},
    });
    expect(json.statusCode).toBe(200);
    const multipart = await t.app.inject({
      method: 'POST',
      url: `/api/email/unsubscribe?token=${token}`,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload:
        '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
    });
    expect(multipart.statusCode).toBe(200);
    expect(await stored(member.id)).toEqual({ direct_messages: 'off' });
  });

  it('leaves the Origin check to every other route: a preferences change with no Origin is refused', async () => {
    const member = await createMember(t.database.db);
    const cookie = await t.signIn(member.email, member.password);
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/email/preferences',
      headers: { cookie },
      payload: { topics: { mentions: 'off' } },
    });
    expect(response.statusCode).toBe(403);
    expect(await stored(member.id)).toEqual({});
  });

  it("acts on the token's member even when someone else's session cookie comes along", async () => {
    const { member, token } = await memberWithToken('meetup_news');
    const other = await createMember(t.database.db);
    const cookie = await t.signIn(other.email, other.password);
    const response = await t.request({
      method: 'POST',
      url: `/api/email/unsubscribe?token=${token}`,
      cookie,
    });
    expect(response.statusCode).toBe(200);
    expect(await stored(member.id)).toEqual({ meetup_news: 'off' });
    expect(await stored(other.id)).toEqual({});
  });

  it('returns 400 with what to do for a forged or altered token, and changes nothing', async () => {
    const { member, token } = await memberWithToken('mentions');
    const other = await createMember(t.database.db);
    // The same topic for another member, with the first member's MAC: what a forger would try.
    const forged =
      (await unsubscribeToken(t.database.db, other.id, 'mentions')).slice(0, 22) + token.slice(22);
    const flipped = `${token.slice(0, 30)}${token[30] === 'A' ? 'B' : 'A'}${token.slice(31)}`;
    for (const bad of [forged, flipped, 'x'.repeat(44)]) {
      const response = await oneClick(`/api/email/unsubscribe?token=${bad}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toBe(
        'This unsubscribe link is not valid: part of it is missing or was changed. Open the link from the e-mail again, or sign in and choose what Praxis mails you in E-mail settings, in the account menu.',
      );
    }
    const cut = await oneClick(`/api/email/unsubscribe?token=${token.slice(0, 10)}`);
    expect(cut.statusCode).toBe(400);
    expect(cut.json().error.message).toBe(
      'This unsubscribe link is incomplete; use the whole link from the e-mail.',
    );
    expect(await stored(member.id)).toEqual({});
    expect(await stored(other.id)).toEqual({});
  });

  it('refuses a token signed for another purpose', async () => {
    const { member } = await memberWithToken('mentions');
    const token = await sign(
      t.database.db,
      'other-purpose',
      Buffer.concat([Buffer.from(member.id.replaceAll('-', ''), 'hex'), Buffer.from([2])]),
    );
    expect((await oneClick(`/api/email/unsubscribe?token=${token}`)).statusCode).toBe(400);
    expect(await stored(member.id)).toEqual({});
  });
});

describe('GET /api/email/unsubscribe', () => {
  it('redirects (303) to the page that asks first, and changes nothing', async () => {
    const { member, token } = await memberWithToken('mentions');
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/email/unsubscribe?token=${token}`,
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/unsubscribe?token=${token}`);
    expect(await stored(member.id)).toEqual({});
  });
});

describe('GET /api/email/unsubscribe/preview', () => {
  it('says what the link would stop, for whom, and whether it is off already, without stopping it', async () => {
    const { member, token } = await memberWithToken('followed_thread_replies');
    const url = `/api/email/unsubscribe/preview?token=${token}`;
    const before = await t.app.inject({ method: 'GET', url });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({
      topic: 'followed_thread_replies',
      address: 'am•••@agency.example',
      topics: ['followed_thread_replies'],
      alreadyOff: false,
    });
    expect(await stored(member.id)).toEqual({});
    await oneClick(`/api/email/unsubscribe?token=${token}`);
    expect((await t.app.inject({ method: 'GET', url })).json().alreadyOff).toBe(true);
  });

  it('names the topics of the daily summary for a summary link', async () => {
    const { token } = await memberWithToken('daily_summary');
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/email/unsubscribe/preview?token=${token}`,
    });
    expect(response.json().topics).toEqual(['followed_thread_replies', 'meetup_news', 'practice']);
  });

  it('returns 400 for a token the server did not sign', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/email/unsubscribe/preview?token=${'A'.repeat(44)}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ token: 'Not a link from a Praxis e-mail.' });
  });
});
