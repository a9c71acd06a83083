import { outboxEmails } from '@praxis/db/schema/outbox';
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

describe('GET /api/outbox', () => {
  it('shows admins the e-mail kept when no SMTP server is configured, newest first, page by page', async () => {
    await t.database.db.insert(outboxEmails).values(
      Array.from({ length: 3 }, (_, index) => ({
        recipient: `r${index}@example.org`,
        subject: `Subject ${index}`,
        bodyText: `Body ${index}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 12, index)),
      })),
    );
    const admin = await createMember(t.database.db, { role: 'admin' });
    const cookie = await t.signIn(admin.email, TEST_PASSWORD);
    const first = (await t.request({ method: 'GET', url: '/api/outbox?limit=2', cookie })).json();
    expect(first.emails.map((email: { subject: string }) => email.subject)).toEqual([
      'Subject 2',
      'Subject 1',
    ]);
    const second = (
      await t.request({
        method: 'GET',
        url: `/api/outbox?limit=2&cursor=${first.nextCursor}`,
        cookie,
      })
    ).json();
    expect(second.emails.map((email: { subject: string }) => email.subject)).toEqual(['Subject 0']);
    expect(second.nextCursor).toBeNull();
  });

  it.each(['organiser', 'member'] as const)(
    'returns 403 saying only admins can read the outbox to an %s',
    async (role) => {
      const reader = await createMember(t.database.db, { role });
      const cookie = await t.signIn(reader.email, TEST_PASSWORD);
      const response = await t.request({ method: 'GET', url: '/api/outbox', cookie });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toBe('Only admins can read the outbox.');
    },
  );
});
