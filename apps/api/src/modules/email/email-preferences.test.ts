import { PushTopic } from '@praxis/contracts/email';
import { emailAddressHealth } from '@praxis/db/schema/email';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function signedIn(role: 'member' | 'organiser' | 'admin' = 'member') {
  const member = await createMember(t.database.db, { role });
  return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

const preferences = (cookie: string) =>
  t.request({ method: 'GET', url: '/api/email/preferences', cookie });
const change = (cookie: string, payload: unknown) =>
  t.request({ method: 'PATCH', url: '/api/email/preferences', cookie, payload: payload as object });

describe('GET /api/email/preferences', () => {
  it('gives a member the defaults: instant for their own threads, mentions, advice and direct messages; daily for followed threads, meetup news, lessons and pilots; no flags; the digest on', async () => {
    const member = await signedIn();
    const response = await preferences(member.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      topics: {
        own_thread_replies: 'instant',
        followed_thread_replies: 'daily',
        mentions: 'instant',
        advice: 'instant',
        direct_messages: 'instant',
        meetup_news: 'daily',
        flags: 'off',
        practice: 'daily',
      },
      weeklyDigest: true,
      // Every push topic is on until the member turns it off.
      push: Object.fromEntries(PushTopic.options.map((topic) => [topic, true])),
      address: member.email,
      bounced: null,
    });
  });

  it.each(['organiser', 'admin'] as const)('mails flags at once to an %s', async (role) => {
    const reviewer = await signedIn(role);
    expect((await preferences(reviewer.cookie)).json().topics.flags).toBe('instant');
  });

  it('returns 401 asking to sign in without a session', async () => {
    const response = await t.request({ method: 'GET', url: '/api/email/preferences' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe('Sign in to continue.');
  });
});

describe('PATCH /api/email/preferences', () => {
  it('keeps what the member chose, leaves the other topics as they were, and says so on the next read', async () => {
    const member = await signedIn();
    const response = await change(member.cookie, {
      topics: { mentions: 'daily', meetup_news: 'off' },
      weeklyDigest: false,
    });
    expect(response.statusCode).toBe(200);
    const read = (await preferences(member.cookie)).json();
    expect(read).toEqual(response.json());
    expect(read.topics).toMatchObject({
      mentions: 'daily',
      meetup_news: 'off',
      own_thread_replies: 'instant',
      followed_thread_replies: 'daily',
    });
    expect(read.weeklyDigest).toBe(false);

    await change(member.cookie, { weeklyDigest: true });
    const again = (await preferences(member.cookie)).json();
    expect(again.weeklyDigest).toBe(true);
    expect(again.topics.mentions).toBe('daily');
  });

  it("changes only the signed-in member's choices", async () => {
    const member = await signedIn();
    const other = await signedIn();
    await change(member.cookie, { topics: { direct_messages: 'off' } });
    expect((await preferences(other.cookie)).json().topics.direct_messages).toBe('instant');
  });

  it('returns 403 and changes nothing when a member sets how flags are mailed', async () => {
    const member = await signedIn();
    const response = await change(member.cookie, { topics: { flags: 'instant', mentions: 'off' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({
      code: 'forbidden',
      message:
        'Only organisers and admins review flagged posts, so only they can choose how flags are mailed.',
      fields: { 'topics.flags': 'Not yours to choose.' },
    });
    const read = (await preferences(member.cookie)).json();
    expect(read.topics).toMatchObject({ flags: 'off', mentions: 'instant' });
  });

  it('turns a topic off for push and leaves its e-mail as it was, and the other way round', async () => {
    const member = await signedIn();
    const pushOff = await change(member.cookie, { push: { mentions: false } });
    expect(pushOff.statusCode, pushOff.body).toBe(200);
    expect(pushOff.json()).toMatchObject({
      topics: { mentions: 'instant' },
      push: { mentions: false, direct_messages: true },
    });
    const mailOff = await change(member.cookie, { topics: { direct_messages: 'off' } });
    expect(mailOff.json()).toMatchObject({
      topics: { direct_messages: 'off', mentions: 'instant' },
      push: { mentions: false, direct_messages: true },
    });
  });

  it('lets an organiser turn flags to the daily summary', async () => {
    const organiser = await signedIn('organiser');
    const response = await change(organiser.cookie, { topics: { flags: 'daily' } });
    expect(response.statusCode).toBe(200);
    expect(response.json().topics.flags).toBe('daily');
  });

  it.each([
    [
      'an unknown topic',
      { topics: { birthdays: 'instant' } },
      'Not an e-mail topic: birthdays. The topics are own_thread_replies, followed_thread_replies, mentions, advice, direct_messages, meetup_news, flags, practice.',
    ],
    ['an unknown mode', { topics: { mentions: 'hourly' } }, 'Choose instant, daily or off.'],
    [
      'a digest that is not true or false',
      { weeklyDigest: 'yes' },
      'Say true or false: whether to get the weekly digest.',
    ],
    [
      'a field that cannot be changed',
      { address: 'new@example.org' },
      'Only topics, weeklyDigest and push can be changed, not address.',
    ],
    [
      'a push choice that is not true or false',
      { push: { mentions: 'off' } },
      'Say true or false: whether to get this topic as push notifications.',
    ],
    [
      'a topic that is never pushed',
      { push: { flags: true } },
      'Not an e-mail topic: flags. The topics are direct_messages, mentions, advice, meetup_news, practice.',
    ],
    [
      'topics that are not an object',
      { topics: 'all' },
      'Send topics as an object of topic and mode, such as {"mentions": "daily"}.',
    ],
  ])('returns 400 saying what is wrong for %s, and changes nothing', async (_, body, message) => {
    const member = await signedIn();
    const before = (await preferences(member.cookie)).json();
    const response = await change(member.cookie, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(message);
    expect((await preferences(member.cookie)).json()).toEqual(before);
  });
});

describe('POST /api/email/preferences/retry-address', () => {
  it('shows a hard bounce of the current address, and clears it when the member says it is fixed', async () => {
    const member = await signedIn();
    const bouncedAt = new Date('2026-11-02T08:00:00.000Z');
    await t.database.db.insert(emailAddressHealth).values({
      address: member.email,
      hardBouncedAt: bouncedAt,
      softBounces: 2,
      lastBounce: '550 5.1.1 mailbox unavailable',
      lastBouncedAt: bouncedAt,
    });
    expect((await preferences(member.cookie)).json().bounced).toEqual({
      at: bouncedAt.toISOString(),
      reason: '550 5.1.1 mailbox unavailable',
    });

    const response = await t.request({
      method: 'POST',
      url: '/api/email/preferences/retry-address',
      cookie: member.cookie,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().bounced).toBeNull();
    expect((await preferences(member.cookie)).json().bounced).toBeNull();
  });

  it("leaves other addresses' bounces alone", async () => {
    const member = await signedIn();
    const other = await createMember(t.database.db);
    await t.database.db
      .insert(emailAddressHealth)
      .values({ address: other.email, hardBouncedAt: new Date(), lastBounce: '550 gone' });
    await t.request({
      method: 'POST',
      url: '/api/email/preferences/retry-address',
      cookie: member.cookie,
    });
    const admin = await signedIn('admin');
    const list = (
      await t.request({ method: 'GET', url: '/api/admin/email/bounces', cookie: admin.cookie })
    ).json();
    expect(list.addresses).toContainEqual(
      expect.objectContaining({ address: other.email, hard: true }),
    );
  });
});

describe('GET /api/admin/email/bounces', () => {
  it('lists hard and soft bounces, the latest first, page by page, with whose address each is', async () => {
    const owner = await createMember(t.database.db, { name: 'Amra Hadžić' });
    const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 12, minute));
    await t.database.db.insert(emailAddressHealth).values([
      {
        address: owner.email,
        hardBouncedAt: at(1),
        lastBounce: '550 no such user',
        lastBouncedAt: at(1),
      },
      {
        address: 'gone@former.example',
        softBounces: 3,
        lastBounce: '452 mailbox full',
        lastBouncedAt: at(3),
      },
      { address: 'fixed@agency.example', softBounces: 0, lastBouncedAt: at(2) },
    ]);
    const admin = await signedIn('admin');
    const first = (
      await t.request({
        method: 'GET',
        url: '/api/admin/email/bounces?limit=1',
        cookie: admin.cookie,
      })
    ).json();
    expect(first.addresses).toEqual([
      {
        address: 'gone@former.example',
        member: null,
        hard: false,
        softBounces: 3,
        lastBounce: '452 mailbox full',
        lastBouncedAt: at(3).toISOString(),
      },
    ]);
    const second = (
      await t.request({
        method: 'GET',
        url: `/api/admin/email/bounces?limit=1&cursor=${first.nextCursor}`,
        cookie: admin.cookie,
      })
    ).json();
    // The address whose bounces were cleared is not listed.
    expect(second.addresses).toEqual([
      {
        address: owner.email,
        member: { handle: owner.handle, name: 'Amra Hadžić' },
        hard: true,
        softBounces: 0,
        lastBounce: '550 no such user',
        lastBouncedAt: at(1).toISOString(),
      },
    ]);
  });

  it.each(['member', 'organiser'] as const)(
    'returns 403 saying only admins can see bouncing addresses to an %s',
    async (role) => {
      const caller = await signedIn(role);
      const response = await t.request({
        method: 'GET',
        url: '/api/admin/email/bounces',
        cookie: caller.cookie,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toBe('Only admins can see bouncing addresses.');
    },
  );

  it('returns 400 for a cursor it did not give out', async () => {
    const admin = await signedIn('admin');
    const response = await t.request({
      method: 'GET',
      url: '/api/admin/email/bounces?cursor=bm90LWEtY3Vyc29y',
      cookie: admin.cookie,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'The page cursor is not valid; start again from the first page.',
    );
  });
});
