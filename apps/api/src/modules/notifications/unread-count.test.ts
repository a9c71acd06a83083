import { UNREAD_COUNT_LIMIT } from '@praxis/contracts/notifications';
import { notifications } from '@praxis/db/schema/notifications';
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

/** A member with `unread` unread notifications and `read` read ones. */
async function memberWith(unread: number, read: number) {
  const member = await createMember(t.database.db);
  const row = (readAt: Date | null) => ({
    memberId: member.id,
    kind: 'email_bounced',
    detail: {},
    readAt,
  });
  await t.database.db
    .insert(notifications)
    .values([
      ...Array.from({ length: unread }, () => row(null)),
      ...Array.from({ length: read }, () => row(new Date())),
    ]);
  return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

const countFor = async (cookie: string) => {
  const response = await t.request({
    method: 'GET',
    url: '/api/notifications/unread-count',
    cookie,
  });
  expect(response.statusCode).toBe(200);
  return (response.json() as { unreadCount: number }).unreadCount;
};

describe('GET /api/notifications/unread-count', () => {
  it('counts the unread exactly below the limit, leaving the read ones out', async () => {
    const member = await memberWith(7, 40);
    expect(await countFor(member.cookie)).toBe(7);
  });

  it(`stops counting at ${UNREAD_COUNT_LIMIT}, which the bell shows as "99+"`, async () => {
    const member = await memberWith(UNREAD_COUNT_LIMIT + 25, 0);
    expect(await countFor(member.cookie)).toBe(UNREAD_COUNT_LIMIT);
    const list = await t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: member.cookie,
    });
    expect(list.json().unreadCount).toBe(UNREAD_COUNT_LIMIT);
  });
});
